package org.psro4j.rl.rollout;

import org.psro4j.game.ContinuousState;
import org.psro4j.policy.Policy;

/** One game slot inside a continuous-action rollout shard ({@link EpisodeSlot}). */
final class ContinuousEpisode extends EpisodeSlot<ContinuousState, ContinuousTrajectories> {

  ContinuousEpisode(ContinuousState state, Policy[] profile, int observationSize, int actionSize) {
    super(state, profile, new ContinuousTrajectories(observationSize, actionSize, 4));
  }

  /** Records a learner decision, closing the previous one with the return gained since. */
  void beginDecision(int learner, float[] obs, int obsOffset, float[] actions, int actionOffset) {
    decided(learner, transitions.add(obs, obsOffset, actions, actionOffset));
  }
}
