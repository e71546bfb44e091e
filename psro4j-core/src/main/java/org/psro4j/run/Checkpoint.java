package org.psro4j.run;

import java.util.List;
import org.psro4j.state.DriverState;

/**
 * A run's saved state as {@code checkpoint/state.json} holds it, with where each policy lives.
 *
 * @param state the driver state to continue from
 * @param policyFiles each player's policy file per slot, relative to the run directory
 * @param version the format version the checkpoint was written in (1 or {@link
 *     RunDirectory#VERSION})
 */
public record Checkpoint(DriverState state, List<List<String>> policyFiles, int version) {

  /** The last completed iteration. */
  public int iteration() {
    return state.iteration();
  }
}
