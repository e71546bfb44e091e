package org.psro4j.rl.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseOracle;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.Opponents;
import org.psro4j.psro.OracleResult;
import org.psro4j.rl.nn.SquashedGaussianPolicy;

class SacOracleTest extends ContinuousOracleContract {

  @Override
  BestResponseOracle oracle(Map<String, String> options) {
    return SacOracle.fromOptions(options);
  }

  @Override
  Map<String, String> trainingOptions() {
    return Map.of(
        "br_steps", "4000",
        "lr", "1e-3",
        "batch", "128",
        "critic_hidden", "64,64",
        "learning_starts", "500");
  }

  @Test
  void learnsTheBestResponseToAMixtureOfTwoAllocationsAsSecondPlayer() {
    double[] a = {0.5, 0.3, 0.2};
    double[] b = {0.2, 0.3, 0.5};
    Opponents mixture =
        ContinuousBlottoFixtures.against(
            1,
            List.of((Policy) ContinuousBlottoFixtures.fixed(a), ContinuousBlottoFixtures.fixed(b)),
            new double[] {0.5, 0.5});
    // Against each allocation alone the best response is worth 1/3 (two fields won, one lost),
    // so no response beats 1/3 against their mixture; (0.21, 0.31, 0.48) earns 1/3 against both.
    assertThat(BLOTTO.bestResponseValue(1, a)).isEqualTo(1.0 / 3);
    assertThat(BLOTTO.bestResponseValue(1, b)).isEqualTo(1.0 / 3);
    double best = 1.0 / 3;
    assertThat(
            ContinuousBlottoFixtures.value(
                BLOTTO, 1, ContinuousBlottoFixtures.fixed(0.21, 0.31, 0.48), mixture, 100))
        .isCloseTo(best, within(1e-12));
    OracleResult r =
        oracle(with(trainingOptions(), "br_steps", "6000"))
            .bestResponse(new BestResponseTask(BLOTTO, 1, mixture, 7, null, "br"));
    double learned =
        ContinuousBlottoFixtures.value(
            BLOTTO, 1, (SquashedGaussianPolicy) r.policy(), mixture, 4000);
    assertThat(learned).isCloseTo(best, within(MARGIN));
  }
}
