package org.psro4j.cfr;

/** Told after each iteration of {@link Cfr#run(int, CfrListener)}; e.g. drives a progress bar. */
@FunctionalInterface
public interface CfrListener {

  /**
   * Called after each iteration.
   *
   * @param solver the solver, whose {@link Cfr#iterations()} counts all iterations so far
   * @param done iterations finished in this call to {@code run}
   * @param total iterations requested in this call to {@code run}
   */
  void afterIteration(Cfr solver, int done, int total);
}
