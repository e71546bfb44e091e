package org.psro4j.solvers;

/**
 * In-place Cholesky factorisation of a symmetric positive definite matrix held as its lower
 * triangle in rows of growing length ({@code l[i]} has i+1 entries), right-looking in panels of
 * four columns (Golub and Van Loan, "Matrix Computations", 4th ed., §4.2.9): each panel is
 * factored, then the trailing triangle gets one rank-four update whose inner loop is an axpy over a
 * contiguous row, which the JIT vectorises. Four columns per pass over the trailing triangle cut
 * its memory traffic to a quarter of the column-at-a-time update's. Static methods on arrays passed
 * in, as C2 compiles these loops best.
 */
final class LowerCholesky {

  private static final int PANEL = 4;

  private LowerCholesky() {}

  /**
   * Replaces the lower triangle {@code l} (rows 0..m−1) plus {@code ridge} on the diagonal by its
   * Cholesky factor; false, with {@code l} partly overwritten, when a pivot is not positive.
   */
  static boolean factor(double[][] l, int m, double ridge) {
    double[][] panel = new double[PANEL][m];
    for (int k0 = 0; k0 < m; k0 += PANEL) {
      int k1 = Math.min(m, k0 + PANEL);
      for (int k = k0; k < k1; k++) {
        double diagonal = l[k][k] + ridge;
        if (!(diagonal > 0)) {
          return false;
        }
        double root = Math.sqrt(diagonal);
        l[k][k] = root;
        double[] column = panel[k - k0];
        for (int i = k + 1; i < m; i++) {
          double value = l[i][k] / root;
          l[i][k] = value;
          column[i] = value;
        }
        for (int i = k + 1; i < m; i++) {
          double f = column[i];
          double[] li = l[i];
          int end = Math.min(i, k1 - 1);
          for (int j = k + 1; j <= end; j++) {
            li[j] -= f * column[j];
          }
        }
      }
      if (k1 - k0 == PANEL) {
        rankFourUpdate(l, m, k1, panel);
      } else {
        for (int p = 0; p < k1 - k0; p++) {
          rankOneUpdate(l, m, k1, panel[p]);
        }
      }
    }
    return true;
  }

  /** l[i][j] −= Σ_p c_p[i]·c_p[j] for k1 ≤ j ≤ i < m over the four panel columns c_p. */
  private static void rankFourUpdate(double[][] l, int m, int k1, double[][] c) {
    double[] c0 = c[0];
    double[] c1 = c[1];
    double[] c2 = c[2];
    double[] c3 = c[3];
    for (int i = k1; i < m; i++) {
      double f0 = c0[i];
      double f1 = c1[i];
      double f2 = c2[i];
      double f3 = c3[i];
      double[] li = l[i];
      for (int j = k1; j <= i; j++) {
        li[j] -= (f0 * c0[j] + f1 * c1[j]) + (f2 * c2[j] + f3 * c3[j]);
      }
    }
  }

  private static void rankOneUpdate(double[][] l, int m, int k1, double[] c) {
    for (int i = k1; i < m; i++) {
      double f = c[i];
      double[] li = l[i];
      for (int j = k1; j <= i; j++) {
        li[j] -= f * c[j];
      }
    }
  }
}
