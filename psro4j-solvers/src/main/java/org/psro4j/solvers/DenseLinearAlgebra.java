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
}
