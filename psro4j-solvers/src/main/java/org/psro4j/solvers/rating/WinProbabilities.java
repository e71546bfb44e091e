package org.psro4j.solvers.rating;

import java.util.Objects;
import org.psro4j.metagame.EmpiricalGame;

/**
 * The meta-game of two players read as win probabilities: entry (i, j) is the share player 0's
 * policy i takes against player 1's policy j, p = (a − lo) / (hi − lo), where a = u0 − u1 is player
 * 0's payoff advantage and [lo, hi] its range over the table (twice player 0's payoff in a zero-sum
 * game). A table with no spread is all ½.
 */
public record WinProbabilities(double[][] p) {

  /** Checks the table is a non-empty rectangle of values in [0, 1]. */
  public WinProbabilities {
    Objects.requireNonNull(p, "p");
    if (p.length == 0 || p[0].length == 0) {
      throw new IllegalArgumentException("win-probability table is empty");
    }
    for (double[] row : p) {
      if (row.length != p[0].length) {
        throw new IllegalArgumentException("win-probability table is not rectangular");
      }
      for (double v : row) {
        if (!(v >= 0 && v <= 1)) {
          throw new IllegalArgumentException("win probability " + v + " is not in [0, 1]");
        }
      }
    }
  }

  /** The table of a two-player meta-game; every entry must be filled. */
  public static WinProbabilities of(EmpiricalGame game) {
    if (game.players() != 2) {
      throw new IllegalArgumentException(
          "ratings need a two-player meta-game, not " + game.players() + " players");
    }
    int rows = game.size(0);
    int cols = game.size(1);
    double[][] advantage = new double[rows][cols];
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        int[] profile = {i, j};
        double a = game.mean(0, profile) - game.mean(1, profile);
        advantage[i][j] = a;
        lo = Math.min(lo, a);
        hi = Math.max(hi, a);
      }
    }
    double[][] p = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        p[i][j] = hi > lo ? (advantage[i][j] - lo) / (hi - lo) : 0.5;
      }
    }
    return new WinProbabilities(p);
  }

  /** Player 0's policy count. */
  public int rows() {
    return p.length;
  }

  /** Player 1's policy count. */
  public int columns() {
    return p[0].length;
  }
}
