package org.psro4j.rl.algo;

import java.util.List;
import java.util.Map;
import org.psro4j.psro.BestResponseOracle;
import org.psro4j.psro.OracleProvider;

/**
 * Offers this module's reinforcement-learning oracles ({@code ppo}, {@code dqn}, {@code mpo} for
 * discrete actions; {@code sac}, {@code crossq} for continuous ones) to the oracle registry.
 */
public final class RlOracleProvider implements OracleProvider {

  @Override
  public List<String> names() {
    return List.of("ppo", "dqn", "mpo", "sac", "crossq");
  }

  @Override
  public BestResponseOracle create(String name, Map<String, String> options) {
    return switch (name) {
      case "ppo" -> PpoOracle.fromOptions(options);
      case "dqn" -> DqnOracle.fromOptions(options);
      case "mpo" -> MpoOracle.fromOptions(options);
      case "sac" -> SacOracle.fromOptions(options);
      case "crossq" -> CrossQOracle.fromOptions(options);
      default -> throw new IllegalArgumentException("psro4j-rl has no oracle '" + name + "'");
    };
  }
}
