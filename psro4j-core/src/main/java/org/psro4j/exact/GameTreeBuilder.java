package org.psro4j.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psro4j.game.ChanceOutcome;
import org.psro4j.game.Game;
import org.psro4j.game.GameType;
import org.psro4j.game.State;
import org.psro4j.game.TurnBasedSimultaneousGame;
import org.psro4j.policy.TabularPolicy;

/**
 * Walks a game once, depth first, and records what {@link GameTree} stores. Nodes are numbered in
 * preorder, so every child has a larger id than its parent; information states are numbered per
 * player in discovery order, so an information state comes after the one holding its player's
 * previous decision.
 */
final class GameTreeBuilder {

  /** One information state as first seen, in player-local numbering. */
  static final class InfoRecord {
    final String key;
    final int[] legalActions;
    final int parentLocal;
    final int parentAction;
    final State representative;

    InfoRecord(String key, int[] legalActions, int parentLocal, int parentAction, State state) {
      this.key = key;
      this.legalActions = legalActions;
      this.parentLocal = parentLocal;
      this.parentAction = parentAction;
      this.representative = state;
    }
  }

  private static final double CHANCE_SUM_TOLERANCE = 1e-9;

  final Game game;
  final int numPlayers;
  final IntList parent = new IntList();
  final IntList nodePlayer = new IntList();
  final IntList nodeLocalInfo = new IntList();

  /** Incoming edge: acting player (or -1 for chance), local info state or chance edge, action. */
  final IntList edgePlayer = new IntList();

  final IntList edgeInfoOrChance = new IntList();
  final IntList edgeActionIndex = new IntList();
  final IntList terminalNodes = new IntList();
  final List<double[]> terminalReturns = new ArrayList<>();
  final DoubleList chanceProbabilities = new DoubleList();
  final List<List<InfoRecord>> infos = new ArrayList<>();
  final List<Map<String, Integer>> infoIndex = new ArrayList<>();
  int numChanceNodes;
  private final int[] lastInfo;
  private final int[] lastAction;

  private GameTreeBuilder(Game game) {
    this.game = game;
    this.numPlayers = game.numPlayers();
    this.lastInfo = new int[numPlayers];
    this.lastAction = new int[numPlayers];
    Arrays.fill(lastInfo, -1);
    Arrays.fill(lastAction, -1);
    for (int p = 0; p < numPlayers; p++) {
      infos.add(new ArrayList<>());
      infoIndex.add(new HashMap<>());
    }
  }

  static GameTreeBuilder walk(Game game) {
    // Simultaneous moves are walked in turns; at its own turn a player sees exactly what it sees in
    // the simultaneous game, so the tree's policies play the original game as they are.
    Game walked = TurnBasedSimultaneousGame.sequential(game);
    GameType type = walked.type();
    if (type.chance() == GameType.ChanceMode.SAMPLED_STOCHASTIC) {
      throw new IllegalArgumentException(
          "game " + game + " samples chance internally; exact analysis needs explicit chance");
    }
    if (!type.providesInformationStateString()) {
      throw new IllegalArgumentException(
          "game " + game + " provides no information-state strings; exact analysis needs them");
    }
    GameTreeBuilder builder = new GameTreeBuilder(game);
    builder.visit(walked.newInitialState(), -1, -1, -1, -1);
    return builder;
  }

  private void visit(State state, int parentNode, int inPlayer, int inIndex, int inAction) {
    int node = parent.size();
    parent.add(parentNode);
    edgePlayer.add(inPlayer);
    edgeInfoOrChance.add(inIndex);
    edgeActionIndex.add(inAction);
    int player = state.currentPlayer();
    nodePlayer.add(player);
    if (player == State.TERMINAL) {
      nodeLocalInfo.add(-1);
      terminalNodes.add(node);
      terminalReturns.add(checkedReturns(state));
    } else if (player == State.CHANCE) {
      nodeLocalInfo.add(-1);
      numChanceNodes++;
      visitChance(state, node);
    } else if (player >= 0 && player < numPlayers) {
      visitDecision(state, node, player);
    } else {
      throw new IllegalStateException(
          "game " + game + ": state '" + state + "' has current player " + player);
    }
  }

  private void visitChance(State state, int node) {
    ChanceOutcome[] outcomes = state.chanceOutcomes();
    double sum = 0;
    for (ChanceOutcome outcome : outcomes) {
      sum += outcome.probability();
    }
    if (outcomes.length == 0 || Math.abs(sum - 1.0) > CHANCE_SUM_TOLERANCE) {
      throw new IllegalStateException(
          "game " + game + ": chance probabilities at '" + state + "' sum to " + sum);
    }
    for (ChanceOutcome outcome : outcomes) {
      int edge = chanceProbabilities.size();
      chanceProbabilities.add(outcome.probability());
      visit(state.child(outcome.action()), node, -1, edge, 0);
    }
  }

  private void visitDecision(State state, int node, int player) {
    String key = state.informationStateString(player);
    int[] actions = state.legalActions(player);
    if (actions.length == 0) {
      throw new IllegalStateException(
          "game " + game + ": player " + player + " has no legal action at '" + state + "'");
    }
    Integer known = infoIndex.get(player).get(key);
    int local;
    if (known == null) {
      local = infos.get(player).size();
      infoIndex.get(player).put(key, local);
      infos
          .get(player)
          .add(new InfoRecord(key, actions, lastInfo[player], lastAction[player], state));
    } else {
      local = known;
      InfoRecord record = infos.get(player).get(local);
      if (!Arrays.equals(record.legalActions, actions)) {
        throw new IllegalStateException(
            "game "
                + game
                + ": information state "
                + TabularPolicy.quote(key)
                + " has legal actions "
                + Arrays.toString(record.legalActions)
                + " and "
                + Arrays.toString(actions));
      }
      if (record.parentLocal != lastInfo[player] || record.parentAction != lastAction[player]) {
        throw new IllegalStateException(
            "game "
                + game
                + ": information state "
                + TabularPolicy.quote(key)
                + " of player "
                + player
                + " is reached by different own histories (imperfect recall); exact analysis"
                + " needs perfect recall");
      }
    }
    nodeLocalInfo.add(local);
    int savedInfo = lastInfo[player];
    int savedAction = lastAction[player];
    for (int a = 0; a < actions.length; a++) {
      lastInfo[player] = local;
      lastAction[player] = a;
      visit(state.child(actions[a]), node, player, local, a);
    }
    lastInfo[player] = savedInfo;
    lastAction[player] = savedAction;
  }

  private double[] checkedReturns(State state) {
    double[] returns = state.returns();
    if (returns.length != numPlayers) {
      throw new IllegalStateException(
          "game " + game + ": terminal '" + state + "' has " + returns.length + " returns");
    }
    for (double r : returns) {
      if (!Double.isFinite(r)) {
        throw new IllegalStateException(
            "game " + game + ": terminal '" + state + "' has return " + r);
      }
    }
    return returns.clone();
  }

  /** Renumbers what the walk recorded into the arrays {@link GameTree} keeps. */
  GameTreeLayout layout() {
    return new GameTreeLayout(this);
  }

  /** A growable int array. */
  static final class IntList {
    private int[] data = new int[1024];
    private int size;

    void add(int value) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = value;
    }

    int get(int index) {
      return data[index];
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }

  /** A growable double array. */
  static final class DoubleList {
    private double[] data = new double[256];
    private int size;

    void add(double value) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = value;
    }

    int size() {
      return size;
    }

    double[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }
}
