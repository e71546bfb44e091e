package org.psro4j.rl.rollout;

import java.util.SplittableRandom;

/**
 * How the learner picks action vectors during {@link ContinuousRollouts}: one call per step for
 * every game where the learner acts. Implementations must be thread-safe (rollout shards call
 * concurrently), drawing randomness only from the {@code random} they are given.
 */
@FunctionalInterface
public interface ContinuousActor {

  /**
   * Chooses one action vector for each of {@code rows} games.
   *
   * @param observations {@code rows x observationSize} tensors, row by row
   * @param rows the number of games
   * @param random the shard's generator
   * @param actions out: {@code rows x actionSize} entries in {@code [0,1]}, row by row
   */
  void act(float[] observations, int rows, SplittableRandom random, float[] actions);
}
