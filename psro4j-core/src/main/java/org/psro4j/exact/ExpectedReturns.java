package org.psro4j.exact;

import org.psro4j.game.Game;
import org.psro4j.policy.Policy;

/**
 * Exact expected returns of a policy profile: the reach probability of every terminal (chance and
 * all players' probabilities multiplied along the path) times its returns, summed. One pass over
 * the {@link GameTree}, O(nodes); any number of players, with chance.
 */
public final class ExpectedReturns {

  private ExpectedReturns() {}

  /**
   * Each player's expected return when {@code profile} (one policy, or one per player) is played.
   */
  public static double[] of(Game game, Policy... profile) {
    GameTree tree = GameTree.of(game);
    return of(tree, TreeStrategies.of(tree, profile));
  }

  /** Each player's expected return under a strategy vector on {@code tree}. */
  public static double[] of(GameTree tree, double[] strategy) {
    TreeStrategies.checkStrategy(tree, strategy);
    double[] reach = new double[tree.numNodes()];
    tree.forwardReach(tree.edgeProbabilities(strategy), reach);
    double[] returns = new double[tree.numPlayers()];
    for (int p = 0; p < returns.length; p++) {
      returns[p] = tree.terminalSum(p, reach);
    }
    return returns;
  }
}
