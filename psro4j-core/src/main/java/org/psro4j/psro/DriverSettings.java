package org.psro4j.psro;

/**
 * Loop settings shared by the drivers.
 *
 * @param iterations the iteration budget (rounds of best responses)
 * @param epsilon stop once the stopping gap is at most this (0 disables)
 * @param patience stop after this many iterations without a new best gap (0 disables)
 * @param seed the run's root seed
 * @param threads threads for payoff evaluation and per-player best responses
 * @param exactGap whether to compute the exact full-game gap each iteration
 * @param checkpointSteps save a learning oracle's session every this many training steps inside a
 *     best response, so a killed run resumes it mid-way (0: off; oracles that do not learn ignore
 *     it)
 */
public record DriverSettings(
    int iterations,
    double epsilon,
    int patience,
    long seed,
    int threads,
    boolean exactGap,
    long checkpointSteps) {

  /** Settings without checkpoints inside best responses. */
  public DriverSettings(
      int iterations, double epsilon, int patience, long seed, int threads, boolean exactGap) {
    this(iterations, epsilon, patience, seed, threads, exactGap, 0);
  }

  public DriverSettings {
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations=" + iterations + " must be non-negative");
    }
    if (!(epsilon >= 0)) {
      throw new IllegalArgumentException("epsilon=" + epsilon + " must be non-negative");
    }
    if (patience < 0) {
      throw new IllegalArgumentException("patience=" + patience + " must be non-negative");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads=" + threads + " must be at least 1");
    }
    if (checkpointSteps < 0) {
      throw new IllegalArgumentException(
          "checkpoint_steps=" + checkpointSteps + " must be non-negative");
    }
  }
}
