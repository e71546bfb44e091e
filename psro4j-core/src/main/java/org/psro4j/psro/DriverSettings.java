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
 */
public record DriverSettings(
    int iterations, double epsilon, int patience, long seed, int threads, boolean exactGap) {

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
  }
}
