package org.psro4j.rl.rollout;

import org.psro4j.game.State;
import org.psro4j.policy.Policy;

/**
 * One game slot inside a rollout shard: the episode in progress (state, co-player profile, move
 * count) and the learner's pending transition (whose reward is known only at the learner's next
 * decision); finished episodes restart in the same slot.
 */
final class Episode {

  State state;
  Policy[] profile;
  long steps;
  private final Trajectories transitions;
  private int pending = -1;
  private double returnAtDecision;

  Episode(State state, Policy[] profile, int observationSize, int numActions) {
    this.state = state;
    this.profile = profile;
    this.transitions = new Trajectories(observationSize, numActions, 8);
  }

  /** Starts a new episode in this slot, reusing its transition buffer. */
  void restart(State newState, Policy[] newProfile) {
    state = newState;
    profile = newProfile;
    steps = 0;
    pending = -1;
    returnAtDecision = 0;
    transitions.clear();
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
    double now = state.returns()[learner];
    if (pending >= 0) {
      transitions.setReward(pending, (float) (now - returnAtDecision), false);
    }
    pending = transitions.add(obs, obsOffset, masks, maskOffset, action, logProb);
    returnAtDecision = now;
  }

  /** Closes the episode at a terminal state and appends its transitions to {@code out}. */
  void finish(Trajectories out, int learner) {
    double last = state.returns()[learner];
    if (pending >= 0) {
      transitions.setReward(pending, (float) (last - returnAtDecision), true);
    }
    transitions.countEpisode(last, steps);
    out.append(transitions);
  }
}
