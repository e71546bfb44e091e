package org.psro4j.solvers;

import java.util.Objects;
import org.psro4j.metagame.EmpiricalGame;

/** Shared input checks and views of an empirical game for the solvers. */
final class GameChecks {

  private GameChecks() {}

  /** A snapshot of {@code game}, which must be complete. */
  static EmpiricalGame complete(EmpiricalGame game) {
    Objects.requireNonNull(game, "game");
    EmpiricalGame snapshot = game.snapshot();
    snapshot.requireComplete();
    return snapshot;
  }

  /** The largest absolute payoff (at least the smallest normal double, so it can divide). */
  static double payoffScale(EmpiricalGame game) {
    double scale = Double.MIN_NORMAL;
    for (int p = 0; p < game.players(); p++) {
      for (int flat = 0; flat < game.jointSize(); flat++) {
        scale = Math.max(scale, Math.abs(game.payoff(p, flat)));
      }
    }
    return scale;
  }

  /** Whether Σ_p u_p is the same at every profile, up to 1e-12 of the payoff scale. */
  static boolean isConstantSum(EmpiricalGame game) {
    double tolerance = 1e-12 * payoffScale(game);
    double first = sumAt(game, 0);
    for (int flat = 1; flat < game.jointSize(); flat++) {
      if (Math.abs(sumAt(game, flat) - first) > tolerance) {
        return false;
      }
    }
    return true;
  }

  /** Whether a two-player game is symmetric: equal sizes and u_1(i, j) = u_0(j, i). */
  static boolean isSymmetric(EmpiricalGame game) {
    if (game.players() != 2 || game.size(0) != game.size(1)) {
      return false;
    }
    double tolerance = 1e-12 * payoffScale(game);
    int k = game.size(0);
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        if (Math.abs(game.payoff(1, i * k + j) - game.payoff(0, j * k + i)) > tolerance) {
          return false;
        }
      }
    }
    return true;
  }

  /** Player {@code player}'s payoffs of a two-player game as a matrix indexed [row][column]. */
  static double[][] matrix(EmpiricalGame game, int player) {
    int rows = game.size(0);
    int columns = game.size(1);
    double[][] m = new double[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        m[i][j] = game.payoff(player, i * columns + j);
      }
    }
    return m;
  }

  private static double sumAt(EmpiricalGame game, int flat) {
    double s = 0;
    for (int p = 0; p < game.players(); p++) {
      s += game.payoff(p, flat);
    }
    return s;
  }
}
