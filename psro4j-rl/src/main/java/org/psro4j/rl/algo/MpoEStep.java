package org.psro4j.rl.algo;

/**
 * MPO's non-parametric E-step for discrete actions (Abdolmaleki et al., "Maximum a Posteriori
 * Policy Optimisation", ICLR 2018): {@code q(a|s) ∝ π_old(a|s) exp(Q(s,a)/η)} over the legal
 * actions, with the temperature η minimising the convex dual {@code g(η) = ηε + η mean_s log Σ_a
 * π_old(a|s) exp(Q(s,a)/η)}, found by golden-section search on log η.
 */
final class MpoEStep {

  private MpoEStep() {}

  /**
   * The improved policy, row by row over {@code numActions} (zero on illegal actions).
   *
   * @param oldProbabilities π_old, row-major, zero on illegal actions
   * @param q Q(s, ·), row-major
   * @param masks legal masks, row-major
   * @param rows number of states
   * @param numActions actions per row
   * @param epsilon the KL bound ε
   */
  static float[] improvedPolicy(
      float[] oldProbabilities,
      float[] q,
      float[] masks,
      int rows,
      int numActions,
      double epsilon) {
    double lo = Math.log(1e-4);
    double hi = Math.log(1e3);
    double phi = (Math.sqrt(5) - 1) / 2;
    double a = hi - phi * (hi - lo);
    double b = lo + phi * (hi - lo);
    double ga = dual(Math.exp(a), oldProbabilities, q, masks, rows, numActions, epsilon);
    double gb = dual(Math.exp(b), oldProbabilities, q, masks, rows, numActions, epsilon);
    for (int it = 0; it < 60; it++) {
      if (ga < gb) {
        hi = b;
        b = a;
        gb = ga;
        a = hi - phi * (hi - lo);
        ga = dual(Math.exp(a), oldProbabilities, q, masks, rows, numActions, epsilon);
      } else {
        lo = a;
        a = b;
        ga = gb;
        b = lo + phi * (hi - lo);
        gb = dual(Math.exp(b), oldProbabilities, q, masks, rows, numActions, epsilon);
      }
    }
    double eta = Math.exp((lo + hi) / 2);
    float[] out = new float[rows * numActions];
    for (int r = 0; r < rows; r++) {
      int o = r * numActions;
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < numActions; k++) {
        if (masks[o + k] > 0) {
          max = Math.max(max, q[o + k] / eta);
        }
      }
      double sum = 0;
      for (int k = 0; k < numActions; k++) {
        if (masks[o + k] > 0) {
          double w = oldProbabilities[o + k] * Math.exp(q[o + k] / eta - max);
          out[o + k] = (float) w;
          sum += w;
        }
      }
      for (int k = 0; k < numActions; k++) {
        out[o + k] = sum > 0 ? (float) (out[o + k] / sum) : 0f;
      }
    }
    return out;
  }

  /** The dual {@code g(η)}, computed with a max shift for stability. */
  static double dual(
      double eta,
      float[] oldProbabilities,
      float[] q,
      float[] masks,
      int rows,
      int numActions,
      double epsilon) {
    double total = 0;
    for (int r = 0; r < rows; r++) {
      int o = r * numActions;
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < numActions; k++) {
        if (masks[o + k] > 0) {
          max = Math.max(max, q[o + k] / eta);
        }
      }
      double sum = 0;
      for (int k = 0; k < numActions; k++) {
        if (masks[o + k] > 0) {
          sum += oldProbabilities[o + k] * Math.exp(q[o + k] / eta - max);
        }
      }
      total += max + Math.log(Math.max(sum, 1e-300));
    }
    return eta * epsilon + eta * total / Math.max(1, rows);
  }
}
