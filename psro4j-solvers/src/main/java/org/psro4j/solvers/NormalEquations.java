package org.psro4j.solvers;

/**
 * The reduced Newton system of {@link ZeroSumInteriorPoint}: the normal matrix M = diag(e) +
 * A·diag(d)·Aᵀ, factored by Cholesky, bordered by the two simplex multipliers (the game values v
 * and w). Forming M costs m²n/2 multiply–adds and the factorisation m³/6, both as rank-one updates
 * whose inner loops are axpys over contiguous rows, which the JIT vectorises.
 */
final class NormalEquations {

  private static final int BLOCK = 32;

  private final double[][] a;
  private final int m;
  private final int n;
  private final double[][] l;
  private final double[][] scaled;
  private final double[][] strip;

  /** Aᵀ, so that each scaled column is built from a contiguous row. */
  private final double[][] columns;

  private double[] u;
  private double c;
  private double[] mInvU;
  private double[] mInvOne;

  NormalEquations(double[][] a) {
    this.a = a;
    this.m = a.length;
    this.n = a[0].length;
    this.l = new double[m][];
    for (int i = 0; i < m; i++) {
      l[i] = new double[i + 1];
    }
    this.scaled = new double[n][m];
    this.strip = LowerCholesky.workspace(m);
    this.columns = new double[n][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        columns[j][i] = a[i][j];
      }
    }
  }

  /**
   * Forms and factors M for the diagonals {@code e} (length m) and {@code d} (length n). Columns
   * whose weight d_j is below 1e−13 of the largest change no entry beyond rounding and are left
   * out, which late in the path drops the opponent strategies outside the optimal support.
   */
  boolean factor(double[] e, double[] d) {
    c = 0;
    double largestWeight = 0;
    for (int j = 0; j < n; j++) {
      c += d[j];
      largestWeight = Math.max(largestWeight, d[j]);
    }
    int kept = 0;
    for (int j = 0; j < n; j++) {
      if (d[j] >= 1e-13 * largestWeight) {
        double root = Math.sqrt(d[j]);
        double[] bj = scaled[kept++];
        double[] aj = columns[j];
        for (int i = 0; i < m; i++) {
          bj[i] = aj[i] * root;
        }
      }
    }
    u = Products.times(a, d);
    double ridge = 0;
    for (int attempt = 0; attempt < 4; attempt++) {
      double largest = form(e, kept);
      if (LowerCholesky.factor(l, m, ridge, strip)) {
        mInvU = solve(u);
        mInvOne = solve(ones());
        return true;
      }
      // Rounding made M indefinite late in the path: form it again with a small ridge.
      ridge = ridge == 0 ? 1e-14 * largest : ridge * 1e3;
    }
    return false;
  }

  /**
   * The lower triangle of diag(e) + Σ_j b_j b_jᵀ over the {@code kept} scaled columns, as rank-one
   * updates on blocks of rows that stay in cache (the inner loop is an axpy the JIT vectorises).
   * Returns the largest diagonal entry.
   */
  private double form(double[] e, int kept) {
    for (int i = 0; i < m; i++) {
      java.util.Arrays.fill(l[i], 0);
    }
    addLowerGram(scaled, kept, m, l);
    double largest = 0;
    for (int i = 0; i < m; i++) {
      l[i][i] += e[i];
      largest = Math.max(largest, l[i][i]);
    }
    return largest;
  }

  /**
   * Solves M·dx − u·dv + 1·dw = g1, −uᵀdx + c·dv = g2, 1ᵀdx = g3 (u = A·d, c = Σd); returns dx and
   * puts {dv, dw} into {@code out[0]}.
   */
  double[] solveBordered(double[] g1, double g2, double g3, double[][] out) {
    double[] a0 = solve(g1);
    double a11 = c - dot(u, mInvU, m);
    double a12 = dot(u, mInvOne, m);
    double b1 = g2 + dot(u, a0, m);
    double a21 = 0;
    double a22 = 0;
    double b2 = g3;
    for (int i = 0; i < m; i++) {
      a21 += mInvU[i];
      a22 -= mInvOne[i];
      b2 -= a0[i];
    }
    double det = a11 * a22 - a12 * a21;
    double dv = (b1 * a22 - a12 * b2) / det;
    double dw = (a11 * b2 - a21 * b1) / det;
    for (int i = 0; i < m; i++) {
      a0[i] += mInvU[i] * dv - mInvOne[i] * dw;
    }
    out[0] = new double[] {dv, dw};
    return a0;
  }

  private double[] ones() {
    double[] one = new double[m];
    java.util.Arrays.fill(one, 1);
    return one;
  }

  /** M⁻¹·rhs by the two triangular solves. */
  private double[] solve(double[] rhs) {
    return solve(l, m, rhs);
  }

  private static double[] solve(double[][] l, int m, double[] rhs) {
    double[] t = new double[m];
    for (int i = 0; i < m; i++) {
      double[] li = l[i];
      t[i] = (rhs[i] - dot(li, t, i)) / li[i];
    }
    for (int i = m - 1; i >= 0; i--) {
      double ti = t[i] / l[i][i];
      t[i] = ti;
      for (int k = 0; k < i; k++) {
        t[k] -= ti * l[i][k];
      }
    }
    return t;
  }

  /**
   * Adds Σ_{j < kept} b_j b_jᵀ to the lower triangle of {@code lower} (rows 0..m−1, entries 0..i of
   * row i), by rank-one updates four columns at a time on blocks of rows that stay in cache; the
   * inner loop is an axpy the JIT vectorises. The blocks are independent and spread over the
   * processors when the matrix is large ({@link RowBlocks}: bit-identical to one thread).
   */
  static void addLowerGram(double[][] b, int kept, int m, double[][] lower) {
    addLowerGram(b, kept, m, lower, RowBlocks.threadsFor((long) m * m * kept / 2));
  }

  /** The same on exactly {@code threads} tasks. */
  static void addLowerGram(double[][] b, int kept, int m, double[][] lower, int threads) {
    RowBlocks.forEach(0, m, BLOCK, threads, (from, to) -> addLowerGram(b, kept, from, to, lower));
  }

  private static void addLowerGram(double[][] b, int kept, int from, int to, double[][] lower) {
    int j = 0;
    for (; j + 3 < kept; j += 4) {
      double[] b0 = b[j];
      double[] b1 = b[j + 1];
      double[] b2 = b[j + 2];
      double[] b3 = b[j + 3];
      for (int i = from; i < to; i++) {
        double f0 = b0[i];
        double f1 = b1[i];
        double f2 = b2[i];
        double f3 = b3[i];
        double[] li = lower[i];
        for (int k = 0; k <= i; k++) {
          li[k] += f0 * b0[k] + f1 * b1[k] + f2 * b2[k] + f3 * b3[k];
        }
      }
    }
    for (; j < kept; j++) {
      double[] bj = b[j];
      for (int i = from; i < to; i++) {
        double f = bj[i];
        double[] li = lower[i];
        for (int k = 0; k <= i; k++) {
          li[k] += f * bj[k];
        }
      }
    }
  }

  /** Σ_{k < length} p[k]·q[k] with four accumulators. */
  static double dot(double[] p, double[] q, int length) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int k = 0;
    for (; k + 3 < length; k += 4) {
      s0 += p[k] * q[k];
      s1 += p[k + 1] * q[k + 1];
      s2 += p[k + 2] * q[k + 2];
      s3 += p[k + 3] * q[k + 3];
    }
    for (; k < length; k++) {
      s0 += p[k] * q[k];
    }
    return (s0 + s1) + (s2 + s3);
  }
}
