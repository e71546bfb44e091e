package org.psro4j.solvers;

/**
 * Primal–dual interior-point method (Mehrotra 1992, "On the implementation of a primal–dual
 * interior point method", SIAM J. Optim. 2, predictor–corrector, infeasible start) for the max-Gini
 * programme min ½‖σ‖² subject to Aσ + s = b, 1ᵀσ = 1, σ ≥ 0, s ≥ 0 of {@link MaxGiniDual}. It
 * supplies the multipliers λ of Aσ ≤ b from which that class's Newton method and exact face solve
 * finish and verify; it is the route for the games on which the Newton method from λ = 0 crawls,
 * typically polytopes without an interior (two-player zero-sum games, whose CCE marginals are
 * pinned to the equilibrium strategies: Forges 1990), where the optimal multipliers form an
 * unbounded set and the dual's Hessian is singular along it.
 *
 * <p>Each iteration solves the reduced KKT system in (λ, μ) only: with D = (I + X⁻¹Z)⁻¹ diagonal
 * and B = [A; 1ᵀ], the matrix B D Bᵀ + diag(S Λ⁻¹, 0) of order rows + 1 (a Cholesky factorisation;
 * its assembly costs one outer product per column, O(N·nnz²) for N profiles of nnz deviation rows
 * each). It runs until the mean complementarity product and the residuals are below 1e−13, or
 * {@link #MAX_ITERATIONS}.
 */
final class MaxGiniInteriorPoint {

  static final int MAX_ITERATIONS = 80;
  private static final double TOLERANCE = 1e-13;
  private static final double STEP_FRACTION = 0.995;

  private final ConstraintMatrix a;
  private final double[] b;
  private final int n;
  private final int m;

  double[] sigma;
  double[] slack;
  double[] lambda;
  double[] z;
  double mu;

  /** Iterations taken by the last solve. */
  int iterations;

  MaxGiniInteriorPoint(ConstraintMatrix a, double[] b) {
    this.a = a;
    this.b = b;
    this.n = a.columns;
    this.m = a.rows;
  }

  /**
   * Runs the method; λ is then in {@link #lambda} (and σ in {@link #sigma}), however far it got.
   */
  void solve() {
    sigma = new double[n];
    z = new double[n];
    java.util.Arrays.fill(sigma, 1.0 / n);
    java.util.Arrays.fill(z, 1.0);
    slack = new double[m];
    lambda = new double[m];
    double[] as = a.times(sigma);
    for (int i = 0; i < m; i++) {
      slack[i] = Math.max(1, b[i] - as[i]);
      lambda[i] = 1;
    }
    mu = 0;
    for (iterations = 0; iterations < MAX_ITERATIONS; iterations++) {
      double[] rd = a.transposeTimes(lambda);
      for (int c = 0; c < n; c++) {
        rd[c] += sigma[c] + mu - z[c];
      }
      double[] rp = a.times(sigma);
      double re = -1;
      for (int i = 0; i < m; i++) {
        rp[i] += slack[i] - b[i];
      }
      for (double s : sigma) {
        re += s;
      }
      double gap = complementarity(sigma, z, slack, lambda);
      if (gap <= TOLERANCE && maxAbs(rd) <= 1e-11 && maxAbs(rp) <= 1e-11 && Math.abs(re) <= 1e-12) {
        return;
      }
      double[] d = new double[n];
      for (int c = 0; c < n; c++) {
        d[c] = 1 / (1 + z[c] / sigma[c]);
      }
      double[][] factor = cholesky(normalMatrix(d));
      if (factor == null) {
        return;
      }
      double[] rxz = new double[n];
      double[] rsl = new double[m];
      for (int c = 0; c < n; c++) {
        rxz[c] = sigma[c] * z[c];
      }
      for (int i = 0; i < m; i++) {
        rsl[i] = slack[i] * lambda[i];
      }
      Direction affine = direction(factor, d, rd, rp, re, rxz, rsl);
      double alphaAffine = stepLength(affine, 1);
      double gapAffine = 0;
      for (int c = 0; c < n; c++) {
        gapAffine +=
            (sigma[c] + alphaAffine * affine.sigma[c]) * (z[c] + alphaAffine * affine.z[c]);
      }
      for (int i = 0; i < m; i++) {
        gapAffine +=
            (slack[i] + alphaAffine * affine.slack[i])
                * (lambda[i] + alphaAffine * affine.lambda[i]);
      }
      gapAffine /= n + m;
      double centring = Math.pow(gapAffine / gap, 3);
      double target = centring * gap;
      for (int c = 0; c < n; c++) {
        rxz[c] += affine.sigma[c] * affine.z[c] - target;
      }
      for (int i = 0; i < m; i++) {
        rsl[i] += affine.slack[i] * affine.lambda[i] - target;
      }
      Direction step = direction(factor, d, rd, rp, re, rxz, rsl);
      double alpha = stepLength(step, STEP_FRACTION);
      for (int c = 0; c < n; c++) {
        sigma[c] += alpha * step.sigma[c];
        z[c] += alpha * step.z[c];
      }
      for (int i = 0; i < m; i++) {
        slack[i] += alpha * step.slack[i];
        lambda[i] += alpha * step.lambda[i];
      }
      mu += alpha * step.mu;
    }
  }

