package org.psro4j.cli.compare;

import java.util.List;

/**
 * Puts several runs' curves on one x grid and summarises them: mean and standard error across runs
 * at each grid point, each run's value being its last one at or before that point (a run's gap
 * holds until its next iteration).
 */
final class Curves {

  private Curves() {}

  /** Mean, standard error (0 for one run) and the grid. */
  record Band(double[] x, double[] mean, double[] standardError) {}

  /**
   * The band of {@code ys} (one array per run, aligned with its {@code xs}) on {@code points} grid
   * points from the smallest first x to the smallest last x, so every run covers the grid.
   */
  static Band band(List<double[]> xs, List<double[]> ys, int points) {
    double start = Double.NEGATIVE_INFINITY;
    double end = Double.POSITIVE_INFINITY;
    for (double[] x : xs) {
      start = Math.max(start, x[0]);
      end = Math.min(end, x[x.length - 1]);
    }
    int n = end > start ? points : 1;
    double[] grid = new double[n];
    for (int g = 0; g < n; g++) {
      grid[g] = n == 1 ? start : start + (end - start) * g / (n - 1);
    }
    return on(grid, xs, ys);
  }

  /** The band on the integers from the largest first x to the smallest last x (iterations). */
  static Band integerBand(List<double[]> xs, List<double[]> ys) {
    double start = Double.NEGATIVE_INFINITY;
    double end = Double.POSITIVE_INFINITY;
    for (double[] x : xs) {
      start = Math.max(start, x[0]);
      end = Math.min(end, x[x.length - 1]);
    }
    int from = (int) Math.ceil(start);
    int to = (int) Math.max(from, Math.floor(end));
    double[] grid = new double[to - from + 1];
    for (int g = 0; g < grid.length; g++) {
      grid[g] = from + g;
    }
    return on(grid, xs, ys);
  }

  /** The band on a given grid. */
  static Band on(double[] grid, List<double[]> xs, List<double[]> ys) {
    int runs = xs.size();
    double[] mean = new double[grid.length];
    double[] se = new double[grid.length];
    for (int g = 0; g < grid.length; g++) {
      double sum = 0;
      double sumSq = 0;
      int count = 0;
      for (int r = 0; r < runs; r++) {
        double v = valueAt(xs.get(r), ys.get(r), grid[g]);
        if (Double.isFinite(v)) {
          sum += v;
          sumSq += v * v;
          count++;
        }
      }
      mean[g] = count == 0 ? Double.NaN : sum / count;
      double variance = count > 1 ? (sumSq - sum * sum / count) / (count - 1) : 0;
      se[g] = count > 1 ? Math.sqrt(Math.max(0, variance) / count) : 0;
    }
    return new Band(grid, mean, se);
  }

  /** The last finite y whose x is at most {@code t}, or NaN. */
  static double valueAt(double[] x, double[] y, double t) {
    double v = Double.NaN;
    for (int i = 0; i < x.length && x[i] <= t + 1e-9 * Math.max(1, Math.abs(t)); i++) {
      if (Double.isFinite(y[i])) {
        v = y[i];
      }
    }
    return v;
  }
}
