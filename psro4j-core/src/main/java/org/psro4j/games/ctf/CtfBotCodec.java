package org.psro4j.games.ctf;

import org.psro4j.policy.NamedPolicyCodec;
import org.psro4j.policy.PolicyCodec;

/**
 * Saves a built-in capture-the-flag bot in a run directory as its name ({@code "kind": "ctf_bot"}),
 * so that a population started from the bots checkpoints and resumes. Registered as a {@link
 * PolicyCodec} service.
 */
public final class CtfBotCodec extends NamedPolicyCodec {

  /** The codec (a service, so it needs a public no-argument constructor). */
  public CtfBotCodec() {
    super("ctf_bot", "capture-the-flag bot", "bot", CtfBots::nameOf, CtfBots::create);
  }
}
