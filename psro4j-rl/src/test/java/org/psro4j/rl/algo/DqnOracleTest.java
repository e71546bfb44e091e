package org.psro4j.rl.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.exact.BestResponse;
import org.psro4j.exact.ExpectedReturns;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.OracleResult;
import org.psro4j.psro.Oracles;
import org.psro4j.rl.nn.NeuralPolicy;

class DqnOracleTest {

  @Test
  void learnsTheBestResponseToUniformPlayInKuhn() {
    Game kuhn = Games.load("kuhn_poker");
    TabularPolicy uniform = TabularPolicy.uniform(kuhn);
    OracleResult r =
        DqnOracle.fromOptions(Map.of("br_steps", "30000"))
            .bestResponse(
                new BestResponseTask(kuhn, 0, PpoOracleTest.fixed(0, uniform), 42, null, "br"));
    assertThat(((NeuralPolicy) r.policy()).head()).isEqualTo(NeuralPolicy.Head.GREEDY);
    double best = BestResponse.of(kuhn, 0, uniform).value(); // 1/2
    double learned = ExpectedReturns.of(kuhn, r.policy(), uniform)[0];
    assertThat(learned).isCloseTo(best, within(0.02));
    assertThat(r.updates()).isPositive();
  }

  @Test
  void learnsTheBestResponseToAlwaysBetAsSecondPlayer() {
    Game kuhn = Games.load("kuhn_poker");
    var alwaysBet = PpoOracleTest.ALWAYS_BET;
    OracleResult r =
        DqnOracle.fromOptions(Map.of("br_steps", "30000"))
            .bestResponse(
                new BestResponseTask(kuhn, 1, PpoOracleTest.fixed(1, alwaysBet), 8, null, "br"));
    double best = BestResponse.of(kuhn, 1, alwaysBet, alwaysBet).value(); // 1/3
    double learned = ExpectedReturns.of(kuhn, alwaysBet, r.policy())[1];
    assertThat(learned).isCloseTo(best, within(0.02));
  }

  @Test
  void bothOraclesAreRegisteredByName() {
    assertThat(Oracles.names()).contains("exact", "ppo", "dqn", "mpo");
    assertThat(Oracles.create("dqn", Map.of("br_steps", "10")).name()).isEqualTo("dqn");
    assertThat(Oracles.create("ppo", Map.of("br_steps", "10")).name()).isEqualTo("ppo");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Oracles.create("ppo", Map.of("brsteps", "10")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("brsteps");
  }
}
