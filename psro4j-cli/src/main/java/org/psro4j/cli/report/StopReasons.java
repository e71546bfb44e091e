package org.psro4j.cli.report;

import org.psro4j.psro.PopulationDriver;

/** Says in words which stopping rule ended a run (see {@link PopulationDriver#stopReason()}). */
public final class StopReasons {

  private StopReasons() {}

  /** One line for the terminal, e.g. "stopped at iteration 13 of 20: ...". */
  public static String describe(PopulationDriver driver) {
    return "stopped at iteration "
        + driver.iteration()
        + " of "
        + driver.settings().iterations()
        + ": "
        + explain(driver.stopReason());
  }

  /** The meaning of a stopping rule's name, as events.jsonl and state.json record it. */
  public static String explain(String reason) {
    if (reason == null) {
      return "not stopped (the run can continue)";
    }
    return switch (reason) {
      case "converged" ->
          "converged: the best responses added no new policy, so further iterations would not"
              + " change the meta-strategy";
      case "epsilon" -> "the gap reached --epsilon";
      case "patience" -> "--patience iterations passed without a better gap";
      case "iterations" -> "the iteration budget used up";
      case "levels" -> "every player fixed its --iterations levels (Pipeline PSRO)";
      case "episodes" -> "the --episode-budget used up (Pipeline PSRO)";
      default -> reason;
    };
  }
}
