package org.psro4j.exact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psro4j.game.Game;
import org.psro4j.game.State;

/**
 * The final arrays of a {@link GameTree}, renumbered from what {@link GameTreeBuilder} recorded:
 * information states player by player (discovery order within a player), slots in that order, and
 * every node's incoming edge as a slot or, after all slots, a chance outcome.
 */
final class GameTreeLayout {
  final Game game;
  final int numPlayers;
  final int numChanceNodes;
  final int[] firstInfoState;
  final String[] infoStateKeys;
  final int[] infoStatePlayer;
  final int[][] legalActions;
  final int[] slotOffset;
  final int[] parentSlot;
  final int[] parentInfoState;
  final State[] representatives;
  final List<Map<String, Integer>> indexByPlayer;
  final int[] parent;
  final int[] nodePlayer;
  final int[] incoming;
  final int[] nodeInfoState;
  final int[] terminalNodes;
  final double[][] terminalReturns;
  final double[] chanceProbabilities;

  GameTreeLayout(GameTreeBuilder b) {
    game = b.game;
    numPlayers = b.numPlayers;
    int numNodes = b.parent.size();
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
}
