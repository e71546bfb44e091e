package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaGameGaps;

class ZeroSumInteriorPointTest {

  @Test
  void biasedRockPaperScissorsHasItsUniqueEquilibrium() {
    // (1/16, 10/16, 5/16): Bošanský et al.; OpenSpiel lp_solver_test.
    double[][] a = {{0, -0.25, 0.5}, {0.25, 0, -0.05}, {-0.5, 0.05, 0}};
    ZeroSumInteriorPoint.Solution s = ZeroSumInteriorPoint.solve(a, 1e-12);
    assertThat(s.row()).containsExactly(new double[] {1 / 16.0, 10 / 16.0, 5 / 16.0}, within(1e-9));
    assertThat(s.column())
        .containsExactly(new double[] {1 / 16.0, 10 / 16.0, 5 / 16.0}, within(1e-9));
    assertThat(s.gap()).isLessThanOrEqualTo(1e-12);
  }

  @Test
  void duplicateStrategiesShareTheirMassEqually() {
    // Matching pennies with "heads" listed twice: the optimal face is {(p, q, 1/2): p + q = 1/2}
    // and the interior point keeps both copies, at (1/4, 1/4, 1/2), where a vertex drops one.
    double[][] a = {{1, -1}, {1, -1}, {-1, 1}};
    ZeroSumInteriorPoint.Solution s = ZeroSumInteriorPoint.solve(a, 1e-12);
    assertThat(s.row()).containsExactly(new double[] {0.25, 0.25, 0.5}, within(1e-9));
    assertThat(s.column()).containsExactly(new double[] {0.5, 0.5}, within(1e-9));
  }

  @Test
  void randomGamesOfManyShapesReachTheirValueWithinTheTolerance() {
    SplittableRandom random = new SplittableRandom(13);
    int[][] shapes = {{1, 5}, {5, 1}, {2, 2}, {7, 3}, {3, 40}, {30, 30}, {60, 45}, {120, 120}};
    for (int[] shape : shapes) {
      double scale = Math.pow(10, random.nextInt(-6, 7));
      double[][] a = new double[shape[0]][shape[1]];
      for (double[] row : a) {
        for (int j = 0; j < row.length; j++) {
          row[j] = scale * random.nextDouble(-1, 1);
        }
      }
      ZeroSumInteriorPoint.Solution s = ZeroSumInteriorPoint.solve(a, 1e-10 * scale);
      EmpiricalGame g = EmpiricalGame.ofZeroSum(a);
      double gap = MetaGameGaps.nashConv(g, new double[][] {s.row(), s.column()});
      assertThat(gap).as("%dx%d", shape[0], shape[1]).isLessThanOrEqualTo(1e-10 * scale);
      assertThat(s.gap()).isCloseTo(gap, within(1e-12 * scale));
      assertThat(sum(s.row())).isCloseTo(1, within(1e-12));
      assertThat(sum(s.column())).isCloseTo(1, within(1e-12));
    }
  }

  @Test
  void aPsroStyleGameWithManyDominatedStrategiesKeepsTheGapWithinTolerance() {
    // Strategy i beats every earlier one a little and loses to none of them: a transitive chain
    // with noise, where the equilibrium sits on the last few strategies.
    SplittableRandom random = new SplittableRandom(5);
    int k = 80;
    double[][] a = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        a[i][j] = 0.1 + 0.05 * random.nextDouble();
        a[j][i] = -a[i][j];
      }
    }
    ZeroSumInteriorPoint.Solution s = ZeroSumInteriorPoint.solve(a, 1e-11);
    assertThat(s.gap()).isLessThanOrEqualTo(1e-11);
    assertThat(s.row()[k - 1]).isCloseTo(1, within(1e-9));
  }

  private static double sum(double[] p) {
    double s = 0;
    for (double v : p) {
      s += v;
    }
    return s;
  }
}
