package org.psro4j.rl.algo;

import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.psro4j.policy.Policy;
import org.psro4j.psro.OracleResult;
import org.psro4j.rl.rollout.LearnerActor;
import org.psro4j.rl.rollout.Trajectories;
import org.psro4j.rl.rollout.VectorRollouts;

/**
 * A discrete oracle's budget of environment steps, spent in rollouts: chunks of at most {@code
 * rolloutSteps} steps until {@code brSteps} are used, each non-empty batch of trajectories handed
 * to the learner; it tallies steps, episodes and the last rollout's mean return for the {@link
 * OracleResult}.
 */
final class RolloutBudget {

  /** What a learner does with one batch of trajectories. */
  interface Learner {
    /** Learns from {@code t}; {@code stepsSoFar} counts the steps of {@code t} too. */
    void learn(Trajectories t, long stepsSoFar);
  }

  private long steps;
  private long episodes;
  private double lastReturn;

  /**
   * Spends {@code brSteps} with {@code actor}; {@code beforeRollout} sees the steps used so far
   * before each rollout (e.g. to anneal exploration).
   */
  static RolloutBudget spend(
      VectorRollouts rollouts,
      LearnerActor actor,
      long brSteps,
      long rolloutSteps,
      SplittableRandom random,
      LongConsumer beforeRollout,
      Learner learner) {
    RolloutBudget b = new RolloutBudget();
    while (b.steps < brSteps) {
      beforeRollout.accept(b.steps);
      long chunk = Math.min(rolloutSteps, brSteps - b.steps);
      Trajectories t = rollouts.collect(actor, chunk, random.nextLong());
      b.steps += t.environmentSteps();
      b.episodes += t.episodes();
      b.lastReturn = t.meanReturn();
      if (t.size() > 0) {
        learner.learn(t, b.steps);
      }
    }
    return b;
  }

  /** The oracle's result: {@code policy} with this budget's tallies, timed from {@code start}. */
  OracleResult result(Policy policy, long updates, long startNanos) {
    return new OracleResult(
        policy, lastReturn, steps, episodes, updates, (System.nanoTime() - startNanos) / 1e9);
  }
}
