package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaGameGaps;
import org.psro4j.metagame.MetaStrategy;

/**
 * {@link RectifiedNash} warm-started from its previous answer, as the drivers call it: the same
 * Nash marginals and rectified targets as its cold solve on a growing random zero-sum game (whose
 * equilibrium is unique), below and above the size where the solve is support-restricted.
 */
class RectifiedWarmStartTest {

  @Test
  void aGrowingGameSolvesWarmToTheColdAnswerAndTargets() {
    SplittableRandom random = new SplittableRandom(17);
    int size = 72;
    double[][] payoffs = new double[size][size];
    for (double[] row : payoffs) {
      for (int j = 0; j < size; j++) {
        row[j] = random.nextDouble(-2, 2);
      }
    }
    RectifiedNash solver = new RectifiedNash();
    MetaStrategy previous = null;
    for (int k = 2; k <= size; k += k < 60 ? 7 : 1) {
      EmpiricalGame game = game(payoffs, k);
      MetaStrategy cold = solver.solve(game);
      MetaStrategy warm = solver.solve(game, previous);
      assertThat(warm.solver()).isEqualTo("rectified");
      assertThat(MetaGameGaps.nashConv(game, warm.marginals())).as("k=%d", k).isLessThan(1e-9);
      for (int p = 0; p < 2; p++) {
        double[] c = cold.marginal(p);
        double[] w = warm.marginal(p);
        for (int i = 0; i < k; i++) {
          assertThat(w[i]).as("k=%d player %d strategy %d", k, p, i).isCloseTo(c[i], within(1e-9));
        }
      }
      var coldTargets = RectifiedNash.targets(game, cold);
      var warmTargets = RectifiedNash.targets(game, warm);
      assertThat(warmTargets).hasSameSizeAs(coldTargets);
      for (int t = 0; t < coldTargets.size(); t++) {
        assertThat(warmTargets.get(t).player()).isEqualTo(coldTargets.get(t).player());
        assertThat(warmTargets.get(t).strategy()).isEqualTo(coldTargets.get(t).strategy());
        assertThat(warmTargets.get(t).weight())
            .isCloseTo(coldTargets.get(t).weight(), within(1e-9));
      }
      previous = warm;
    }
  }

  private static EmpiricalGame game(double[][] payoffs, int k) {
    double[][] block = new double[k][];
    for (int i = 0; i < k; i++) {
      block[i] = java.util.Arrays.copyOf(payoffs[i], k);
    }
    return EmpiricalGame.ofZeroSum(block);
  }
}
