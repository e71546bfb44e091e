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

  private static final int MAX_ITERATIONS = 80;
  private static final double STEP_FRACTION = 0.995;
  private static final int CENTRING_STEPS = 20;

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
      int[] columnSupport) {}

  private ZeroSumInteriorPoint() {}

  /**
   * Solves the game with row payoffs {@code payoffs[i][j]} (the column player receives minus that)
   * until the gap is at most {@code tolerance} payoff units; the best iterate after the iteration
   * cap otherwise (the caller checks {@link Solution#gap()}).
   */
  static Solution solve(double[][] payoffs, double tolerance) {
    return solve(payoffs, tolerance, false);
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
    return solve(payoffs, 0, true);
  }

  private static Solution solve(double[][] payoffs, double tolerance, boolean pathEnd) {
    int m = payoffs.length;
    int n = payoffs[0].length;
    if (m > n) {
      double[][] transposed = new double[n][m];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          transposed[j][i] = -payoffs[i][j];
        }
      }
      Solution s = solve(transposed, tolerance, pathEnd);
      return new Solution(
          s.column(),
          s.row(),
          s.gap(),
          s.iterations(),
          s.unique(),
          s.columnSupport(),
          s.rowSupport());
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
    Iterates iterates = new Iterates(a);
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
    double[] x = Iterates.normalised(exact[0]);
    double[] y = Iterates.normalised(exact[1]);
    double gap = Iterates.gap(a, x, y);
    return gap <= s.gap()
        ? new Solution(x, y, gap, s.iterations(), true, s.rowSupport(), s.columnSupport())
        : s;
  }

  /** The state of one solve on the scaled matrix. */
  private static final class Iterates {
    private final double[][] a;
    private final int m;
    private final int n;
    private final double[] x;
    private final double[] z;
    private final double[] y;
    private final double[] s;
    private double v;
    private double w;
    private final NormalEquations normal;

    Iterates(double[][] a) {
      this.a = a;
      this.m = a.length;
      this.n = a[0].length;
      x = new double[m];
      y = new double[n];
      Arrays.fill(x, 1.0 / m);
      Arrays.fill(y, 1.0 / n);
      s = Products.transposeTimes(a, x);
      v = Arrays.stream(s).min().orElseThrow() - 1;
      for (int j = 0; j < n; j++) {
        s[j] -= v;
      }
      z = Products.times(a, y);
      w = Arrays.stream(z).max().orElseThrow() + 1;
      for (int i = 0; i < m; i++) {
        z[i] = w - z[i];
      }
      normal = new NormalEquations(a);
    }

    Solution run(double tolerance) {
      double[] bestX = null;
      double[] bestY = null;
      double bestGap = Double.POSITIVE_INFINITY;
      int iteration = 0;
      for (; iteration <= MAX_ITERATIONS; iteration++) {
        double[] cx = normalised(x);
        double[] cy = normalised(y);
        double gap = gap(cx, cy);
        if (gap < bestGap) {
          bestGap = gap;
          bestX = cx;
          bestY = cy;
        }
        if (gap <= tolerance || iteration == MAX_ITERATIONS || !step()) {
          break;
        }
      }
      int[][] support = partition();
      return new Solution(bestX, bestY, bestGap, iteration, false, support[0], support[1]);
    }

    /**
     * Predictor–corrector steps with the centring target never below {@code target} until the
     * duality measure is within a factor 2 of it, then Newton steps on x∘z = s∘y = target until
     * every product is within a relative 1e−10 of it, or within 1e−6 and no longer halving.
     */
    Solution runToCentre(double target) {
      int iteration = 0;
      while (iteration < MAX_ITERATIONS && measure() > 2 * target && step(target)) {
        iteration++;
      }
      double deviation = deviation(target);
      for (int k = 0; k < CENTRING_STEPS && deviation > 1e-10; k++, iteration++) {
        if (!centringStep(target)) {
          break;
        }
        double previous = deviation;
        deviation = deviation(target);
        if (deviation < 1e-6 && deviation > 0.5 * previous) {
          break; // rounding, not distance, is left
        }
      }
      double[] cx = normalised(x);
      double[] cy = normalised(y);
      int[][] support = partition();
      return new Solution(cx, cy, gap(cx, cy), iteration, false, support[0], support[1]);
    }

    private double measure() {
      return (dot(x, z) + dot(s, y)) / (m + n);
    }

    private double deviation(double target) {
      double worst = 0;
      for (int i = 0; i < m; i++) {
        worst = Math.max(worst, Math.abs(x[i] * z[i] / target - 1));
      }
      for (int j = 0; j < n; j++) {
        worst = Math.max(worst, Math.abs(s[j] * y[j] / target - 1));
      }
      return worst;
    }

    /** The strategies the iterates hold in the optimal supports: x_i > z_i and y_j > s_j. */
    int[][] partition() {
      return new int[][] {
        IntStream.range(0, m).filter(i -> x[i] > z[i]).toArray(),
        IntStream.range(0, n).filter(j -> y[j] > s[j]).toArray()
      };
    }

    double gap(double[] cx, double[] cy) {
      return gap(a, cx, cy);
    }

    static double gap(double[][] a, double[] cx, double[] cy) {
      double[] ay = Products.times(a, cy);
      double[] atx = Products.transposeTimes(a, cx);
      return Arrays.stream(ay).max().orElseThrow() - Arrays.stream(atx).min().orElseThrow();
    }

    /** One predictor–corrector step; false when the Newton system could not be factored. */
    private boolean step() {
      return step(0);
    }

    /** A Newton step towards x∘z = s∘y = target from the current point. */
    private boolean centringStep(double target) {
      Residuals r = residuals();
      if (r == null) {
        return false;
      }
      for (int i = 0; i < m; i++) {
        r.f5[i] -= target;
      }
      for (int j = 0; j < n; j++) {
        r.f6[j] -= target;
      }
      move(direction(r.f1, r.f2, r.f3, r.f4, r.f5, r.f6, r.d));
      return true;
    }

    /** The residuals of the linear equations, x∘z and s∘y, with the normal matrix factored. */
    private Residuals residuals() {
      // Residuals of the linear equations (zero up to rounding: the start is feasible).
      double[] f1 = Products.transposeTimes(a, x);
      for (int j = 0; j < n; j++) {
        f1[j] -= v + s[j];
      }
      double[] f2 = Products.times(a, y);
      for (int i = 0; i < m; i++) {
        f2[i] = w - f2[i] - z[i];
      }
      double f3 = -1;
      for (double xi : x) {
        f3 += xi;
      }
      double f4 = -1;
      for (double yj : y) {
        f4 += yj;
      }
      double[] d = new double[n];
      double[] dz = new double[m];
      for (int j = 0; j < n; j++) {
        d[j] = y[j] / s[j];
      }
      for (int i = 0; i < m; i++) {
        dz[i] = z[i] / x[i];
      }
      if (!normal.factor(dz, d)) {
        return null;
      }
      double[] f5 = new double[m];
      double[] f6 = new double[n];
      for (int i = 0; i < m; i++) {
        f5[i] = x[i] * z[i];
      }
      for (int j = 0; j < n; j++) {
        f6[j] = s[j] * y[j];
      }
      return new Residuals(f1, f2, f3, f4, f5, f6, d);
    }

    /**
     * One predictor–corrector step whose centring target σμ is at least {@code floor}; false when
     * the Newton system could not be factored.
     */
    private boolean step(double floor) {
      Residuals r = residuals();
      if (r == null) {
        return false;
      }
      double[] f1 = r.f1;
      double[] f2 = r.f2;
      double f3 = r.f3;
      double f4 = r.f4;
      double[] f5 = r.f5;
      double[] f6 = r.f6;
      double[] d = r.d;
      double mu = measure();
      Direction affine = direction(f1, f2, f3, f4, f5, f6, d);
      double primal = maxStep(x, affine.dx, s, affine.ds);
      double dual = maxStep(z, affine.dz, y, affine.dy);
      double muAffine = 0;
      for (int i = 0; i < m; i++) {
        muAffine += (x[i] + primal * affine.dx[i]) * (z[i] + dual * affine.dz[i]);
      }
      for (int j = 0; j < n; j++) {
        muAffine += (s[j] + primal * affine.ds[j]) * (y[j] + dual * affine.dy[j]);
      }
      muAffine /= m + n;
      double centring = Math.max(Math.pow(muAffine / mu, 3) * mu, floor);
      for (int i = 0; i < m; i++) {
        f5[i] += affine.dx[i] * affine.dz[i] - centring;
      }
      for (int j = 0; j < n; j++) {
        f6[j] += affine.ds[j] * affine.dy[j] - centring;
      }
      move(direction(f1, f2, f3, f4, f5, f6, d));
      return true;
    }

    /** Moves along {@code c} as far as positivity allows (a fraction 0.995 of the boundary). */
    private void move(Direction c) {
      double primal = Math.min(1, STEP_FRACTION * maxStep(x, c.dx, s, c.ds));
      double dual = Math.min(1, STEP_FRACTION * maxStep(z, c.dz, y, c.dy));
      for (int i = 0; i < m; i++) {
        x[i] += primal * c.dx[i];
        z[i] += dual * c.dz[i];
      }
      for (int j = 0; j < n; j++) {
        s[j] += primal * c.ds[j];
        y[j] += dual * c.dy[j];
      }
      v += primal * c.dv;
      w += dual * c.dw;
    }

    /**
     * The Newton direction for residuals f1 = Aᵀx − v − s, f2 = w − Ay − z, f3 = Σx − 1, f4 = Σy −
     * 1 and complementarity targets f5 = x∘z − ·, f6 = s∘y − ·, with the factored normal matrix.
     */
    private Direction direction(
        double[] f1, double[] f2, double f3, double f4, double[] f5, double[] f6, double[] d) {
      double[] r1 = new double[n];
      double[] dr1 = new double[n];
      double g2 = -f4;
      for (int j = 0; j < n; j++) {
        r1[j] = -f1[j] - f6[j] / y[j];
        dr1[j] = d[j] * r1[j];
        g2 -= dr1[j];
      }
      double[] g1 = Products.times(a, dr1);
      for (int i = 0; i < m; i++) {
        g1[i] += -f2[i] - f5[i] / x[i];
      }
      double[][] dvw = new double[1][];
      double[] dx = normal.solveBordered(g1, g2, -f3, dvw);
      double dv = dvw[0][0];
      double dw = dvw[0][1];
      double[] atdx = Products.transposeTimes(a, dx);
      double[] dy = new double[n];
      double[] ds = new double[n];
      for (int j = 0; j < n; j++) {
        dy[j] = d[j] * (r1[j] - atdx[j] + dv);
        ds[j] = (-f6[j] - s[j] * dy[j]) / y[j];
      }
      double[] dzv = new double[m];
      for (int i = 0; i < m; i++) {
        dzv[i] = (-f5[i] - z[i] * dx[i]) / x[i];
      }
      return new Direction(dx, dy, ds, dzv, dv, dw);
    }

    private static double maxStep(double[] p, double[] dp, double[] q, double[] dq) {
      double alpha = 1 / STEP_FRACTION;
      for (int i = 0; i < p.length; i++) {
        if (dp[i] < 0) {
          alpha = Math.min(alpha, -p[i] / dp[i]);
        }
      }
      for (int j = 0; j < q.length; j++) {
        if (dq[j] < 0) {
          alpha = Math.min(alpha, -q[j] / dq[j]);
        }
      }
      return alpha;
    }

    static double[] normalised(double[] p) {
      double[] c = new double[p.length];
      double sum = 0;
      for (int i = 0; i < p.length; i++) {
        c[i] = Math.max(0, p[i]);
        sum += c[i];
      }
      for (int i = 0; i < p.length; i++) {
        c[i] /= sum;
      }
      return c;
    }

    private static double dot(double[] p, double[] q) {
      double r = 0;
      for (int i = 0; i < p.length; i++) {
        r += p[i] * q[i];
      }
      return r;
    }
  }

  private record Residuals(
      double[] f1, double[] f2, double f3, double f4, double[] f5, double[] f6, double[] d) {}

  private record Direction(
      double[] dx, double[] dy, double[] ds, double[] dz, double dv, double dw) {}
}
