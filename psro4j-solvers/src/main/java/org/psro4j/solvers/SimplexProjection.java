package org.psro4j.solvers;

import java.util.Arrays;

/**
 * Exact Euclidean projection onto the simplex {x ≥ lower, Σx = total} by sorting (Held, Wolfe and
 * Crowder 1974; Duchi et al. 2008), O(k log k).
 */
final class SimplexProjection {

  private SimplexProjection() {}

  /** Projects {@code v} onto {x ≥ lower, Σx = 1} in place; requires k·lower ≤ 1. */
  static void project(double[] v, double lower) {
    int k = v.length;
    double mass = 1 - k * lower;
    if (mass < 0) {
      throw new IllegalArgumentException(
          "lower bound " + lower + " is too large for " + k + " strategies");
    }
    double[] sorted = new double[k];
    for (int i = 0; i < k; i++) {
      sorted[i] = v[i] - lower;
    }
    Arrays.sort(sorted);
    double cumulative = 0;
    double threshold = 0;
    for (int i = k - 1; i >= 0; i--) {
      cumulative += sorted[i];
      double candidate = (cumulative - mass) / (k - i);
      if (i == 0 || candidate >= sorted[i - 1]) {
        threshold = candidate;
        break;
      }
    }
    for (int i = 0; i < k; i++) {
      v[i] = lower + Math.max(0, v[i] - lower - threshold);
    }
  }
}
