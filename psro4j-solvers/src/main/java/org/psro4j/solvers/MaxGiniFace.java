package org.psro4j.solvers;

import java.util.ArrayList;
import java.util.List;

/**
 * The exact max-Gini point from an approximate one. The minimiser σ* of ½‖σ‖² over the polytope {σ
 * ∈ Δ : Aσ ≤ b} is also the least-norm point of the affine hull of its minimal face, {σ : σ_c = 0
 * off its support S, A_J σ = b_J for the rows J active at σ*, Σσ = 1}. So once S and J are
 * identified the optimum is one minimum-norm linear solve ({@link MinimumNormSolver}), exact to
 * rounding and indifferent to how many of the active rows are dependent (duplicate strategies,
 * payoff-equivalent deviations, the tied constraints of zero-sum games).
 *
 * <p>The face is guessed from the approximation (positive coordinates, rows within a tolerance of
 * active that shrinks with the approximation's error, at most 1e−9), repaired a few rounds
 * (coordinates that come out negative leave S, violated rows join J), and then re-read from the
 * exact point itself with 1e−12 thresholds and solved once more: that last solve depends only on
 * the face, not on the approximation it started from, so a warm-started and a cold solve that reach
 * the same optimum return the same bits. The caller still verifies optimality (by the duality gap):
 * a wrongly guessed face gives a feasible but larger-norm point.
 */
final class MaxGiniFace {

  /** Rows at most this far from active (in payoff-scale units) may be guessed active. */
  static final double GUESS_TOLERANCE = 1e-9;

  /** Feasibility tolerance of the exact point, and the threshold of the final face reading. */
  static final double EXACT_TOLERANCE = 1e-12;

  private static final double RANK_TOLERANCE = 1e-11;
  private static final int REPAIR_ROUNDS = 12;

  private MaxGiniFace() {}

  /**
   * The least-norm point of the face {@code approximate} identifies, rows within {@code guess} of
   * active counted as active (at most {@link #GUESS_TOLERANCE}); null if none is found.
   */
  static double[] polish(ConstraintMatrix a, double[] b, double[] approximate, double guess) {
    List<Integer> support = new ArrayList<>();
    for (int c = 0; c < a.columns; c++) {
      if (approximate[c] > 0) {
        support.add(c);
      }
    }
    boolean[] active = new boolean[a.rows];
    double[] residual = residual(a, b, approximate);
    for (int i = 0; i < a.rows; i++) {
      active[i] = residual[i] > -Math.min(guess, GUESS_TOLERANCE);
    }
    double[] x = null;
    for (int round = 0; round < REPAIR_ROUNDS; round++) {
      x = leastNorm(a, b, support, active);
      if (x == null) {
        return null;
      }
      boolean changed = false;
      for (int t = support.size() - 1; t >= 0; t--) {
        if (x[support.get(t)] < -EXACT_TOLERANCE) {
          support.remove(t);
          changed = true;
        }
      }
      residual = residual(a, b, x);
      for (int i = 0; i < a.rows; i++) {
        if (!active[i] && residual[i] > EXACT_TOLERANCE) {
          active[i] = true;
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
      if (round == REPAIR_ROUNDS - 1 || support.isEmpty()) {
        return null;
      }
    }
    // The canonical face: read again from the exact point, solve again.
    support.clear();
    for (int c = 0; c < a.columns; c++) {
      if (x[c] > EXACT_TOLERANCE) {
        support.add(c);
      }
    }
    residual = residual(a, b, x);
    for (int i = 0; i < a.rows; i++) {
      active[i] = residual[i] > -EXACT_TOLERANCE;
    }
    if (support.isEmpty()) {
      return null;
    }
    x = leastNorm(a, b, support, active);
    if (x == null) {
      return null;
    }
    double sum = 0;
    for (int c = 0; c < a.columns; c++) {
      if (x[c] < -EXACT_TOLERANCE) {
        return null;
      }
      x[c] = Math.max(0, x[c]);
      sum += x[c];
    }
    for (int c = 0; c < a.columns; c++) {
      x[c] /= sum;
    }
    residual = residual(a, b, x);
    for (double r : residual) {
      if (r > EXACT_TOLERANCE) {
        return null;
      }
    }
    return x;
  }

  /** Aσ − b. */
  static double[] residual(ConstraintMatrix a, double[] b, double[] sigma) {
    double[] r = a.times(sigma);
    for (int i = 0; i < r.length; i++) {
      r[i] -= b[i];
    }
    return r;
  }

  /** argmin ‖σ‖ over {σ_c = 0 off S, A_J σ_S = b_J, Σσ_S = 1}; null if inconsistent. */
  private static double[] leastNorm(
      ConstraintMatrix a, double[] b, List<Integer> support, boolean[] active) {
    int[] position = new int[a.rows];
    int j = 0;
    for (int i = 0; i < a.rows; i++) {
      position[i] = active[i] ? j++ : -1;
    }
    int n = support.size();
    double[][] system = new double[j + 1][n];
    double[] rhs = new double[j + 1];
    double[] column = new double[j];
    for (int t = 0; t < n; t++) {
      a.column(support.get(t), position, column);
      for (int x = 0; x < j; x++) {
        system[x][t] = column[x];
      }
      system[j][t] = 1;
    }
    for (int i = 0; i < a.rows; i++) {
      if (position[i] >= 0) {
        rhs[position[i]] = b[i];
      }
    }
    rhs[j] = 1;
    MinimumNormSolver.Solution solution = MinimumNormSolver.solve(system, rhs, RANK_TOLERANCE);
    if (solution.residual() > EXACT_TOLERANCE) {
      return null;
    }
    double[] sigma = new double[a.columns];
    for (int t = 0; t < n; t++) {
      sigma[support.get(t)] = solution.x()[t];
    }
    return sigma;
  }
}
