package org.psro4j.rl.algo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Activation;
import java.util.SplittableRandom;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.Scalars;
import org.psro4j.rl.nn.SquashedGaussian;

/**
 * The squashed-Gaussian actor's pieces shared by {@link SacOracle} and {@link CrossQOracle}: the
 * reparameterised, differentiable sample and its log-density (Haarnoja et al. 2018, eq. 21 and
 * appendix C), no-gradient samples for targets, and the critic's input layout {@code [s, 2a − 1]}
 * (the action back in {@code [-1,1]}, the tanh range).
 */
final class SquashedGaussianHead {

  private static final float HALF_LOG_TWO_PI = (float) (0.5 * Math.log(2 * Math.PI));
  private static final float LOG_TWO = (float) Math.log(2);

  private SquashedGaussianHead() {}

  /**
   * A differentiable sample from actor outputs {@code [n, 2d]} with standard normal noise {@code
   * eps [n, d]}: returns the squashed action {@code tanh(u) [n, d]} in {@code [-1,1]} and the
   * log-density {@code [n]} of the unit-box action {@code (tanh(u) + 1) / 2}.
   */
  static NDArray[] reparameterised(NDArray outputs, NDArray eps, int d) {
    NDArray mean = outputs.get(new NDIndex(":, 0:" + d));
    NDArray logStd =
        outputs
            .get(new NDIndex(":, " + d + ":"))
            .clip(SquashedGaussian.LOG_STD_MIN, SquashedGaussian.LOG_STD_MAX);
    NDArray u = mean.add(logStd.exp().mul(eps));
    NDArray squashed = u.tanh();
    // log(1 - tanh(u)^2) = 2 (log 2 - u - softplus(-2u)), finite where tanh rounds to ±1.
    NDArray logJacobian =
        Scalars.times(u.add(Activation.softPlus(Scalars.times(u, -2))).neg().add(LOG_TWO), 2);
    NDArray logProb =
        Scalars.times(eps.square(), -0.5)
            .sub(logStd)
            .sub(HALF_LOG_TWO_PI)
            .sub(logJacobian)
            .add(LOG_TWO)
            .sum(new int[] {1});
    return new NDArray[] {squashed, logProb};
  }

  /** Standard normal noise for {@code n x d} entries. */
  static float[] noise(int n, int d, SplittableRandom random) {
    float[] eps = new float[n * d];
    for (int i = 0; i < eps.length; i++) {
      eps[i] = (float) random.nextGaussian();
    }
    return eps;
  }

  /**
   * Samples without gradients: unit-box actions of {@code actor} at {@code observations} into
   * {@code actions}, returning their log-densities.
   */
  static float[] sample(
      MlpNetwork actor, float[] observations, int n, int d, SplittableRandom random, float[] out) {
    float[] outputs = actor.predict(observations, n);
    float[] logProbs = new float[n];
    for (int r = 0; r < n; r++) {
      logProbs[r] = (float) SquashedGaussian.sample(outputs, r, d, random, out, r * d);
    }
    return logProbs;
  }

  /** Critic inputs: row {@code r} is observation {@code r} then {@code 2a − 1} for its action. */
  static float[] criticInput(float[] observations, float[] unitActions, int n, int obsSize, int d) {
    int width = obsSize + d;
    float[] x = new float[n * width];
    for (int r = 0; r < n; r++) {
      System.arraycopy(observations, r * obsSize, x, r * width, obsSize);
      for (int i = 0; i < d; i++) {
        x[r * width + obsSize + i] = 2f * unitActions[r * d + i] - 1f;
      }
    }
    return x;
  }
}
