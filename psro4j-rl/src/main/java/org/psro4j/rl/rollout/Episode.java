package org.psro4j.rl.rollout;

import org.psro4j.game.State;
import org.psro4j.policy.Policy;

/** One game slot inside a discrete-action rollout shard ({@link EpisodeSlot}). */
final class Episode extends EpisodeSlot<State, Trajectories> {

  Episode(State state, Policy[] profile, int observationSize, int numActions) {
    super(state, profile, new Trajectories(observationSize, numActions, 8));
  }

  /** Records a learner decision, closing the previous one with the return gained since. */
  void beginDecision(
      int learner,
      float[] obs,
      int obsOffset,
      float[] masks,
      int maskOffset,
      int action,
      float logProb) {
    decided(learner, transitions.add(obs, obsOffset, masks, maskOffset, action, logProb));
  }
}
