package org.psro4j.solvers;

/** Small dense linear solves (Gaussian elimination with partial pivoting), O(n³). */
final class DenseLinearAlgebra {

  private DenseLinearAlgebra() {}

  /**
   * Solves {@code a·x = b}; {@code a} and {@code b} are overwritten. Returns null when a pivot is
   * below {@code singularTolerance} times the largest entry (the matrix is numerically singular).
   */
  static double[] solve(double[][] a, double[] b, double singularTolerance) {
    int n = b.length;
    double scale = 0;
    for (double[] row : a) {
      for (double v : row) {
        scale = Math.max(scale, Math.abs(v));
      }
    }
    if (scale == 0) {
      return null;
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      if (Math.abs(a[pivot][col]) <= singularTolerance * scale) {
        return null;
      }
      double[] rowSwap = a[pivot];
      a[pivot] = a[col];
      a[col] = rowSwap;
      double bSwap = b[pivot];
      b[pivot] = b[col];
      b[col] = bSwap;
      double[] pivotRow = a[col];
      for (int r = col + 1; r < n; r++) {
        double factor = a[r][col] / pivotRow[col];
        if (factor != 0) {
          double[] row = a[r];
          for (int c = col; c < n; c++) {
            row[c] -= factor * pivotRow[c];
          }
          b[r] -= factor * b[col];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int c = r + 1; c < n; c++) {
        s -= a[r][c] * x[c];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }

  /**
   * The Cholesky factor L (lower triangle, in place) of a symmetric positive definite matrix;
   * returns false when a pivot is not positive.
   */
  static boolean cholesky(double[][] a) {
    int n = a.length;
    for (int j = 0; j < n; j++) {
      double[] rowJ = a[j];
      double d = rowJ[j];
      for (int k = 0; k < j; k++) {
        d -= rowJ[k] * rowJ[k];
      }
      if (!(d > 0)) {
        return false;
      }
      d = Math.sqrt(d);
      rowJ[j] = d;
      for (int i = j + 1; i < n; i++) {
        double[] rowI = a[i];
        double s = rowI[j];
        for (int k = 0; k < j; k++) {
          s -= rowI[k] * rowJ[k];
        }
        rowI[j] = s / d;
      }
    }
    return true;
  }

  /** Solves L·Lᵀ·x = b in place with the factor of {@link #cholesky}. */
  static void choleskySolve(double[][] l, double[] b) {
    int n = b.length;
    for (int i = 0; i < n; i++) {
      double s = b[i];
      double[] row = l[i];
      for (int k = 0; k < i; k++) {
        s -= row[k] * b[k];
      }
      b[i] = s / row[i];
    }
    for (int i = n - 1; i >= 0; i--) {
      double s = b[i];
      for (int k = i + 1; k < n; k++) {
        s -= l[k][i] * b[k];
      }
      b[i] = s / l[i][i];
    }
  }
}
