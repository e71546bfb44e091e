package org.psro4j.exact;

import java.util.Arrays;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;

/**
 * Exact best response of one player of an n-player game with chance against fixed co-player
 * policies (as OpenSpiel's {@code TabularBestResponse}): each node is weighted by its
 * counterfactual reach (chance and co-players only), and each information state, deepest first,
 * takes the action of highest counterfactual value given the responder's later choices.
 *
 * <p>Runs in O(nodes) on the {@link GameTree}: one forward pass for reach, one backward pass that
 * stops at the responder's own decisions, then one pass over the responder's information states in
 * reverse discovery order (later decisions before earlier ones, which needs perfect recall). Ties
 * between actions, to a relative {@value #TIE_TOLERANCE}, go to the lowest action; information
 * states the co-players and chance never reach take the lowest action.
 */
public final class BestResponse {

  /** Relative difference below which two action values count as tied. */
  public static final double TIE_TOLERANCE = 1e-12;

  private BestResponse() {}

  /**
   * The best response of {@code player} to {@code profile} (one policy for all players, or one per
   * player; the responder's own entry is not consulted and may be {@code null}).
   */
  public static BestResponseResult of(Game game, int player, Policy... profile) {
    GameTree tree = GameTree.of(game);
    return of(tree, player, coPlayerStrategy(tree, player, profile));
  }

  /** The best response of {@code player} to a strategy vector (its own slots are ignored). */
  public static BestResponseResult of(GameTree tree, int player, double[] strategy) {
    tree.checkPlayer(player);
    int[] choice = new int[tree.firstInfoState(player + 1) - tree.firstInfoState(player)];
    double value = solve(tree, player, strategy, choice);
    return new BestResponseResult(player, table(tree, player, choice), value);
  }

  /** Only the best-response value of {@code player} against a strategy vector. */
  public static double value(GameTree tree, int player, double[] strategy) {
    tree.checkPlayer(player);
    int[] choice = new int[tree.firstInfoState(player + 1) - tree.firstInfoState(player)];
    return solve(tree, player, strategy, choice);
  }

  /**
   * Fills {@code choice[j]} with the chosen action index at {@code player}'s j-th information state
   * and returns the best-response value.
   */
  static double solve(GameTree tree, int player, double[] strategy, int[] choice) {
    return solveFromReach(tree, player, counterfactualReach(tree, player, strategy), choice);
  }

  /**
   * The reach of every node by chance and the co-players of {@code player} under {@code strategy}
   * (the responder's own probabilities count as 1). A best response to a distribution over several
   * co-player profiles responds to the weighted sum of their reaches.
   */
  public static double[] counterfactualReach(GameTree tree, int player, double[] strategy) {
    TreeStrategies.checkStrategy(tree, strategy);
    tree.checkPlayer(player);
    double[] edges = tree.edgeProbabilities(strategy);
    Arrays.fill(
        edges,
        tree.slotOffset(tree.firstInfoState(player)),
        tree.slotOffset(tree.firstInfoState(player + 1)),
        1.0);
    double[] reach = new double[tree.numNodes()];
    tree.forwardReach(edges, reach);
    return reach;
  }

  /**
   * The best response of {@code player} to co-players and chance whose reach of every node is
   * {@code reach} (see {@link #counterfactualReach}); its value is relative to that reach.
   */
  public static BestResponseResult ofReach(GameTree tree, int player, double[] reach) {
    tree.checkPlayer(player);
    int[] choice = new int[tree.firstInfoState(player + 1) - tree.firstInfoState(player)];
    double value = solveFromReach(tree, player, reach, choice);
    return new BestResponseResult(player, table(tree, player, choice), value);
  }

  private static double solveFromReach(GameTree tree, int player, double[] reach, int[] choice) {
    if (reach.length != tree.numNodes()) {
      throw new IllegalArgumentException(
          "reach has length " + reach.length + ", expected " + tree.numNodes());
    }
    int first = tree.firstInfoState(player);
    int end = tree.firstInfoState(player + 1);
    int slotStart = tree.slotOffset(first);
    int slotEnd = tree.slotOffset(end);
    double[] values = new double[tree.numNodes()];
    tree.terminalValues(player, reach, values);
    // Own decisions do not pass value up: each (state, action) edge collects what lies below it
    // up to the responder's next decision; those decisions are folded in below, deepest first.
    double[] weights = new double[tree.numEdges()];
    Arrays.fill(weights, 1.0);
    Arrays.fill(weights, slotStart, slotEnd, 0.0);
    double[] edgeValues = new double[tree.numEdges()];
    tree.backwardAccumulate(values, weights, edgeValues);
    double rootValue = values[0];
    for (int i = end - 1; i >= first; i--) {
      int offset = tree.slotOffset(i);
      int k = tree.numActions(i);
      int best = 0;
      double bestValue = edgeValues[offset];
      for (int a = 1; a < k; a++) {
        double v = edgeValues[offset + a];
        if (v - bestValue > TIE_TOLERANCE * Math.max(Math.abs(v), Math.abs(bestValue))) {
          best = a;
          bestValue = v;
        }
      }
      choice[i - first] = best;
      int parent = tree.parentSlot(i);
      if (parent < 0) {
        rootValue += bestValue;
      } else {
        edgeValues[parent] += bestValue;
      }
    }
    return rootValue;
  }

  /** The strategy vector of the co-players in {@code profile}; the responder's slots stay 0. */
  static double[] coPlayerStrategy(GameTree tree, int player, Policy[] profile) {
    TreeStrategies.checkProfile(tree, profile);
    tree.checkPlayer(player);
    double[] strategy = new double[tree.numSlots()];
    for (int p = 0; p < tree.numPlayers(); p++) {
      if (p != player) {
        TreeStrategies.fill(tree, p, profile.length == 1 ? profile[0] : profile[p], strategy);
      }
    }
    return strategy;
  }

  /** The best response as a table covering only {@code player}'s information states. */
  static TabularPolicy table(GameTree tree, int player, int[] choice) {
    int first = tree.firstInfoState(player);
    double[] response = new double[tree.numSlots()];
    for (int j = 0; j < choice.length; j++) {
      response[tree.slotOffset(first + j) + choice[j]] = 1.0;
    }
    return TreeStrategies.toTabularPolicy(tree, response, player);
  }
}
