package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaGameGaps;
import org.psro4j.metagame.MetaStrategy;

/**
 * {@link RestrictedPathEnd}: the path's end from a solve on the previous equilibrium's supports is
 * the full game's, including the weights μ/z of the strategies it leaves out.
 */
class RestrictedPathEndTest {

  @Test
  void aGrowingRandomGameEndsWhereTheFullSolveEnds() {
    double[][] payoffs = random(110, 7);
    int restricted = 0;
    for (int k = 70; k <= 110; k += 4) {
      double[][] previousGame = block(payoffs, k - 1);
      ZeroSumInteriorPoint.Solution previous = ZeroSumInteriorPoint.pathEnd(previousGame);
      double[][] a = block(payoffs, k);
      ZeroSumInteriorPoint.Solution full = ZeroSumInteriorPoint.pathEnd(a);
      ZeroSumInteriorPoint.Solution s =
          RestrictedPathEnd.solve(a, previous.row(), previous.column(), CentralPathEnd.mu(k, k));
      if (s == null) {
        continue;
      }
      restricted++;
      assertThat(s.rowSupport().length).as("k=%d", k).isLessThan(k);
      assertThat(s.gap()).as("k=%d", k).isLessThan(1e-12);
      assertSame(s.row(), full.row(), k);
      assertSame(s.column(), full.column(), k);
    }
    // A random game's equilibrium mixes about half the strategies: the restriction pays in 10 of
    // the 11 games (the other is left to the full solve, which the caller then runs).
    assertThat(restricted).isEqualTo(10);
  }

  @Test
  void theNashSolverWarmStartedOnALargeGameGivesTheColdAnswer() {
    double[][] payoffs = random(90, 11);
    NashSolver solver = new NashSolver();
    MetaStrategy previous = solver.solve(EmpiricalGame.ofZeroSum(block(payoffs, 79)));
    for (int k = 80; k <= 90; k++) {
      EmpiricalGame game = EmpiricalGame.ofZeroSum(block(payoffs, k));
      MetaStrategy cold = solver.solve(game);
      MetaStrategy warm = solver.solve(game, previous);
      assertThat(MetaGameGaps.nashConv(game, warm.marginals())).as("k=%d", k).isLessThan(1e-9);
      for (int p = 0; p < 2; p++) {
        assertSame(warm.marginal(p), cold.marginal(p), k);
      }
      previous = warm;
    }
  }

  @Test
  void aSmallGameOrAFullSupportIsLeftToTheFullSolve() {
    double[][] small = block(random(40, 3), 40);
    double[] uniform = new double[39];
    java.util.Arrays.fill(uniform, 1.0 / 39);
    assertThat(RestrictedPathEnd.solve(small, uniform, uniform, CentralPathEnd.mu(40, 40)))
        .isNull();
    double[][] large = block(random(80, 3), 80);
    double[] everywhere = new double[79];
    java.util.Arrays.fill(everywhere, 1.0 / 79);
    assertThat(RestrictedPathEnd.solve(large, everywhere, everywhere, CentralPathEnd.mu(80, 80)))
        .isNull();
  }

  /**
   * Equal to 1e−9 on the support, and to a relative 1e−6 off it, where the weights are μ/z ≈ 1e−14
   * and decide which information states the next best response reaches.
   */
  private static void assertSame(double[] actual, double[] expected, int k) {
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] > 1e-9) {
        assertThat(actual[i]).as("k=%d strategy %d", k, i).isCloseTo(expected[i], within(1e-9));
      } else {
        assertThat(actual[i])
            .as("k=%d strategy %d off the support", k, i)
            .isCloseTo(expected[i], within(1e-6 * expected[i]));
      }
    }
  }

  private static double[][] random(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] payoffs = new double[size][size];
    for (double[] row : payoffs) {
      for (int j = 0; j < size; j++) {
        row[j] = random.nextDouble(-1, 1);
      }
    }
    payoffs[0][0] = 1; // the largest payoff is 1: these are the scaled games the solve takes
    return payoffs;
  }

  private static double[][] block(double[][] payoffs, int k) {
    double[][] b = new double[k][];
    for (int i = 0; i < k; i++) {
      b[i] = java.util.Arrays.copyOf(payoffs[i], k);
    }
    return b;
  }
}
