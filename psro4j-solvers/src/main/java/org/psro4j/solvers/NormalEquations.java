package org.psro4j.solvers;

/**
 * The reduced Newton system of {@link ZeroSumInteriorPoint}: the normal matrix M = diag(e) +
 * A·diag(d)·Aᵀ, factored by Cholesky, bordered by the two simplex multipliers (the game values v
 * and w). Forming M costs m²n/2 multiply–adds and the factorisation m³/6, both on rows kept
 * contiguous with four independent accumulators so the JIT can overlap them.
 */
final class NormalEquations {

  private final double[][] a;
  private final int m;
  private final int n;
  private final double[][] l;
  private final double[][] scaled;
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
    this.scaled = new double[m][n];
  }

  /** Forms and factors M for the diagonals {@code e} (length m) and {@code d} (length n). */
  boolean factor(double[] e, double[] d) {
    double[] root = new double[n];
    c = 0;
    for (int j = 0; j < n; j++) {
      root[j] = Math.sqrt(d[j]);
      c += d[j];
    }
    for (int i = 0; i < m; i++) {
      double[] ai = a[i];
      double[] bi = scaled[i];
      for (int j = 0; j < n; j++) {
        bi[j] = ai[j] * root[j];
      }
    }
    double largest = 0;
    for (int i = 0; i < m; i++) {
      double[] li = l[i];
      double[] bi = scaled[i];
      for (int k = 0; k <= i; k++) {
        li[k] = dot(bi, scaled[k], n);
      }
      li[i] += e[i];
      largest = Math.max(largest, li[i]);
    }
    u = Products.times(a, d);
    double ridge = 0;
    for (int attempt = 0; attempt < 4; attempt++) {
      if (cholesky(ridge)) {
        mInvU = solve(u);
        mInvOne = solve(ones());
        return true;
      }
      // Rounding made M indefinite late in the path: restore it and add a small ridge.
      for (int i = 0; i < m; i++) {
        double[] li = l[i];
        double[] bi = scaled[i];
        for (int k = 0; k <= i; k++) {
          li[k] = dot(bi, scaled[k], n);
        }
        li[i] += e[i];
      }
      ridge = ridge == 0 ? 1e-14 * largest : ridge * 1e3;
    }
    return false;
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

  /** In-place Cholesky of the lower triangle (plus {@code ridge} on the diagonal). */
  private boolean cholesky(double ridge) {
    for (int i = 0; i < m; i++) {
      double[] li = l[i];
      for (int k = 0; k < i; k++) {
        double[] lk = l[k];
        li[k] = (li[k] - dot(li, lk, k)) / lk[k];
      }
      double diagonal = li[i] + ridge - dot(li, li, i);
      if (!(diagonal > 0)) {
        return false;
      }
      li[i] = Math.sqrt(diagonal);
    }
    return true;
  }

  /** M⁻¹·rhs by the two triangular solves. */
  private double[] solve(double[] rhs) {
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
