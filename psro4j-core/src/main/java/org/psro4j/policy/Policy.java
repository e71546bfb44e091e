package org.psro4j.policy;

import org.psro4j.game.State;

/**
 * A (behaviour) policy: for a state and an acting player, a distribution over that player's legal
 * actions. Tabular policies live in core; neural ones in {@code psro4j-rl} implement the same
 * interface.
 */
@FunctionalInterface
public interface Policy {

  /**
   * Probabilities of {@code player}'s actions in {@code state}, aligned with {@code
   * state.legalActions(player)}; they are non-negative and sum to 1.
   */
  double[] actionProbabilities(State state, int player);

  /** Probabilities for the player to move. */
  default double[] actionProbabilities(State state) {
    return actionProbabilities(state, state.currentPlayer());
  }
}
