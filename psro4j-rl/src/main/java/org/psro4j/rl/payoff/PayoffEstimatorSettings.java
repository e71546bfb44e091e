package org.psro4j.rl.payoff;

import java.util.Arrays;

/**
 * Settings of the payoff estimator ψ (see {@link PayoffEstimator}): embedding size d per player,
 * hidden layer widths, Adam's learning rate, full-batch training steps per fit, the share of
 * measured entries held out to measure ψ's error, and the initialisation seed.
 *
 * @param embeddingSize columns of each player's embedding, 1..256
 * @param hidden hidden layer widths (each at least 1)
 * @param learningRate Adam's step size, in (0, 1)
 * @param steps full-batch Adam steps per fit (at least 1)
 * @param holdout share of measured entries never trained on, in [0, 0.9]
 * @param seed the seed of the initial weights and embeddings
 */
public record PayoffEstimatorSettings(
    int embeddingSize, int[] hidden, double learningRate, int steps, double holdout, long seed) {

  /** Defaults: d = 16, two hidden layers of 64, lr 3e-3, 300 steps per fit, 20% held out. */
  public static PayoffEstimatorSettings defaults(long seed) {
    return new PayoffEstimatorSettings(16, new int[] {64, 64}, 3e-3, 300, 0.2, seed);
  }

  public PayoffEstimatorSettings {
    if (embeddingSize < 1 || embeddingSize > 256) {
      throw new IllegalArgumentException("embedding size " + embeddingSize + " must be in 1..256");
    }
    if (hidden.length == 0 || Arrays.stream(hidden).anyMatch(h -> h < 1)) {
      throw new IllegalArgumentException(
          "hidden sizes " + Arrays.toString(hidden) + " must be one or more positive widths");
    }
    hidden = hidden.clone();
    if (!(learningRate > 0 && learningRate < 1)) {
      throw new IllegalArgumentException("learning rate " + learningRate + " must be in (0, 1)");
    }
    if (steps < 1) {
      throw new IllegalArgumentException("steps " + steps + " must be at least 1");
    }
    if (!(holdout >= 0 && holdout <= 0.9)) {
      throw new IllegalArgumentException("holdout " + holdout + " must be in [0, 0.9]");
    }
  }

  @Override
  public int[] hidden() {
    return hidden.clone();
  }
}
