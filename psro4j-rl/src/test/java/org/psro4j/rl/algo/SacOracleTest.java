package org.psro4j.rl.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Games;
import org.psro4j.games.blotto.ContinuousBlotto;
import org.psro4j.policy.ContinuousPolicy;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.Opponents;
import org.psro4j.psro.OracleResult;
import org.psro4j.rl.nn.SquashedGaussianPolicy;

class SacOracleTest {

  @Test
  void learnsTheBestResponseToAFixedAllocation() {
    ContinuousBlotto blotto = (ContinuousBlotto) Games.load("continuous_blotto(fields=3)");
    double[] allocation = {0.5, 0.3, 0.2};
    Opponents opponents =
        ContinuousBlottoFixtures.against(
            0, List.of((Policy) ContinuousBlottoFixtures.fixed(allocation)), new double[] {1});
    double best = blotto.bestResponseValue(0, allocation);
    OracleResult r =
        SacOracle.fromOptions(
                Map.of(
                    "br_steps",
                    "4000",
                    "lr",
                    "1e-3",
                    "batch",
                    "128",
                    "critic_hidden",
                    "64,64",
                    "learning_starts",
                    "500"))
            .bestResponse(new BestResponseTask(blotto, 0, opponents, 42, null, "br"));
    assertThat(r.policy()).isInstanceOf(SquashedGaussianPolicy.class);
    double learned =
        ContinuousBlottoFixtures.value(blotto, 0, (ContinuousPolicy) r.policy(), opponents, 4000);
    double uniform =
        ContinuousBlottoFixtures.value(
            blotto, 0, ContinuousBlottoFixtures.uniform(3), opponents, 4000);
    System.err.println(
        "SAC best " + best + " learned " + learned + " uniform " + uniform + " " + r);
    assertThat(learned).isCloseTo(best, within(0.1));
  }
}
