package org.psro4j.solvers;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Both players' maximin strategies of a zero-sum matrix game from one primal–dual interior-point
 * solve of the game's LP and its dual (Mehrotra 1992, "On the implementation of a primal-dual
 * interior point method", predictor–corrector; Wright, "Primal-Dual Interior-Point Methods", 1997,
 * ch. 10). The primal is max v subject to Aᵀx − v1 = s ≥ 0, Σx = 1, x ≥ 0; its dual, min w subject
 * to w1 − Ay = z ≥ 0, Σy = 1, y ≥ 0, is the column player's problem, so x and y come out together.
 *
 * <p>Like the log-barrier path of {@link ZeroSumCentre}, the iterates follow the central path, so
 * the limit lies in the relative interior of the optimal face: every strategy some equilibrium uses
 * gets weight, as in the interior-point LP of OpenSpiel's PSRO, where a simplex vertex mixes as few
 * as possible. The start (uniform strategies, slacks of at least 1) is feasible, and the iteration
 * stops when the strategies' own gap max(Ay) − min(Aᵀx), measured on the clipped and renormalised
 * iterates, is below the tolerance. Each iteration forms the normal matrix Z/X + A(Y/S)Aᵀ on the
 * smaller side and factors it by Cholesky: O(m²n + m³) for m ≤ n; 15–30 iterations in practice.
 */
final class ZeroSumInteriorPoint {

  /**
   * The result: row and column strategies, their gap in payoff units, and the iterations used.
   *
   * @param row the row player's (maximiser's) strategy
   * @param column the column player's (minimiser's) strategy
   * @param gap max_i (Ay)_i − min_j (Aᵀx)_j in payoff units
   * @param iterations interior-point iterations taken
   * @param unique whether the equilibrium was read off square, non-singular indifference equations
   *     on the optimal supports, which makes it the game's only one
   * @param rowSupport the row strategies the final iterates hold in the optimal support (x_i > z_i)
   * @param columnSupport the same for the column player (y_j > s_j)
   */
  record Solution(
      double[] row,
      double[] column,
      double gap,
      int iterations,
      boolean unique,
      int[] rowSupport,
      int[] columnSupport) {

    /** This solution of the column player's game ({@link #columnPlayersGame}) as the original's. */
    Solution sidesSwapped() {
      return new Solution(column, row, gap, iterations, unique, columnSupport, rowSupport);
    }
  }

