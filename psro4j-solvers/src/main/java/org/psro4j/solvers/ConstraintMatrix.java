package org.psro4j.solvers;

import java.util.Arrays;

/**
 * A constraint matrix A of a polytope {σ ∈ Δ : Aσ ≤ b} stored by columns (one column per simplex
 * coordinate, only its non-zero rows), the shape every max-Gini and max-entropy programme here
 * reads: the deviation gains of a (coarse) correlated equilibrium ({@link DeviationConstraints}) or
 * any dense matrix ({@link #ofDense}).
 */
class ConstraintMatrix {

  final int rows;
  final int columns;
  final int[][] columnRows;
  final double[][] columnValues;

  ConstraintMatrix(int rows, int[][] columnRows, double[][] columnValues) {
    this.rows = rows;
    this.columns = columnRows.length;
    this.columnRows = columnRows;
    this.columnValues = columnValues;
  }

  /** The matrix with entries {@code dense[row][column]}, zeros left out. */
  static ConstraintMatrix ofDense(double[][] dense) {
    int rows = dense.length;
    int columns = dense[0].length;
    int[][] r = new int[columns][];
    double[][] v = new double[columns][];
    for (int c = 0; c < columns; c++) {
      int n = 0;
      for (double[] row : dense) {
        n += row[c] != 0 ? 1 : 0;
      }
      r[c] = new int[n];
      v[c] = new double[n];
      for (int i = 0, t = 0; i < rows; i++) {
        if (dense[i][c] != 0) {
          r[c][t] = i;
          v[c][t++] = dense[i][c];
        }
      }
    }
    return new ConstraintMatrix(rows, r, v);
  }

  /** A·σ. */
  final double[] times(double[] sigma) {
    double[] out = new double[rows];
    for (int a = 0; a < columns; a++) {
      double w = sigma[a];
      if (w != 0) {
        int[] r = columnRows[a];
        double[] v = columnValues[a];
        for (int i = 0; i < r.length; i++) {
          out[r[i]] += w * v[i];
        }
      }
    }
    return out;
  }

  /** Aᵀ·λ. */
  final double[] transposeTimes(double[] lambda) {
    double[] out = new double[columns];
    for (int a = 0; a < columns; a++) {
      int[] r = columnRows[a];
      double[] v = columnValues[a];
      double s = 0;
      for (int i = 0; i < r.length; i++) {
        s += v[i] * lambda[r[i]];
      }
      out[a] = s;
    }
    return out;
  }

  /** Column {@code c} as a dense vector over the given row positions (−1: row left out). */
  final void column(int c, int[] position, double[] out) {
    Arrays.fill(out, 0);
    int[] r = columnRows[c];
    double[] v = columnValues[c];
    for (int t = 0; t < r.length; t++) {
      int pos = position[r[t]];
      if (pos >= 0) {
        out[pos] = v[t];
      }
    }
  }

  /** An upper estimate of ‖A‖₂² by power iteration on AᵀA (30 steps, 10% margin). */
  final double spectralNormSquared() {
    double[] x = new double[columns];
    Arrays.fill(x, 1 / Math.sqrt(Math.max(1, columns)));
    double estimate = 0;
    for (int it = 0; it < 30; it++) {
      double[] y = transposeTimes(times(x));
      double norm = 0;
      for (double v : y) {
        norm += v * v;
      }
      norm = Math.sqrt(norm);
      if (norm == 0) {
        return 0;
      }
      estimate = norm;
      for (int a = 0; a < columns; a++) {
        x[a] = y[a] / norm;
      }
    }
    return 1.1 * estimate;
  }
}
