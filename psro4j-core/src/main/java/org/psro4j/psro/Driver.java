package org.psro4j.psro;

import java.util.ArrayList;
import java.util.List;
import org.psro4j.game.Game;
import org.psro4j.state.DriverState;

/**
 * The whole loop of one population-based algorithm (PSRO, JPSRO, and later NeuPL or Pipeline PSRO),
 * stepped one iteration at a time. Its state is one value: {@link #state()} gives it out at any
 * point between steps, and {@link #restore} continues from it, so a run stopped and restored ends
 * exactly as the uninterrupted run.
 */
public interface Driver {

  /** Runs one iteration (iteration 0 evaluates and solves the initial population). */
  IterationResult step();

  /** Whether a stopping rule has fired (budget, epsilon, patience, no new policy). */
  boolean finished();

  /** The run's state after the last completed step. */
  DriverState state();

  /**
   * Which stopping rule ended the run ({@code converged}, {@code epsilon}, {@code patience}, {@code
   * iterations}), or null while it goes on.
   */
  String stopReason();

  /** Continues from {@code state} (taken from this kind of driver with the same settings). */
  void restore(DriverState state);

  /** The game. */
  Game game();

  /** The name of the exact gap this driver measures: nash_conv, cce_gap or ce_gap. */
  String gapName();

  /** Adds a listener that sees every iteration from now on. */
  void addListener(IterationListener listener);

  /** Steps until a stopping rule fires; returns the results of the iterations it ran. */
  default List<IterationResult> run() {
    List<IterationResult> out = new ArrayList<>();
    while (!finished()) {
      out.add(step());
    }
    return out;
  }
}
