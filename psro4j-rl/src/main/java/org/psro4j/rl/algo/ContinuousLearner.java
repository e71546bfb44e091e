package org.psro4j.rl.algo;

import java.util.SplittableRandom;
import org.psro4j.rl.nn.MlpNetwork;

/**
 * One off-policy actor-critic learner for continuous actions, driven by an {@link
 * OffPolicySession}.
 */
interface ContinuousLearner extends AutoCloseable {

  /** The actor network being trained (squashed-Gaussian outputs). */
  MlpNetwork actor();

  /** One gradient update (of the critics, and of the actor when due) from {@code batch}. */
  void update(ContinuousReplayBuffer.Batch batch, SplittableRandom random);

  /** Adds the learner's networks, optimisers, temperature and counters to {@code out}. */
  void save(StateWriter out);

  /** Restores what {@link #save} wrote. */
  void restore(StateReader in);

  /** Critic updates made so far. */
  long updates();

  @Override
  void close();
}
