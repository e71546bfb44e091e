package org.psro4j.exact;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.psro4j.game.Game;
import org.psro4j.game.State;
import org.psro4j.game.TurnBasedSimultaneousGame;

/**
 * A game's whole tree, walked once and flattened into arrays so that evaluation, best response and
 * CFR are loops over arrays with no string work (the tree-walk algorithms of OpenSpiel's {@code
 * best_response.h} and {@code cfr.h}, unrolled). Needs perfect recall and explicit chance.
 *
 * <p><b>Nodes</b> are numbered in preorder (the root is 0, children after parents), each with its
 * parent and its <i>incoming edge</i>. <b>Edges</b> are numbered so that a vector over them holds a
 * strategy profile then the chance probabilities: edge {@code slotOffset(i) + a} is action index
 * {@code a} of information state {@code i}, and edges from {@link #numSlots()} on are chance
 * outcomes. A <b>strategy vector</b> is a {@code double[numSlots()]} with each information state's
 * probabilities aligned with its legal actions (see {@link TreeStrategies}).
 *
 * <p><b>Information states</b> are numbered player by player ({@link #firstInfoState(int)}), and
 * within a player in discovery order, so the state holding a player's previous decision ({@link
 * #parentSlot(int)}) always has a smaller number. Building costs one pass over the game; every pass
 * here costs O(nodes). Trees are immutable and safe to share between threads.
 */
public final class GameTree {

  private final Game game;
  private final int numPlayers;
  private final int numNodes;
  private final int numChanceNodes;
  private final int[] parent;
  private final int[] incoming;
  private final int[] nodePlayer;
  private final int[] nodeInfoState;
  private final int[] terminalNodes;
  private final double[][] terminalReturns;
  private final double[] chanceProbabilities;
  private final String[] infoStateKeys;
  private final int[] infoStatePlayer;
  private final int[][] legalActions;
  private final int[] slotOffset;
  private final int[] parentSlot;
  private final int[] parentInfoState;
  private final int[] firstInfoState;
  private final State[] representatives;
  private final List<Map<String, Integer>> indexByPlayer;

  GameTree(GameTreeLayout b) {
    game = b.game;
    numPlayers = b.numPlayers;
    numNodes = b.parent.length;
    numChanceNodes = b.numChanceNodes;
    parent = b.parent;
    incoming = b.incoming;
    nodePlayer = b.nodePlayer;
    nodeInfoState = b.nodeInfoState;
    terminalNodes = b.terminalNodes;
    terminalReturns = b.terminalReturns;
    chanceProbabilities = b.chanceProbabilities;
    infoStateKeys = b.infoStateKeys;
    infoStatePlayer = b.infoStatePlayer;
    legalActions = b.legalActions;
    slotOffset = b.slotOffset;
    parentSlot = b.parentSlot;
    parentInfoState = b.parentInfoState;
    firstInfoState = b.firstInfoState;
    representatives = b.representatives;
    indexByPlayer = b.indexByPlayer;
  }

  /**
   * Walks {@code game} and flattens it; a simultaneous-move game is walked in its turn-based form
   * ({@link TurnBasedSimultaneousGame#sequential}), while {@link #game()} stays the game given.
   * Fails with {@link IllegalArgumentException} for games it cannot handle (sampled chance, no
   * information-state strings) and with {@link IllegalStateException} if the game breaks its own
   * contract (imperfect recall, inconsistent legal actions, chance probabilities not summing to 1).
   */
  public static GameTree build(Game game) {
    Objects.requireNonNull(game, "game");
    return new GameTree(GameTreeBuilder.walk(game).layout());
  }

  /**
   * The tree of {@code game}, built once per game string and kept in a small cache (the last few
   * games), since PSRO and the CLI ask for the same tree again and again.
   */
  public static GameTree of(Game game) {
    Objects.requireNonNull(game, "game");
    return GameTreeCache.get(game);
  }

  /** The game this tree was built from. */
  public Game game() {
    return game;
  }

  /** Number of players. */
  public int numPlayers() {
    return numPlayers;
  }

  /** Number of nodes (histories), chance and terminal nodes included. */
  public int numNodes() {
    return numNodes;
  }

  /** Number of chance nodes. */
  public int numChanceNodes() {
    return numChanceNodes;
  }

  /** Number of terminal nodes. */
  public int numTerminals() {
    return terminalNodes.length;
  }

  /** Number of nodes where a player acts. */
  public int numDecisionNodes() {
    return numNodes - numChanceNodes - terminalNodes.length;
  }

  /** Number of information states of all players. */
  public int numInfoStates() {
    return infoStateKeys.length;
  }

  /** The first information state of {@code player}; its states are {@code first..first(p+1)-1}. */
  public int firstInfoState(int player) {
    checkPlayerOrEnd(player);
    return firstInfoState[player];
  }

  /** The information-state string of information state {@code i}. */
  public String infoState(int i) {
    return infoStateKeys[i];
  }

  /** The player acting at information state {@code i}. */
  public int infoStatePlayer(int i) {
    return infoStatePlayer[i];
  }

  /** The legal actions at information state {@code i}, increasing (a copy). */
  public int[] legalActions(int i) {
    return legalActions[i].clone();
  }

  /** The legal actions at {@code i} without copying; callers in this package never modify it. */
  int[] legalActionsView(int i) {
    return legalActions[i];
  }

  /** The number of legal actions at information state {@code i}. */
  public int numActions(int i) {
    return legalActions[i].length;
  }

  /** Where information state {@code i}'s probabilities start in a strategy vector. */
  public int slotOffset(int i) {
    return slotOffset[i];
  }

