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
    clip(v, lower, mass, sorted);
  }

  /**
   * As {@link #project(double[], double)}, for a caller projecting a slowly changing vector again
   * and again: {@code order} (a permutation of {@code v}'s indices, kept between calls) starts from
   * the last call's ascending order, so an insertion sort takes O(k) when few entries swapped
   * places; {@code scratch} holds k values. The sorted values are the same, so the result is bit
   * for bit that of {@link #project(double[], double)}.
   */
  static void project(double[] v, double lower, int[] order, double[] scratch) {
    int k = v.length;
    double mass = 1 - k * lower;
    if (mass < 0) {
      throw new IllegalArgumentException(
          "lower bound " + lower + " is too large for " + k + " strategies");
    }
    for (int j = 0; j < k; j++) {
      scratch[j] = v[order[j]] - lower;
    }
    for (int j = 1; j < k; j++) {
      double value = scratch[j];
      int index = order[j];
      int i = j - 1;
      while (i >= 0 && scratch[i] > value) {
        scratch[i + 1] = scratch[i];
        order[i + 1] = order[i];
        i--;
      }
      scratch[i + 1] = value;
      order[i + 1] = index;
    }
    clip(v, lower, mass, scratch);
  }

  /** Subtracts the threshold found from the ascending {@code sorted} values and clips at lower. */
  private static void clip(double[] v, double lower, double mass, double[] sorted) {
    int k = v.length;
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
