package org.psro4j.games.stratego;

import org.psro4j.policy.NamedPolicyCodec;
import org.psro4j.policy.PolicyCodec;

/**
 * Saves a built-in Barrage bot in a run directory as its name ({@code "kind": "barrage_bot"}), so
 * that a population started from the bots checkpoints and resumes. Registered as a {@link
 * PolicyCodec} service.
 */
public final class BarrageBotCodec extends NamedPolicyCodec {

  /** The codec (a service, so it needs a public no-argument constructor). */
  public BarrageBotCodec() {
    super("barrage_bot", "Barrage bot", "bot", BarrageBots::nameOf, BarrageBots::create);
  }
}