  private record Direction(
      double[] sigma, double[] z, double[] slack, double[] lambda, double mu) {}

  /** The Newton direction for complementarity residuals {@code rxz} (σ∘z) and {@code rsl} (s∘λ). */
  private Direction direction(
      double[][] factor,
      double[] d,
      double[] rd,
      double[] rp,
      double re,
      double[] rxz,
      double[] rsl) {
    double[] f = new double[n];
    for (int c = 0; c < n; c++) {
      f[c] = (-rd[c] - rxz[c] / sigma[c]) * d[c];
    }
    double[] rhs = new double[m + 1];
    double[] bdf = a.times(f);
    double total = 0;
    for (double v : f) {
      total += v;
    }
    for (int i = 0; i < m; i++) {
      rhs[i] = bdf[i] - (-rp[i] + rsl[i] / lambda[i]);
    }
    rhs[m] = total + re;
    double[] y = backSubstitute(factor, rhs);
    double[] dl = java.util.Arrays.copyOf(y, m);
    double dmu = y[m];
    double[] atl = a.transposeTimes(dl);
    double[] ds = new double[n];
    double[] dz = new double[n];
    for (int c = 0; c < n; c++) {
      ds[c] = f[c] - d[c] * (atl[c] + dmu);
      dz[c] = (-rxz[c] - z[c] * ds[c]) / sigma[c];
    }
    double[] dslack = new double[m];
    for (int i = 0; i < m; i++) {
      dslack[i] = (-rsl[i] - slack[i] * dl[i]) / lambda[i];
    }
    return new Direction(ds, dz, dslack, dl, dmu);
  }

  /** The largest α ≤ 1 keeping every positive variable positive, times {@code fraction}. */
  private double stepLength(Direction step, double fraction) {
    double alpha = 1 / fraction;
    alpha = limit(alpha, sigma, step.sigma);
    alpha = limit(alpha, z, step.z);
    alpha = limit(alpha, slack, step.slack);
    alpha = limit(alpha, lambda, step.lambda);
    return Math.min(1, fraction * alpha);
  }

  private static double limit(double alpha, double[] x, double[] dx) {
    for (int i = 0; i < x.length; i++) {
      if (dx[i] < 0) {
        alpha = Math.min(alpha, -x[i] / dx[i]);
      }
    }
    return alpha;
  }

  /** B D Bᵀ + diag(S Λ⁻¹, 0) for B = [A; 1ᵀ]. */
  private double[][] normalMatrix(double[] d) {
    double[][] mat = new double[m + 1][m + 1];
    for (int c = 0; c < n; c++) {
      int[] r = a.columnRows[c];
      double[] v = a.columnValues[c];
      double dc = d[c];
      for (int x = 0; x < r.length; x++) {
        double w = dc * v[x];
        double[] row = mat[r[x]];
        for (int y = 0; y < r.length; y++) {
          row[r[y]] += w * v[y];
        }
        row[m] += w;
      }
      mat[m][m] += dc;
    }
    for (int i = 0; i < m; i++) {
      mat[m][i] = mat[i][m];
      mat[i][i] += slack[i] / lambda[i];
    }
    return mat;
  }

  /** The lower Cholesky factor (in place), or null when a pivot is not positive. */
  private static double[][] cholesky(double[][] mat) {
    int size = mat.length;
    for (int j = 0; j < size; j++) {
      double[] rj = mat[j];
      double diag = rj[j];
      for (int k = 0; k < j; k++) {
        diag -= rj[k] * rj[k];
      }
      if (!(diag > 0)) {
        return null;
      }
      double root = Math.sqrt(diag);
      rj[j] = root;
      for (int i = j + 1; i < size; i++) {
        double[] ri = mat[i];
        double s = ri[j];
        for (int k = 0; k < j; k++) {
          s -= ri[k] * rj[k];
        }
        ri[j] = s / root;
      }
    }
    return mat;
  }

  private static double[] backSubstitute(double[][] l, double[] rhs) {
    int size = rhs.length;
    double[] y = rhs.clone();
    for (int i = 0; i < size; i++) {
      double s = y[i];
      for (int k = 0; k < i; k++) {
        s -= l[i][k] * y[k];
      }
      y[i] = s / l[i][i];
    }
    for (int i = size - 1; i >= 0; i--) {
      double s = y[i];
      for (int k = i + 1; k < size; k++) {
        s -= l[k][i] * y[k];
      }
      y[i] = s / l[i][i];
    }
    return y;
  }

  private static double complementarity(double[] x, double[] z, double[] s, double[] l) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += x[i] * z[i];
    }
    for (int i = 0; i < s.length; i++) {
      sum += s[i] * l[i];
    }
    return sum / (x.length + s.length);
  }

  private static double maxAbs(double[] v) {
    double r = 0;
    for (double x : v) {
      r = Math.max(r, Math.abs(x));
    }
    return r;
  }
}
