package org.psro4j.policy;

import java.util.List;
import org.psro4j.game.State;

/**
 * A policy that answers many states at once, as a neural network does best: for states where {@code
 * player} acts, one distribution per state aligned with {@code state.legalActions(player)}. Exact
 * analysis calls it once per player with every information state of that player.
 */
@FunctionalInterface
public interface BatchPolicy {

  /** One probability vector per state, in the order of {@code states}. */
  double[][] actionProbabilities(List<State> states, int player);

  /** Answers a batch by asking {@code policy} about each state in turn. */
  static BatchPolicy of(Policy policy) {
    return (states, player) -> {
      double[][] out = new double[states.size()][];
      for (int i = 0; i < out.length; i++) {
        out[i] = policy.actionProbabilities(states.get(i), player);
      }
      return out;
    };
  }
}