  /** Length of a strategy vector: the legal actions of all information states. */
  public int numSlots() {
    return slotOffset[infoStateKeys.length];
  }

  /** Length of an edge vector: {@link #numSlots()} plus one entry per chance outcome. */
  public int numEdges() {
    return numSlots() + chanceProbabilities.length;
  }

  /**
   * The slot of the acting player's previous decision before information state {@code i}, or -1.
   */
  public int parentSlot(int i) {
    return parentSlot[i];
  }

  /** The information state of the acting player's previous decision before {@code i}, or -1. */
  public int parentInfoState(int i) {
    return parentInfoState[i];
  }

  /** The player (or {@link State#CHANCE}, {@link State#TERMINAL}) at node {@code v}. */
  public int nodePlayer(int v) {
    return nodePlayer[v];
  }

  /** The information state at node {@code v}, or -1 at chance and terminal nodes. */
  public int nodeInfoState(int v) {
    return nodeInfoState[v];
  }

  /** The index of {@code player}'s information state {@code key}, or -1 if the game has none. */
  public int indexOf(int player, String key) {
    checkPlayer(player);
    Integer i = indexByPlayer.get(player).get(key);
    return i == null ? -1 : i;
  }

  /** A copy of one state in information state {@code i}, to query policies that need a state. */
  public State representativeState(int i) {
    return representatives[i].copy();
  }

  /**
   * An edge vector: {@code strategy} followed by the chance probabilities, ready for {@link
   * #forwardReach}.
   */
  public double[] edgeProbabilities(double[] strategy) {
    checkLength(strategy, numSlots(), "strategy");
    double[] edges = Arrays.copyOf(strategy, numEdges());
    System.arraycopy(chanceProbabilities, 0, edges, strategy.length, chanceProbabilities.length);
    return edges;
  }

  /**
   * Reach of every node: {@code reach[0] = 1} and {@code reach[v] = reach[parent] *
   * edgeProbabilities[incoming edge of v]}. Setting a player's slots to 1 gives counterfactual
   * reach (everyone else and chance).
   */
  public void forwardReach(double[] edgeProbabilities, double[] reach) {
    checkLength(edgeProbabilities, numEdges(), "edgeProbabilities");
    checkLength(reach, numNodes, "reach");
    reach[0] = 1.0;
    for (int v = 1; v < numNodes; v++) {
      reach[v] = reach[parent[v]] * edgeProbabilities[incoming[v]];
    }
  }

  /**
   * Sets {@code nodeValues} to {@code weights[z] * return of player at z} on terminals and 0
   * elsewhere.
   */
  public void terminalValues(int player, double[] weights, double[] nodeValues) {
    checkPlayer(player);
    checkLength(weights, numNodes, "weights");
    checkLength(nodeValues, numNodes, "nodeValues");
    Arrays.fill(nodeValues, 0.0);
    double[] returns = terminalReturns[player];
    for (int t = 0; t < terminalNodes.length; t++) {
      int z = terminalNodes[t];
      nodeValues[z] = weights[z] * returns[t];
    }
  }

  /** The node of terminal {@code t}, for {@code t} in {@code 0..numTerminals()-1}. */
  public int terminalNode(int t) {
    return terminalNodes[t];
  }

  /** The return of {@code player} at terminal {@code t}. */
  public double terminalReturn(int player, int t) {
    return terminalReturns[player][t];
  }

  /** {@code sum over terminals z of weights[z] * return of player at z}. */
  public double terminalSum(int player, double[] weights) {
    checkPlayer(player);
    checkLength(weights, numNodes, "weights");
    double[] returns = terminalReturns[player];
    double sum = 0;
    for (int t = 0; t < terminalNodes.length; t++) {
      sum += weights[terminalNodes[t]] * returns[t];
    }
    return sum;
  }

  /**
   * Bottom-up pass: for every node v but the root, from the last to the first, adds {@code
   * nodeValues[v]} to {@code edgeValues[incoming edge of v]} and {@code edgeWeights[that edge] *
   * nodeValues[v]} to its parent's value. On return {@code nodeValues[0]} holds the root's value.
   */
  public void backwardAccumulate(double[] nodeValues, double[] edgeWeights, double[] edgeValues) {
    checkLength(nodeValues, numNodes, "nodeValues");
    checkLength(edgeWeights, numEdges(), "edgeWeights");
    checkLength(edgeValues, numEdges(), "edgeValues");
    for (int v = numNodes - 1; v > 0; v--) {
      double value = nodeValues[v];
      int edge = incoming[v];
      edgeValues[edge] += value;
      nodeValues[parent[v]] += edgeWeights[edge] * value;
    }
  }

  void checkPlayer(int player) {
    if (player < 0 || player >= numPlayers) {
      throw new IllegalArgumentException(
          "player " + player + " is not in 0.." + (numPlayers - 1) + " for game " + game);
    }
  }

  private void checkPlayerOrEnd(int player) {
    if (player < 0 || player > numPlayers) {
      throw new IllegalArgumentException(
          "player " + player + " is not in 0.." + numPlayers + " for game " + game);
    }
  }

  private static void checkLength(double[] array, int expected, String name) {
    if (array.length != expected) {
      throw new IllegalArgumentException(
          name + " has length " + array.length + ", expected " + expected);
    }
  }

  @Override
  public String toString() {
    return "GameTree["
        + game
        + ": "
        + numNodes
        + " nodes, "
        + terminalNodes.length
        + " terminals, "
        + infoStateKeys.length
        + " information states]";
  }
}
