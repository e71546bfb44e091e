package org.psro4j.solvers;

import org.psro4j.metagame.EmpiricalGame;

/**
 * The correlated equilibria of a two-player constant-sum game with a unique Nash equilibrium (x*,
 * y*): only x* ⊗ y*. In any CE every recommended row's conditional distribution over columns is an
 * optimal strategy of the column player and vice versa (Forges 1990, "Correlated equilibrium in
 * two-person zero-sum games", Econometrica 58(2)), so a unique equilibrium leaves the product as
 * the one point of the CE polytope, hence its max-Gini, max-entropy and max-welfare point. The
 * polytope has no interior there, which is what defeats the general dual method; this route needs
 * one interior-point Nash solve. O(m²n) for an m×n game.
 */
final class ZeroSumCorrelated {

  private ZeroSumCorrelated() {}

  /**
   * The joint distribution x* ⊗ y* when {@code g} is a two-player constant-sum game whose Nash
   * equilibrium is unique and the product satisfies every CE constraint of {@code a} within {@code
   * tolerance} (scaled units); null otherwise (the caller takes the general route).
   */
  static double[] uniqueEquilibrium(EmpiricalGame g, DeviationConstraints a, double tolerance) {
    return product(g, a, tolerance, true);
  }

  /**
   * x* ⊗ y* for a Nash equilibrium of a two-player constant-sum game {@code g}, unique or not, when
   * it satisfies every constraint of {@code a} within {@code tolerance}; null otherwise. Every Nash
   * equilibrium is a CE and a CCE, and the welfare of a constant-sum game is the same at every
   * profile, so this is a max-welfare (C)CE: the max-welfare LP has a constant objective there and
   * is only a feasibility problem, at 2×50 CE (4,900 rows) one the simplex did not finish in 10
   * minutes.
   */
  static double[] anyEquilibrium(EmpiricalGame g, DeviationConstraints a, double tolerance) {
    return product(g, a, tolerance, false);
  }

  private static double[] product(
      EmpiricalGame g, DeviationConstraints a, double tolerance, boolean unique) {
    if (g.players() != 2 || !GameChecks.isConstantSum(g)) {
      return null;
    }
    double[][] rows = GameChecks.matrix(g, 0);
    ZeroSumInteriorPoint.Solution nash = ZeroSumInteriorPoint.solve(rows, 1e-11 * a.scale());
    if (unique && !nash.unique()) {
      return null;
    }
    int m = g.size(0);
    int n = g.size(1);
    double[] sigma = new double[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        sigma[i * n + j] = nash.row()[i] * nash.column()[j];
      }
    }
    for (double r : a.times(sigma)) {
      if (r > tolerance) {
        return null;
      }
    }
    return sigma;
  }
}
