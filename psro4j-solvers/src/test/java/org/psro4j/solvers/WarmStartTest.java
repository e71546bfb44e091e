package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaGameGaps;
import org.psro4j.metagame.MetaStrategy;

/**
 * {@link WarmStart}: a zero-sum Nash solve started from the previous, smaller game's equilibrium
 * returns a verified equilibrium, the same as the cold start's where the equilibrium is unique.
 */
class WarmStartTest {

  @Test
  void aGrowingRandomGameSolvesWarmToTheColdAnswer() {
    SplittableRandom random = new SplittableRandom(5);
    int size = 40;
    double[][] payoffs = new double[size][size];
    for (double[] row : payoffs) {
      for (int j = 0; j < size; j++) {
        row[j] = random.nextDouble(-3, 3);
      }
    }
    NashSolver solver = new NashSolver();
    MetaStrategy previous = null;
    for (int k = 2; k <= size; k++) {
      EmpiricalGame game = game(payoffs, k);
      MetaStrategy cold = solver.solve(game);
      MetaStrategy warm = solver.solve(game, previous);
      assertThat(MetaGameGaps.nashConv(game, warm.marginals())).as("k=%d", k).isLessThan(1e-9);
      // A random game's equilibrium is unique: both starts end at it.
      for (int p = 0; p < 2; p++) {
        double[] c = cold.marginal(p);
        double[] w = warm.marginal(p);
        for (int i = 0; i < k; i++) {
          assertThat(w[i]).as("k=%d player %d strategy %d", k, p, i).isCloseTo(c[i], within(1e-9));
        }
      }
      previous = warm;
    }
  }

  @Test
  void theStartMixesThePaddedStrategyWithUniform() {
    double[] start = WarmStart.mixed(new double[] {0.25, 0.75}, 4);
    double u = WarmStart.UNIFORM / 4;
    assertThat(start)
        .containsExactly(new double[] {0.9 * 0.25 + u, 0.9 * 0.75 + u, u, u}, within(1e-15));
    assertThat(WarmStart.of(null, 3, 3)).isNull();
  }

  private static EmpiricalGame game(double[][] payoffs, int k) {
    double[][] block = new double[k][];
    for (int i = 0; i < k; i++) {
      block[i] = java.util.Arrays.copyOf(payoffs[i], k);
    }
    return EmpiricalGame.ofZeroSum(block);
  }
}
