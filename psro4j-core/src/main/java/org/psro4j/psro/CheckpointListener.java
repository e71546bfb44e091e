package org.psro4j.psro;

import org.psro4j.state.DriverState;

/**
 * Receives a driver's state between iterations' ends: each time a learner saves its progress inside
 * a best response (e.g. every {@code --checkpoint-steps} steps), so that a run killed mid-way
 * resumes that learner instead of starting the iteration over. {@code RunDirectory} is one.
 */
@FunctionalInterface
public interface CheckpointListener {

  /** Called with the state: the last completed iteration plus the learners' saved states. */
  void onCheckpoint(DriverState state);
}
