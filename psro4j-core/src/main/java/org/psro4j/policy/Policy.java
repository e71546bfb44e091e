package org.psro4j.policy;

import org.psro4j.game.State;

/**
 * A (behaviour) policy: for a state and an acting player, a distribution over that player's legal
 * actions. Tabular policies live in core; neural ones in {@code psro4j-rl} implement the same
 * interface. Within an episode, a policy is played through its per-episode handle ({@link
 * #newEpisode}), so policies with memory are first-class.
 */
@FunctionalInterface
public interface Policy {

  /**
   * Probabilities of {@code player}'s actions in {@code state}, aligned with {@code
   * state.legalActions(player)}; they are non-negative and sum to 1.
   */
  double[] actionProbabilities(State state, int player);

  /**
   * A handle that plays {@code player}'s decisions of one episode. A policy with memory (a
   * recurrent network) carries it in the handle; a stateless policy answers each state alone, which
   * is what this default does. Either way {@link #actionProbabilities(State, int)} gives the same
   * distribution at every state (a policy with memory recomputes it from the state's history).
   */
  default EpisodePolicy newEpisode(int player) {
    return state -> actionProbabilities(state, player);
  }

  /** Probabilities for the player to move. */
  default double[] actionProbabilities(State state) {
    return actionProbabilities(state, state.currentPlayer());
  }
}
