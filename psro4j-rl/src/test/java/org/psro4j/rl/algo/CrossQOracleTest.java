package org.psro4j.rl.algo;

import java.util.Map;
import org.psro4j.psro.BestResponseOracle;

class CrossQOracleTest extends ContinuousOracleContract {

  @Override
  BestResponseOracle oracle(Map<String, String> options) {
    return CrossQOracle.fromOptions(options);
  }

  @Override
  Map<String, String> trainingOptions() {
    return Map.of(
        "br_steps", "4000",
        "batch", "128",
        "critic_hidden", "128,128",
        "learning_starts", "500");
  }
}
