package org.psro4j.solvers;

/**
 * The minimum-norm solution of a consistent linear system C·x = d whose rows may be linearly
 * dependent (duplicate or payoff-equivalent constraints): Householder QR with column pivoting of Cᵀ
 * (Businger and Golub 1965), CᵀP = QR with numerical rank k, then x = Q₁·R₁₁⁻ᵀ·(Pᵀd)₁. The result
 * is unique however the dependent rows are resolved, and the procedure is deterministic, so equal
 * inputs give equal bits. O(n·r·k) for C of r rows and n columns.
 */
final class MinimumNormSolver {

  /**
   * A solution, how well it satisfies the rows left out as dependent, and multipliers w with Cᵀw =
   * x (zero on the dependent rows).
   */
  record Solution(double[] x, int rank, double residual, double[] multipliers) {}

  private MinimumNormSolver() {}

  /**
   * Solves {@code c·x = d} for the x of least Euclidean norm ({@code c} is r×n, left intact). Rows
   * whose pivoted remainder is below {@code rankTolerance} times the largest row norm count as
   * dependent; {@link Solution#residual()} is the largest |c·x − d| over every row.
   */
  static Solution solve(double[][] c, double[] d, double rankTolerance) {
    int r = c.length;
    int n = r == 0 ? 0 : c[0].length;
    // b holds Cᵀ column by column: b[j] is row j of C, of length n.
    double[][] b = new double[r][];
    for (int j = 0; j < r; j++) {
      b[j] = c[j].clone();
    }
    int[] perm = new int[r];
    for (int j = 0; j < r; j++) {
      perm[j] = j;
    }
    double largest = 0;
    for (double[] row : b) {
      largest = Math.max(largest, norm(row, 0));
    }
    double[] beta = new double[r];
    double[] diagonal = new double[r];
    int rank = 0;
    int steps = Math.min(r, n);
    for (int k = 0; k < steps; k++) {
      int pivot = -1;
      double best = -1;
      for (int j = k; j < r; j++) {
        double norm = norm(b[j], k);
        if (norm > best) {
          best = norm;
          pivot = j;
        }
      }
      if (largest == 0 || best <= rankTolerance * largest) {
        break;
      }
      double[] swap = b[pivot];
      b[pivot] = b[k];
      b[k] = swap;
      int p = perm[pivot];
      perm[pivot] = perm[k];
      perm[k] = p;
      double[] v = b[k];
      double alpha = v[k] > 0 ? -best : best;
      v[k] -= alpha;
      double vNormSquared = 0;
      for (int i = k; i < n; i++) {
        vNormSquared += v[i] * v[i];
      }
      beta[k] = vNormSquared == 0 ? 0 : 2 / vNormSquared;
      diagonal[k] = alpha;
      for (int j = k + 1; j < r; j++) {
        double[] w = b[j];
        double dot = 0;
        for (int i = k; i < n; i++) {
          dot += v[i] * w[i];
        }
        dot *= beta[k];
        for (int i = k; i < n; i++) {
          w[i] -= dot * v[i];
        }
      }
      rank = k + 1;
    }
    // Rᵀy = Pᵀd on the first `rank` rows: R[s][t] = b[t][s] for s < t, diagonal[t] for s = t.
    double[] y = new double[n];
    for (int t = 0; t < rank; t++) {
      double s = d[perm[t]];
      for (int q = 0; q < t; q++) {
        s -= b[t][q] * y[q];
      }
      y[t] = s / diagonal[t];
    }
    // Multipliers: R₁₁·(Pᵀw)₁ = y₁, so that Cᵀw = Q₁y₁ = x.
    double[] u = new double[rank];
    for (int t = rank - 1; t >= 0; t--) {
      double s = y[t];
      for (int q = t + 1; q < rank; q++) {
        s -= b[q][t] * u[q];
      }
      u[t] = s / diagonal[t];
    }
    double[] w = new double[r];
    for (int t = 0; t < rank; t++) {
      w[perm[t]] = u[t];
    }
    // x = H_0 ⋯ H_{rank−1} y.
    for (int k = rank - 1; k >= 0; k--) {
      double[] v = b[k];
      double dot = 0;
      for (int i = k; i < n; i++) {
        dot += v[i] * y[i];
      }
      dot *= beta[k];
      for (int i = k; i < n; i++) {
        y[i] -= dot * v[i];
      }
    }
    double residual = 0;
    for (int j = 0; j < r; j++) {
      double s = -d[j];
      for (int i = 0; i < n; i++) {
        s += c[j][i] * y[i];
      }
      residual = Math.max(residual, Math.abs(s));
    }
    return new Solution(y, rank, residual, w);
  }

  private static double norm(double[] v, int from) {
    double scale = 0;
    for (int i = from; i < v.length; i++) {
      scale = Math.max(scale, Math.abs(v[i]));
    }
    if (scale == 0) {
      return 0;
    }
    double s = 0;
    for (int i = from; i < v.length; i++) {
      double t = v[i] / scale;
      s += t * t;
    }
    return scale * Math.sqrt(s);
  }
}
