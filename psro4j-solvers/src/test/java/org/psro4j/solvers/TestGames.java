package org.psro4j.solvers;

import java.util.SplittableRandom;
import org.psro4j.metagame.EmpiricalGame;

/** Games the solver tests share, each with its source. */
final class TestGames {

  private TestGames() {}

  static EmpiricalGame rockPaperScissors() {
    return EmpiricalGame.ofZeroSum(new double[][] {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}});
  }

  /** Bošanský et al.; OpenSpiel lp_solver_test: Nash (1/16, 10/16, 5/16). */
  static EmpiricalGame biasedRockPaperScissors() {
    return EmpiricalGame.ofZeroSum(
        new double[][] {{0, -0.25, 0.5}, {0.25, 0, -0.05}, {-0.5, 0.05, 0}});
  }

  /** Shapley's game (OpenSpiel corr_dist_test). */
  static EmpiricalGame shapley() {
    return EmpiricalGame.ofMatrices(
        new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}},
        new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}});
  }

  static EmpiricalGame randomZeroSum(int k, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] a = new double[k][k];
    for (double[] row : a) {
      for (int j = 0; j < k; j++) {
        row[j] = random.nextDouble(-1, 1);
      }
    }
    return EmpiricalGame.ofZeroSum(a);
  }

  static EmpiricalGame randomGeneralSum(int players, int k, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] sizes = new int[players];
    java.util.Arrays.fill(sizes, k);
    int joint = (int) Math.pow(k, players);
    double[][] payoffs = new double[players][joint];
    for (double[] table : payoffs) {
      for (int i = 0; i < joint; i++) {
        table[i] = random.nextDouble(-1, 1);
      }
    }
    return EmpiricalGame.ofExact(sizes, payoffs);
  }

  /** A 2x2 coordination game with every payoff multiplied by {@code scale}. */
  static EmpiricalGame scaledBattleOfSexes(double scale) {
    return EmpiricalGame.ofMatrices(
        new double[][] {{3 * scale, 0}, {0, 2 * scale}},
        new double[][] {{2 * scale, 0}, {0, 3 * scale}});
  }
}
