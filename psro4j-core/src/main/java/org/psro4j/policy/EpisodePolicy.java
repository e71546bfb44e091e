package org.psro4j.policy;

import org.psro4j.game.State;

/**
 * One player's policy for the length of one episode, made by {@link Policy#newEpisode}: it may
 * remember what the player saw at its earlier decisions (a recurrent network's hidden state). Ask
 * it at every decision of its player, in order, and only then; a handle is not shared between
 * episodes or threads.
 */
@FunctionalInterface
public interface EpisodePolicy {

  /**
   * Probabilities of the player's actions in {@code state}, aligned with {@code
   * state.legalActions(player)}; records the decision in the handle's memory.
   */
  double[] actionProbabilities(State state);
}
