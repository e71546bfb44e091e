package org.psro4j.solvers;

/**
 * In-place Cholesky factorisation of a symmetric positive definite matrix held as its lower
 * triangle in rows of growing length ({@code l[i]} has i+1 entries), right-looking and blocked
 * (Golub and Van Loan, "Matrix Computations", 4th ed., §4.2.9): a strip of 64 columns has its
 * diagonal block factored in panels of four, then the rows below it get the strip's columns each on
 * its own (a triangular solve by rows), then the trailing triangle gets the strip's rank-64 update
 * on blocks of 32 rows that stay in cache, four columns at a time, whose inner loop is an axpy over
 * a contiguous row that the JIT vectorises. Every entry receives the same operations in the same
 * order as in the unblocked panel algorithm, so the factor does not depend on the blocking; the row
 * loops below the diagonal block, which hold all but O(64²m) of the m³/6 multiply–adds, are spread
 * over the processors when large ({@link RowBlocks}), bit-identical to one thread. Static methods
 * on arrays passed in, as C2 compiles these loops best.
 */
final class LowerCholesky {

  private static final int PANEL = 4;
  private static final int STRIP = 64;
  private static final int ROWS = 32;

  private LowerCholesky() {}

  /**
   * Replaces the lower triangle {@code l} (rows 0..m−1) plus {@code ridge} on the diagonal by its
   * Cholesky factor; false, with {@code l} partly overwritten, when a pivot is not positive.
   */
  static boolean factor(double[][] l, int m, double ridge) {
    return factor(l, m, ridge, workspace(m));
  }

  /** A strip buffer for {@link #factor(double[][], int, double, double[][])} of size m. */
  static double[][] workspace(int m) {
    return new double[STRIP][m];
  }

  /**
   * The same with a caller-owned {@link #workspace}, the trailing updates spread over the
   * processors when they are large ({@link RowBlocks}: bit-identical to one thread).
   */
  static boolean factor(double[][] l, int m, double ridge, double[][] strip) {
    return factor(l, m, ridge, strip, 0);
  }

  /** The same with the row loops on exactly {@code threads} tasks (0: by their size). */
  static boolean factor(double[][] l, int m, double ridge, double[][] strip, int threads) {
    for (int s0 = 0; s0 < m; s0 += STRIP) {
      int s1 = Math.min(m, s0 + STRIP);
      // The strip's diagonal block, on this thread.
      for (int k0 = s0; k0 < s1; k0 += PANEL) {
        int k1 = Math.min(s1, k0 + PANEL);
        if (!factorPanel(l, s1, ridge, k0, k1, strip, s0)) {
          return false;
        }
        if (k1 - k0 == PANEL) {
          update(l, k1, s1, k1, s1, strip, k0 - s0);
        } else {
          for (int p = k0; p < k1; p++) {
            rankOneUpdate(l, k1, s1, k1, s1, strip[p - s0]);
          }
        }
      }
      if (s1 == m) {
        break;
      }
      // The strip's columns of the rows below it (each row on its own, the same operations in the
      // same order as column by column), then the rank-(s1 − s0) update of the trailing triangle.
      int begin = s0;
      int end = s1;
      int width = s1 - s0;
      long below = m - s1;
      RowBlocks.forEach(
          s1,
          m,
          ROWS,
          threads > 0 ? threads : RowBlocks.threadsFor(below * width * width / 2),
          (from, to) -> solveRows(l, begin, end, from, to, strip));
      RowBlocks.forEach(
          s1,
          m,
          ROWS,
          threads > 0 ? threads : RowBlocks.threadsFor(width * below * below / 2),
          (from, to) -> {
            int p = 0;
            for (; p + PANEL <= width; p += PANEL) {
              update(l, end, m, from, to, strip, p);
            }
            for (; p < width; p++) {
              rankOneUpdate(l, end, m, from, to, strip[p]);
            }
          });
    }
    return true;
  }

  /**
   * Columns s0..s1−1 of rows {@code from} ≤ i < {@code to} (all ≥ s1), whose diagonal block is
   * factored: per panel, each column divided by its pivot and applied to the panel's later columns,
   * then the panel's rank-four update of the strip's later columns; each copied into the strip.
   */
  private static void solveRows(double[][] l, int s0, int s1, int from, int to, double[][] strip) {
    for (int k0 = s0; k0 < s1; k0 += PANEL) {
      int k1 = Math.min(s1, k0 + PANEL);
      for (int i = from; i < to; i++) {
        double[] li = l[i];
        for (int k = k0; k < k1; k++) {
          double[] column = strip[k - s0];
          double value = li[k] / l[k][k];
          li[k] = value;
          column[i] = value;
          for (int j = k + 1; j < k1; j++) {
            li[j] -= value * column[j];
          }
        }
      }
      if (k1 - k0 == PANEL) {
        update(l, k1, s1, from, to, strip, k0 - s0);
      } else {
        for (int p = k0; p < k1; p++) {
          rankOneUpdate(l, k1, s1, from, to, strip[p - s0]);
        }
      }
    }
  }

  /**
   * Factors columns k0..k1−1 of rows k0..{@code rows}−1, whose earlier updates are all applied,
   * copying each column into {@code strip[k − s0]}.
   */
  private static boolean factorPanel(
      double[][] l, int rows, double ridge, int k0, int k1, double[][] strip, int s0) {
    for (int k = k0; k < k1; k++) {
      double diagonal = l[k][k] + ridge;
      if (!(diagonal > 0)) {
        return false;
      }
      double root = Math.sqrt(diagonal);
      l[k][k] = root;
      double[] column = strip[k - s0];
      for (int i = k + 1; i < rows; i++) {
        double value = l[i][k] / root;
        l[i][k] = value;
        column[i] = value;
      }
      for (int i = k + 1; i < rows; i++) {
        double f = column[i];
        double[] li = l[i];
        int end = Math.min(i, k1 - 1);
        for (int j = k + 1; j <= end; j++) {
          li[j] -= f * column[j];
        }
      }
    }
    return true;
  }

  /**
   * l[i][j] −= Σ_p c_p[i]·c_p[j] over the four columns c_p = {@code c[p0..p0+3]}, for rows {@code
   * from} ≤ i < {@code to} and columns {@code j0} ≤ j ≤ i, j < {@code j1}.
   */
  private static void update(double[][] l, int j0, int j1, int from, int to, double[][] c, int p0) {
    double[] c0 = c[p0];
    double[] c1 = c[p0 + 1];
    double[] c2 = c[p0 + 2];
    double[] c3 = c[p0 + 3];
    for (int i = from; i < to; i++) {
      double f0 = c0[i];
      double f1 = c1[i];
      double f2 = c2[i];
      double f3 = c3[i];
      double[] li = l[i];
      int end = Math.min(i + 1, j1);
      for (int j = j0; j < end; j++) {
        li[j] -= (f0 * c0[j] + f1 * c1[j]) + (f2 * c2[j] + f3 * c3[j]);
      }
    }
  }

  private static void rankOneUpdate(double[][] l, int j0, int j1, int from, int to, double[] c) {
    for (int i = from; i < to; i++) {
      double f = c[i];
      double[] li = l[i];
      int end = Math.min(i + 1, j1);
      for (int j = j0; j < end; j++) {
        li[j] -= f * c[j];
      }
    }
  }
}
