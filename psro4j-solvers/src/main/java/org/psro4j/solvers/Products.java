package org.psro4j.solvers;

/** Dense matrix–vector products on row-major {@code double[][]} matrices. */
final class Products {

  private Products() {}

  /** A·y. */
  static double[] times(double[][] a, double[] y) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = NormalEquations.dot(a[i], y, y.length);
    }
    return out;
  }

  /** Aᵀ·x. */
  static double[] transposeTimes(double[][] a, double[] x) {
    double[] out = new double[a[0].length];
    for (int i = 0; i < a.length; i++) {
      double xi = x[i];
      if (xi != 0) {
        double[] ai = a[i];
        for (int j = 0; j < out.length; j++) {
          out[j] += xi * ai[j];
        }
      }
    }
    return out;
  }
}
