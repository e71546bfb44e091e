package org.psro4j.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.psro4j.metagame.EmpiricalGame;

/** Seeded random meta-games for the benchmarks (uniform payoffs in [−1, 1]). */
final class BenchmarkGames {

  private BenchmarkGames() {}

  static EmpiricalGame zeroSum(int k, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] a = new double[k][k];
    for (double[] row : a) {
      for (int j = 0; j < k; j++) {
        row[j] = random.nextDouble(-1, 1);
      }
    }
    return EmpiricalGame.ofZeroSum(a);
  }

  /**
   * A zero-sum game shaped like a PSRO population: strategy i has skill i/k, and i beats j by
   * tanh(4(skill_i − skill_j)) plus an antisymmetric cyclic term uniform in [−0.3, 0.3].
   */
  static EmpiricalGame psroLike(int k, long seed) {
    return EmpiricalGame.ofZeroSum(psroLikeMatrix(k, seed));
  }

  /** The row player's payoffs of {@link #psroLike}. */
  static double[][] psroLikeMatrix(int k, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] a = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        a[i][j] = Math.tanh(4.0 * (i - j) / k) + random.nextDouble(-0.3, 0.3);
        a[j][i] = -a[i][j];
      }
    }
    return a;
  }

  static EmpiricalGame symmetric(int k, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] a = new double[k][k];
    for (double[] row : a) {
      for (int j = 0; j < k; j++) {
        row[j] = random.nextDouble(-1, 1);
      }
    }
    return EmpiricalGame.ofSymmetric(a);
  }

  static EmpiricalGame generalSum(int players, int k, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] sizes = new int[players];
    Arrays.fill(sizes, k);
    int joint = (int) Math.pow(k, players);
    double[][] payoffs = new double[players][joint];
    for (double[] table : payoffs) {
      for (int i = 0; i < joint; i++) {
        table[i] = random.nextDouble(-1, 1);
      }
    }
    return EmpiricalGame.ofExact(sizes, payoffs);
  }

  /** The game restricted to the first {@code k} strategies of every player. */
  static EmpiricalGame leading(EmpiricalGame game, int k) {
    EmpiricalGame sub = new EmpiricalGame(game.players());
    for (int p = 0; p < game.players(); p++) {
      for (int s = 0; s < k; s++) {
        sub.addStrategy(p, game.name(p, s));
      }
    }
    double[] payoffs = new double[game.players()];
    for (int[] profile : sub.profiles()) {
      for (int p = 0; p < payoffs.length; p++) {
        payoffs[p] = game.mean(p, profile);
      }
      sub.setExact(profile, payoffs);
    }
    return sub.snapshot();
  }
}
