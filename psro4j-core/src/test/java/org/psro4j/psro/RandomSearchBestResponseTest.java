package org.psro4j.psro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.games.blotto.ContinuousBlotto;
import org.psro4j.games.blotto.ThreeFieldEquilibriumPolicy;
import org.psro4j.policy.FixedContinuousPolicy;
import org.psro4j.policy.Policy;

/** The random-search baseline oracle on continuous_blotto. */
class RandomSearchBestResponseTest {

  private final ContinuousBlotto blotto =
      (ContinuousBlotto) Games.load("continuous_blotto(fields=3)");

  private static BestResponseTask task(Game game, Policy opponent, long seed, Policy warm) {
    Opponents against =
        new Opponents.Independent(
            0, List.of(List.of(opponent), List.of(opponent)), new double[][] {{1}, {1}});
    return new BestResponseTask(game, 0, against, seed, warm, "p0_it1");
  }

  @Test
  void findsTheBestResponseValueAgainstTheEvenSplit() {
    FixedContinuousPolicy even = FixedContinuousPolicy.constant(blotto, 0.5);
    OracleResult r = new RandomSearchBestResponse(128, 4).bestResponse(task(blotto, even, 1, null));
    double[] allocation = blotto.allocation(0, ((FixedContinuousPolicy) r.policy()).action());
    double[] evenSplit = blotto.allocation(1, even.action());
    // Against a fixed allocation the supremum is bestResponseValue, 1/3 here (two fields won).
    assertThat(blotto.bestResponseValue(0, evenSplit)).isEqualTo(1.0 / 3);
    assertThat(blotto.returns(allocation, evenSplit)[0]).isEqualTo(1.0 / 3);
    assertThat(r.value()).isEqualTo(1.0 / 3);
    assertThat(r.episodes()).isEqualTo(4 * (128 + 1));
    // Steps count every acting player, as the RL rollouts do: two per one-shot episode.
    assertThat(r.steps()).isEqualTo(2 * r.episodes());
  }

  @Test
  void isDeterministicGivenTheSeedAndKeepsABetterWarmStart() {
    Policy equilibrium = new ThreeFieldEquilibriumPolicy(blotto);
    RandomSearchBestResponse oracle = new RandomSearchBestResponse(16, 50);
    OracleResult a = oracle.bestResponse(task(blotto, equilibrium, 5, null));
    OracleResult b = oracle.bestResponse(task(blotto, equilibrium, 5, null));
    assertThat(a.policy()).isEqualTo(b.policy());
    assertThat(a.value()).isEqualTo(b.value());
    FixedContinuousPolicy even = FixedContinuousPolicy.constant(blotto, 0.5);
    FixedContinuousPolicy winner = new FixedContinuousPolicy(new double[] {0.5, 0.5, 0.0});
    OracleResult kept =
        new RandomSearchBestResponse(1, 3).bestResponse(task(blotto, even, 9, winner));
    // (1/2, 1/2, 0) beats the even split by 1/3, which no single random draw can exceed.
    assertThat(kept.policy()).isEqualTo(winner);
  }

  @Test
  void nothingBeatsBorelsEquilibriumBeyondSamplingError() {
    Policy equilibrium = new ThreeFieldEquilibriumPolicy(blotto);
    int episodes = 4000;
    OracleResult r =
        new RandomSearchBestResponse(32, episodes).bestResponse(task(blotto, equilibrium, 3, null));
    // The value is re-estimated on fresh episodes; returns lie in [−1, 1], so the standard error is
    // at most 1/sqrt(n), and the game's value is 0.
    assertThat(r.value()).isLessThan(4.5 / Math.sqrt(episodes));
  }

  @Test
  void optionsAndGamesAreChecked() {
    assertThat(Oracles.names()).contains("random_search");
    assertThat(Oracles.create("random_search", Map.of("candidates", "8", "episodes", "2")).name())
        .isEqualTo("random_search");
    assertThatThrownBy(() -> Oracles.create("random_search", Map.of("steps", "3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("steps");
    assertThatThrownBy(() -> Oracles.create("random_search", Map.of("episodes", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("episodes=x");
    assertThatThrownBy(() -> new RandomSearchBestResponse(0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("candidates=0");
    assertThatThrownBy(
            () -> new RandomSearchBestResponse(4, 4).checkSupports(Games.load("kuhn_poker")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--oracle exact");
  }
}
