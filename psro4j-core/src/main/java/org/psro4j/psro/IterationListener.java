package org.psro4j.psro;

/** Receives each {@link IterationResult} as a driver emits it (progress, metrics, checkpoints). */
@FunctionalInterface
public interface IterationListener {

  /**
   * Called after iteration {@code result.iteration()} completed; {@code driver.state()} is the
   * state after it.
   */
  void onIteration(IterationResult result, Driver driver);
}
