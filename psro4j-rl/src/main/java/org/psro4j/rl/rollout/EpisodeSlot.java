package org.psro4j.rl.rollout;

import org.psro4j.game.State;
import org.psro4j.policy.Policy;

/**
 * One game slot inside a rollout shard: the episode in progress (state, co-player profile, move
 * count) and the learner's pending transition, whose reward is known only at the learner's next
 * decision; finished episodes restart in the same slot.
 *
 * @param <S> the state type the shard steps
 * @param <T> the transition buffer the learner's decisions go to
 */
abstract class EpisodeSlot<S extends State, T extends LearnerTransitions<T>> {

  S state;
  Policy[] profile;
  long steps;

  /** The learner actor's memory of this episode (its recurrent state), or {@code null}. */
  Object memory;

  /**
   * Each seat's recurrent state for co-players with memory ({@code RecurrentPolicy}), {@code null}
   * entries before their first decision; cleared when the slot restarts.
   */
  float[][] coMemories;

  final T transitions;
  private int pending = -1;
  private double returnAtDecision;

  EpisodeSlot(S state, Policy[] profile, T transitions) {
    this.state = state;
    this.profile = profile;
    this.transitions = transitions;
  }

  /** Starts a new episode in this slot, reusing its transition buffer. */
  final void restart(S newState, Policy[] newProfile, Object newMemory) {
    state = newState;
    memory = newMemory;
    coMemories = null;
    profile = newProfile;
    steps = 0;
    pending = -1;
    returnAtDecision = 0;
    transitions.clear();
  }

  /**
   * Makes transition {@code index}, just added for a learner decision, the pending one, closing the
   * previous decision with the return gained since.
   */
  final void decided(int learner, int index) {
    double now = state.returns()[learner];
    if (pending >= 0) {
      transitions.setReward(pending, (float) (now - returnAtDecision), false);
    }
    pending = index;
    returnAtDecision = now;
  }

  /** Closes the episode at a terminal state and appends its transitions to {@code out}. */
  final void finish(T out, int learner) {
    double last = state.returns()[learner];
    if (pending >= 0) {
      transitions.setReward(pending, (float) (last - returnAtDecision), true);
    }
    transitions.countEpisode(last, steps, profile);
    out.append(transitions);
  }
}
