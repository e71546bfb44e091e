package org.psro4j.rl.rollout;

import java.util.SplittableRandom;

/**
 * How the learner picks actions during rollouts: one call per step for every game where the learner
 * acts, with each game's episode memory when the learner's policy remembers. Implementations must
 * be thread-safe (rollout shards call concurrently), drawing randomness only from the {@code
 * random} they are given.
 */
@FunctionalInterface
public interface LearnerActor {

  /**
   * Chooses one action for each of {@code rows} games.
   *
   * @param observations {@code rows x observationSize} tensors, row by row
   * @param masks {@code rows x numActions} legal-action masks (1 legal, 0 not)
   * @param legal the legal actions of each row, increasing
   * @param rows the number of games
   * @param random the shard's generator
   * @param actions out: the chosen action id per row
   * @param logProbabilities out: the log-probability of the chosen action per row (behaviour
   *     policy), for learners that need it
   */
  void act(
      float[] observations,
      float[] masks,
      int[][] legal,
      int rows,
      SplittableRandom random,
      int[] actions,
      float[] logProbabilities);

  /**
   * The memory a new episode starts with, for actors whose policy remembers (a recurrent state);
   * {@code null} for stateless actors.
   */
  default Object newMemory() {
    return null;
  }

  /**
   * As {@link #act(float[], float[], int[][], int, SplittableRandom, int[], float[])}, with each
   * row's episode memory ({@link #newMemory()} at the episode's first decision), which the actor
   * replaces by the memory after this decision. Rollouts call this one; stateless actors ignore the
   * memories.
   */
  default void act(
      float[] observations,
      float[] masks,
      int[][] legal,
      int rows,
      SplittableRandom random,
      int[] actions,
      float[] logProbabilities,
      Object[] memories) {
    act(observations, masks, legal, rows, random, actions, logProbabilities);
  }
}
