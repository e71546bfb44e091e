package org.psro4j.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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

  private static final int CACHE_CAPACITY = 8;
  private static final Map<String, GameTree> CACHE = new ConcurrentHashMap<>();

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

  private GameTree(GameTreeBuilder b) {
    game = b.game;
    numPlayers = b.numPlayers;
    numNodes = b.parent.size();
    numChanceNodes = b.numChanceNodes;
    firstInfoState = new int[numPlayers + 1];
    for (int p = 0; p < numPlayers; p++) {
      firstInfoState[p + 1] = firstInfoState[p] + b.infos.get(p).size();
    }
    int numInfo = firstInfoState[numPlayers];
    infoStateKeys = new String[numInfo];
    infoStatePlayer = new int[numInfo];
    legalActions = new int[numInfo][];
    slotOffset = new int[numInfo + 1];
    parentSlot = new int[numInfo];
    parentInfoState = new int[numInfo];
    representatives = new State[numInfo];
    indexByPlayer = new ArrayList<>();
    for (int p = 0; p < numPlayers; p++) {
      List<GameTreeBuilder.InfoRecord> records = b.infos.get(p);
      Map<String, Integer> index = new HashMap<>(records.size() * 2);
      for (int local = 0; local < records.size(); local++) {
        GameTreeBuilder.InfoRecord r = records.get(local);
        int i = firstInfoState[p] + local;
        infoStateKeys[i] = r.key;
        infoStatePlayer[i] = p;
        legalActions[i] = r.legalActions;
        slotOffset[i + 1] = slotOffset[i] + r.legalActions.length;
        representatives[i] = r.representative;
        index.put(r.key, i);
      }
      indexByPlayer.add(Map.copyOf(index));
    }
    for (int i = 0; i < numInfo; i++) {
      GameTreeBuilder.InfoRecord r =
          b.infos.get(infoStatePlayer[i]).get(i - firstInfoState[infoStatePlayer[i]]);
      int parentInfo = r.parentLocal < 0 ? -1 : firstInfoState[infoStatePlayer[i]] + r.parentLocal;
      parentInfoState[i] = parentInfo;
      parentSlot[i] = parentInfo < 0 ? -1 : slotOffset[parentInfo] + r.parentAction;
    }
    int numSlots = slotOffset[numInfo];
    parent = b.parent.toArray();
    nodePlayer = b.nodePlayer.toArray();
    incoming = new int[numNodes];
    nodeInfoState = new int[numNodes];
    for (int v = 0; v < numNodes; v++) {
      int player = nodePlayer[v];
      nodeInfoState[v] = player >= 0 ? firstInfoState[player] + b.nodeLocalInfo.get(v) : -1;
      int edgePlayer = b.edgePlayer.get(v);
      int index = b.edgeInfoOrChance.get(v);
      if (v == 0) {
        incoming[v] = -1;
      } else if (edgePlayer >= 0) {
        incoming[v] = slotOffset[firstInfoState[edgePlayer] + index] + b.edgeActionIndex.get(v);
      } else {
        incoming[v] = numSlots + index;
      }
    }
    terminalNodes = b.terminalNodes.toArray();
    terminalReturns = new double[numPlayers][terminalNodes.length];
    for (int t = 0; t < terminalNodes.length; t++) {
      double[] r = b.terminalReturns.get(t);
      for (int p = 0; p < numPlayers; p++) {
        terminalReturns[p][t] = r[p];
      }
    }
    chanceProbabilities = b.chanceProbabilities.toArray();
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
    return new GameTree(GameTreeBuilder.walk(game));
  }

  /**
   * The tree of {@code game}, built once per game string and kept in a small cache (the last few
   * games), since PSRO and the CLI ask for the same tree again and again.
   */
  public static GameTree of(Game game) {
    Objects.requireNonNull(game, "game");
    String key = game.toString();
    GameTree tree = CACHE.get(key);
    if (tree != null) {
      return tree;
    }
    tree = build(game);
    if (CACHE.size() >= CACHE_CAPACITY) {
      CACHE.clear();
    }
    GameTree raced = CACHE.putIfAbsent(key, tree);
    return raced != null ? raced : tree;
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
