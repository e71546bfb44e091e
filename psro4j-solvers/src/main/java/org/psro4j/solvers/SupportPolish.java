package org.psro4j.solvers;

/**
 * Refines an approximate bimatrix equilibrium whose two supports have equal size by solving the
 * indifference equations exactly (the support-enumeration step of Porter, Nudelman and Shoham
 * 2008): y makes the row player indifferent on supp(x), x makes the column player indifferent on
 * supp(y). O(s³) for support size s.
 */
final class SupportPolish {

  private static final double SUPPORT_THRESHOLD = 1e-12;

  private SupportPolish() {}

  /** The polished {x, y}, or null when the supports differ in size or the system is singular. */
  static double[][] polish(double[][] a, double[][] b, double[][] xy) {
    int[] rows = support(xy[0]);
    int[] columns = support(xy[1]);
    if (rows.length != columns.length) {
      return null;
    }
    double[] ySupport = indifferent(a, rows, columns, false);
    double[] xSupport = indifferent(b, columns, rows, true);
    if (ySupport == null || xSupport == null) {
      return null;
    }
    double[] x = new double[a.length];
    double[] y = new double[a[0].length];
    for (int s = 0; s < rows.length; s++) {
      x[rows[s]] = xSupport[s];
      y[columns[s]] = ySupport[s];
    }
    return new double[][] {x, y};
  }

  /**
   * Mixture over {@code mixed} that makes every strategy in {@code indifferentSet} of the other
   * player equally good, with payoffs {@code u[row][column]} (transposed when {@code transposed}).
   */
  private static double[] indifferent(
      double[][] u, int[] indifferentSet, int[] mixed, boolean transposed) {
    int s = mixed.length;
    double[][] system = new double[s + 1][s + 1];
    double[] rhs = new double[s + 1];
    for (int e = 0; e < s; e++) {
      for (int k = 0; k < s; k++) {
        system[e][k] = transposed ? u[mixed[k]][indifferentSet[e]] : u[indifferentSet[e]][mixed[k]];
      }
      system[e][s] = -1;
    }
    for (int k = 0; k < s; k++) {
      system[s][k] = 1;
    }
    rhs[s] = 1;
    double[] solution = DenseLinearAlgebra.solve(system, rhs, 1e-14);
    if (solution == null) {
      return null;
    }
    double[] weights = new double[s];
    for (int k = 0; k < s; k++) {
      if (solution[k] < -1e-9) {
        return null;
      }
      weights[k] = Math.max(0, solution[k]);
    }
    return weights;
  }

  private static int[] support(double[] v) {
    return java.util.stream.IntStream.range(0, v.length)
        .filter(i -> v[i] > SUPPORT_THRESHOLD)
        .toArray();
  }
}
