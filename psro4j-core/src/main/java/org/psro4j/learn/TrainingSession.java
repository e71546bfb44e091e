package org.psro4j.learn;

import org.psro4j.policy.Policy;
import org.psro4j.psro.Opponents;

/**
 * A learning best response in progress (the RLlib learner contract: train, get and set state):
 * started from a {@link org.psro4j.psro.BestResponseTask} by a {@link LearningOracle}, trained in
 * pieces, asked for a policy at any time, and saved and restored whole. On one thread, training
 * {@code k} steps, saving, restoring into a fresh session of the same task and training {@code m}
 * more gives bit for bit what training {@code k + m} steps straight gives. Not thread-safe; close
 * it to free its networks.
 */
public interface TrainingSession extends AutoCloseable {

  /** The oracle kind that made this session, e.g. {@code ppo}; saved states carry it. */
  String kind();

  /**
   * Raises the session's step target by {@code steps} and trains until the environment steps used
   * reach it. Collections finish their episodes, so the steps used may overshoot the target; the
   * target (not the steps used) accumulates, so training in pieces equals training at once.
   */
  TrainingProgress train(long steps);

  /** The progress so far, without training. */
  TrainingProgress progress();

  /** Trains from now on against {@code opponents} (same learning player). */
  void retarget(Opponents opponents);

  /** The current policy, as an independent copy that later training does not change. */
  Policy snapshot();

  /**
   * The session's whole state: networks, optimiser moments, target networks, temperature, step
   * counters, random state, and the replay buffer when {@code includeReplay} (without it a restored
   * session refills its buffer and no longer replays the uninterrupted run exactly).
   */
  SessionState saveState(boolean includeReplay);

  /** {@link #saveState(boolean)} with the replay buffer. */
  default SessionState saveState() {
    return saveState(true);
  }

  /**
   * Replaces this session's state with {@code state}, saved by a session of the same kind, game,
   * player and settings; fails with a message naming the mismatch otherwise.
   */
  void restoreState(SessionState state);

  @Override
  void close();
}
