package org.psro4j.cli.run;

/**
 * How a run counts on its progress bar: iterations 1 to the budget (iteration 0, which only
 * evaluates the initial population, counts as nothing done), so {@code --iterations 60} shows
 * {@code 60/60} at the end.
 */
public final class RunProgress {

  private RunProgress() {}

  /** The bar's total for a budget of {@code iterations} (at least 1, as a bar needs). */
  public static int total(int iterations) {
    return Math.max(1, iterations);
  }

  /** Units done after {@code iteration} completed (-1 before iteration 0). */
  public static int done(int iteration) {
    return Math.max(0, iteration);
  }
}
