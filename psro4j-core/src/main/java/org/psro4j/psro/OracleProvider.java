package org.psro4j.psro;

import java.util.List;
import java.util.Map;

/**
 * Service-provider interface through which modules outside core (e.g. {@code psro4j-rl}) offer
 * best-response oracles by name; listed in {@code
 * META-INF/services/org.psro4j.psro.OracleProvider}. The command line looks oracles up here.
 */
public interface OracleProvider {

  /** The oracle names this provider creates, e.g. {@code ppo}, {@code dqn}. */
  List<String> names();

  /**
   * Creates the oracle {@code name} with string options (e.g. {@code br_steps=200000}, {@code
   * device=cpu}); unknown options are rejected with {@link IllegalArgumentException}.
   */
  BestResponseOracle create(String name, Map<String, String> options);
}