  /**
   * The game seen from the column player's side: rows and columns exchanged and payoffs negated, so
   * its row player is the original column player.
   */
  static double[][] columnPlayersGame(double[][] payoffs) {
    int m = payoffs.length;
    int n = payoffs[0].length;
    double[][] transposed = new double[n][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        transposed[j][i] = -payoffs[i][j];
      }
    }
    return transposed;
  }

  private ZeroSumInteriorPoint() {}

  /**
   * Solves the game with row payoffs {@code payoffs[i][j]} (the column player receives minus that)
   * until the gap is at most {@code tolerance} payoff units; the best iterate after the iteration
   * cap otherwise (the caller checks {@link Solution#gap()}).
   */
  static Solution solve(double[][] payoffs, double tolerance) {
    return solve(payoffs, tolerance, false, null, null);
  }

  /**
   * The point of the central path where {@link ZeroSumCentre}'s log-barrier path ends: x∘z = s∘y =
   * μ, μ = {@link CentralPathEnd#mu} in units of the largest absolute payoff. Its strategies are
   * the analytic centres of the optimal faces up to O(μ), and every strategy outside the support
   * keeps the weight μ/z_i (z_i its shortfall), of order 1e−13: the answer the barrier path gives,
   * reached by Mehrotra steps down to μ and Newton steps on the centring equations there. {@link
   * Solution#unique()} is false.
   */
  static Solution pathEnd(double[][] payoffs) {
    return pathEnd(payoffs, null);
  }

  /**
   * The same point from the start {@code start} = {x0, y0} (strictly positive strategies, e.g.
   * {@link WarmStart}) instead of the uniform strategies; null: uniform.
   */
  static Solution pathEnd(double[][] payoffs, double[][] start) {
    return solve(payoffs, 0, true, start, null);
  }

  /**
   * The same point, first from a solve restricted to the strategies the previous, smaller game's
   * equilibrium {@code previous} = {x, y} supports ({@link RestrictedPathEnd}), verified on this
   * game; from {@code start} on the whole game when that does not apply. Null {@code previous}: as
   * {@link #pathEnd(double[][], double[][])}.
   */
  static Solution pathEnd(double[][] payoffs, double[][] start, double[][] previous) {
    return solve(payoffs, 0, true, start, previous);
  }

  private static Solution solve(
      double[][] payoffs,
      double tolerance,
      boolean pathEnd,
      double[][] start,
      double[][] previous) {
    int m = payoffs.length;
    int n = payoffs[0].length;
    if (m > n) {
      return solve(
              columnPlayersGame(payoffs),
              tolerance,
              pathEnd,
              start == null ? null : new double[][] {start[1], start[0]},
              previous == null ? null : new double[][] {previous[1], previous[0]})
          .sidesSwapped();
    }
    double scale = 0;
    for (double[] row : payoffs) {
      for (double v : row) {
        scale = Math.max(scale, Math.abs(v));
      }
    }
    if (scale == 0) {
      double[] x = new double[m];
      double[] y = new double[n];
      Arrays.fill(x, 1.0 / m);
      Arrays.fill(y, 1.0 / n);
      return new Solution(
          x,
          y,
          0,
          0,
          m == 1 && n == 1,
          IntStream.range(0, m).toArray(),
          IntStream.range(0, n).toArray());
    }
    double[][] a = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = payoffs[i][j] / scale;
      }
    }
    if (pathEnd && previous != null) {
      Solution restricted =
          RestrictedPathEnd.solve(a, previous[0], previous[1], CentralPathEnd.mu(m, n));
      if (restricted != null) {
        return new Solution(
            restricted.row(),
            restricted.column(),
            restricted.gap() * scale,
            restricted.iterations(),
            false,
            restricted.rowSupport(),
            restricted.columnSupport());
      }
    }
    InteriorPointIterates iterates =
        start == null
            ? new InteriorPointIterates(a)
            : new InteriorPointIterates(a, start[0], start[1], WarmStart.OFFSET);
    if (pathEnd) {
      Solution end = iterates.runToCentre(CentralPathEnd.mu(m, n));
      return new Solution(
          end.row(),
          end.column(),
          end.gap() * scale,
          end.iterations(),
          false,
          end.rowSupport(),
          end.columnSupport());
    }
    Solution s = iterates.run(tolerance / scale);
    Solution polished = polish(a, s);
    return new Solution(
        polished.row(),
        polished.column(),
        polished.gap() * scale,
        s.iterations(),
        polished.unique(),
        polished.rowSupport(),
        polished.columnSupport());
  }

  /**
   * When the optimal partition the iterates point to (x_i > z_i, y_j > s_j) has supports of equal
   * size, the equilibrium is usually unique and the indifference equations on those supports give
   * it to rounding ({@link SupportPolish}); kept only if its gap is no larger. The supports of a
   * relative-interior solution hold every optimal strategy's support, so a non-singular square
   * system there admits one solution only: the equilibrium is then unique.
   */
  private static Solution polish(double[][] a, Solution s) {
    if (s.rowSupport().length != s.columnSupport().length || s.rowSupport().length == 0) {
      return s;
    }
    double[][] masked = {new double[a.length], new double[a[0].length]};
    for (int i : s.rowSupport()) {
      masked[0][i] = Math.max(s.row()[i], Double.MIN_NORMAL);
    }
    for (int j : s.columnSupport()) {
      masked[1][j] = Math.max(s.column()[j], Double.MIN_NORMAL);
    }
    double[][] negated = new double[a.length][a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        negated[i][j] = -a[i][j];
      }
    }
    double[][] exact = SupportPolish.polish(a, negated, masked);
    if (exact == null) {
      return s;
    }
    double[] x = InteriorPointIterates.normalised(exact[0]);
    double[] y = InteriorPointIterates.normalised(exact[1]);
    double gap = InteriorPointIterates.gap(a, x, y);
    return gap <= s.gap()
        ? new Solution(x, y, gap, s.iterations(), true, s.rowSupport(), s.columnSupport())
        : s;
  }
}
