package org.psro4j.rl.nn;

import java.util.random.RandomGenerator;

/**
 * The action distribution of soft actor-critic (Haarnoja et al., "Soft Actor-Critic", ICML 2018,
 * appendix C): a diagonal Gaussian over {@code u} whose sample is squashed by {@code tanh} and then
 * mapped affinely from {@code [-1,1]} onto the unit box, {@code a = (tanh(u) + 1) / 2}. A network
 * row holds the {@code d} means, then the {@code d} log standard deviations, which are clipped to
 * {@code [LOG_STD_MIN, LOG_STD_MAX]}. Log-densities are those of {@code a} in {@code [0,1]^d}.
 */
public final class SquashedGaussian {

  /** Smallest log standard deviation. */
  public static final float LOG_STD_MIN = -5f;

  /** Largest log standard deviation. */
  public static final float LOG_STD_MAX = 2f;

  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
  private static final double LOG_TWO = Math.log(2);

  private SquashedGaussian() {}

  /** A log standard deviation clipped to the allowed range. */
  public static double clipLogStd(double logStd) {
    return Math.min(LOG_STD_MAX, Math.max(LOG_STD_MIN, logStd));
  }

  /**
   * Draws one action from row {@code row} of {@code outputs} ({@code 2d} values per row), writes it
   * to {@code actions} from {@code offset}, and returns its log-density.
   */
  public static double sample(
      float[] outputs, int row, int d, RandomGenerator random, float[] actions, int offset) {
    int base = row * 2 * d;
    double logProb = 0;
    for (int i = 0; i < d; i++) {
      double logStd = clipLogStd(outputs[base + d + i]);
      double eps = random.nextGaussian();
      double u = outputs[base + i] + Math.exp(logStd) * eps;
      actions[offset + i] = (float) unitBox(u);
      logProb += -0.5 * eps * eps - logStd - HALF_LOG_TWO_PI - logTanhJacobian(u) + LOG_TWO;
    }
    return logProb;
  }

  /** The deterministic action of row {@code row}: the squashed mean. */
  public static void mean(float[] outputs, int row, int d, float[] actions, int offset) {
    int base = row * 2 * d;
    for (int i = 0; i < d; i++) {
      actions[offset + i] = (float) unitBox(outputs[base + i]);
    }
  }

  /** {@code (tanh(u) + 1) / 2}, clamped into {@code [0,1]} against rounding. */
  public static double unitBox(double u) {
    return Math.min(1.0, Math.max(0.0, 0.5 * (Math.tanh(u) + 1)));
  }

  /**
   * {@code log(1 - tanh(u)^2)} in the stable form {@code 2 (log 2 - u - softplus(-2u))}, which
   * stays finite where {@code tanh(u)} rounds to ±1.
   */
  static double logTanhJacobian(double u) {
    double x = -2 * u;
    double softplus = x > 30 ? x : Math.log1p(Math.exp(x));
    return 2 * (LOG_TWO - u - softplus);
  }
}
