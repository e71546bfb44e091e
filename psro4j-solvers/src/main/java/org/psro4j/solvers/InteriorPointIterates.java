package org.psro4j.solvers;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The iterates of one {@link ZeroSumInteriorPoint} solve on the scaled matrix: strategies x and y,
 * slacks s and z, values v and w, the predictor–corrector steps (Mehrotra 1992) and the centring
 * steps to a given point of the central path.
 */
final class InteriorPointIterates {

  private static final int MAX_ITERATIONS = 80;
  private static final double STEP_FRACTION = 0.995;
  private static final int CENTRING_STEPS = 20;

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
  private OutsideStrategies outside;

  /** The cold start: uniform strategies, slacks of at least 1. */
  InteriorPointIterates(double[][] a) {
    this(a, uniform(a.length), uniform(a[0].length), 1);
  }

  /**
   * A start from the strictly positive strategies {@code x0} and {@code y0}, the values v and w
   * {@code offset} below and above what they guarantee, so every slack is at least {@code offset}.
   */
  InteriorPointIterates(double[][] a, double[] x0, double[] y0, double offset) {
    this.a = a;
    this.m = a.length;
    this.n = a[0].length;
    x = x0.clone();
    y = y0.clone();
    s = Products.transposeTimes(a, x);
    v = Arrays.stream(s).min().orElseThrow() - offset;
    for (int j = 0; j < n; j++) {
      s[j] -= v;
    }
    z = Products.times(a, y);
    w = Arrays.stream(z).max().orElseThrow() + offset;
    for (int i = 0; i < m; i++) {
      z[i] = w - z[i];
    }
    normal = new NormalEquations(a);
  }

  /**
   * Makes these the iterates of a support-restricted solve whose left-out strategies {@code o}
   * holds at their path-end weights: they offset the payoffs and the simplex sums.
   */
  void leaveOut(OutsideStrategies o) {
    this.outside = o;
  }

  /**
   * The full game's strategies of a restricted solve: these iterates with the left-out strategies'
   * weights from them, each normalised; {@link #leaveOut}'s shortfalls are updated to them.
   */
  double[][] fullStrategies() {
    outside.update(x, y, v, w);
    return new double[][] {normalised(outside.fullRow(x)), normalised(outside.fullColumn(y))};
  }

  ZeroSumInteriorPoint.Solution run(double tolerance) {
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
    return new ZeroSumInteriorPoint.Solution(
        bestX, bestY, bestGap, iteration, false, support[0], support[1]);
  }

  /**
   * Predictor–corrector steps with the centring target never below {@code target} until the duality
   * measure is within a factor 2 of it, then Newton steps on x∘z = s∘y = target until every product
   * is within a relative 1e−10 of it, or within 1e−6 and no longer halving.
   */
  ZeroSumInteriorPoint.Solution runToCentre(double target) {
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
      if (deviation > 0.5 * previous && (deviation < 1e-6 || outside != null)) {
        // Rounding, not distance, is left; or, in a restricted solve, the left-out strategies'
        // weights, which each step takes from the iterates before it, hold the steps to linear
        // convergence (factors 0.6-0.9 on Leduc's late meta-games): the weights move by less
        // than the rounding of the path's end there, which the full solve leaves too.
        break;
      }
    }
    double[] cx = normalised(x);
    double[] cy = normalised(y);
    int[][] support = partition();
    return new ZeroSumInteriorPoint.Solution(
        cx, cy, gap(cx, cy), iteration, false, support[0], support[1]);
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
    if (outside != null) {
      outside.update(x, y, v, w);
      if (outside.violated(measure())) {
        return null; // the restricted solve starts again with the strategy
      }
      for (int j = 0; j < n; j++) {
        f1[j] += outside.columnOffset[j];
      }
      for (int i = 0; i < m; i++) {
        f2[i] -= outside.rowOffset[i];
      }
      f3 += outside.rowWeight;
      f4 += outside.columnWeight;
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
   * One predictor–corrector step whose centring target σμ is at least {@code floor}; false when the
   * Newton system could not be factored.
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
   * The Newton direction for residuals f1 = Aᵀx − v − s, f2 = w − Ay − z, f3 = Σx − 1, f4 = Σy − 1
   * and complementarity targets f5 = x∘z − ·, f6 = s∘y − ·, with the factored normal matrix.
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

  private static double[] uniform(int size) {
    double[] u = new double[size];
    Arrays.fill(u, 1.0 / size);
    return u;
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

  private record Residuals(
      double[] f1, double[] f2, double f3, double f4, double[] f5, double[] f6, double[] d) {}

  private record Direction(
      double[] dx, double[] dy, double[] ds, double[] dz, double dv, double dw) {}
}
