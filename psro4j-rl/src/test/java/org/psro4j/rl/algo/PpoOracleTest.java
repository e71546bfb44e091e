package org.psro4j.rl.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.exact.BestResponse;
import org.psro4j.exact.ExpectedReturns;
import org.psro4j.exact.GameTree;
import org.psro4j.exact.TreeStrategies;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.Opponents;
import org.psro4j.psro.OracleResult;
import org.psro4j.rl.nn.NeuralPolicy;

class PpoOracleTest {

  /** Kuhn's action 1 (bet or call) everywhere. */
  static final Policy ALWAYS_BET = (state, player) -> new double[] {0.0, 1.0};

  static Opponents fixed(int learner, Policy opponent) {
    return new Opponents.Independent(
        learner, List.of(List.of(opponent), List.of(opponent)), new double[][] {{1}, {1}});
  }

  private static double learnedValue(Game game, int learner, Policy learned, Policy opponent) {
    return learner == 0
        ? ExpectedReturns.of(game, learned, opponent)[0]
        : ExpectedReturns.of(game, opponent, learned)[1];
  }

  @Test
  void learnsTheBestResponseToUniformPlayInKuhn() {
    Game kuhn = Games.load("kuhn_poker");
    TabularPolicy uniform = TabularPolicy.uniform(kuhn);
    PpoOracle ppo = PpoOracle.fromOptions(Map.of("br_steps", "150000"));
    OracleResult r =
        ppo.bestResponse(new BestResponseTask(kuhn, 0, fixed(0, uniform), 42, null, "br"));
    assertThat(r.policy()).isInstanceOf(NeuralPolicy.class);
    // Exact best-response value against uniform play (the exact oracle's answer: 1/2).
    double best = BestResponse.of(kuhn, 0, uniform).value();
    assertThat(best).isCloseTo(0.5, within(1e-12));
    assertThat(learnedValue(kuhn, 0, r.policy(), uniform)).isCloseTo(best, within(0.02));
    assertThat(r.steps()).isGreaterThanOrEqualTo(150_000);
    assertThat(r.updates()).isPositive();
    assertThat(r.seconds()).isPositive();
    assertThat(r.value()).isCloseTo(best, within(0.1));
  }

  @Test
  void learnsTheBestResponseToAlwaysBetAsSecondPlayer() {
    Game kuhn = Games.load("kuhn_poker");
    PpoOracle ppo = PpoOracle.fromOptions(Map.of("br_steps", "150000"));
    OracleResult r =
        ppo.bestResponse(new BestResponseTask(kuhn, 1, fixed(1, ALWAYS_BET), 7, null, "br"));
    // Against always-bet, player 1 calls the king (+2), calls the queen (+2 or -2: 0 beats
    // folding's -1) and folds the jack (-1): value (2 + 0 - 1) / 3 = 1/3.
    double best = BestResponse.of(kuhn, 1, ALWAYS_BET, ALWAYS_BET).value();
    assertThat(best).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(learnedValue(kuhn, 1, r.policy(), ALWAYS_BET)).isCloseTo(best, within(0.02));
  }

  @Test
  void sameSeedGivesTheSamePolicy() {
    Game kuhn = Games.load("kuhn_poker");
    TabularPolicy uniform = TabularPolicy.uniform(kuhn);
    PpoOracle ppo = PpoOracle.fromOptions(Map.of("br_steps", "20000"));
    BestResponseTask task = new BestResponseTask(kuhn, 0, fixed(0, uniform), 3, null, "br");
    GameTree tree = GameTree.of(kuhn);
    double[] a = TreeStrategies.of(tree, ppo.bestResponse(task).policy());
    double[] b = TreeStrategies.of(tree, ppo.bestResponse(task).policy());
    assertThat(b).containsExactly(a);
  }

  @Test
  void warmStartContinuesFromANeuralPolicyOfTheSameArchitecture() {
    Game kuhn = Games.load("kuhn_poker");
    TabularPolicy uniform = TabularPolicy.uniform(kuhn);
    OracleResult first =
        PpoOracle.fromOptions(Map.of("br_steps", "150000"))
            .bestResponse(new BestResponseTask(kuhn, 0, fixed(0, uniform), 42, null, "a"));
    // A tiny further budget cannot learn the response from scratch, but keeps a warm start's.
    OracleResult warm =
        PpoOracle.fromOptions(Map.of("br_steps", "500"))
            .bestResponse(new BestResponseTask(kuhn, 0, fixed(0, uniform), 5, first.policy(), "b"));
    double best = BestResponse.of(kuhn, 0, uniform).value();
    assertThat(learnedValue(kuhn, 0, warm.policy(), uniform)).isCloseTo(best, within(0.03));
    OracleResult cold =
        PpoOracle.fromOptions(Map.of("br_steps", "500", "warm_start", "false"))
            .bestResponse(new BestResponseTask(kuhn, 0, fixed(0, uniform), 5, first.policy(), "c"));
    assertThat(learnedValue(kuhn, 0, cold.policy(), uniform)).isLessThan(best - 0.1);
  }
}
