package org.psro4j.game;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/** Whole-tree walks for game-fact tests on small games: counts of states and information states. */
public final class GameTrees {

  private GameTrees() {}

  /**
   * Visits every state reachable from the initial state, depth first; simultaneous nodes expand
   * into every joint action.
   */
  public static void forEachState(Game game, Consumer<State> visitor) {
    walk(game.newInitialState(), visitor);
  }

  private static void walk(State state, Consumer<State> visitor) {
    visitor.accept(state);
    if (state.isTerminal()) {
      return;
    }
    if (state.isSimultaneousNode()) {
      int n = state.game().numPlayers();
      int[][] legal = new int[n][];
      for (int p = 0; p < n; p++) {
        legal[p] = state.legalActions(p);
      }
      int[] index = new int[n];
      while (true) {
        int[] joint = new int[n];
        for (int p = 0; p < n; p++) {
          joint[p] = legal[p][index[p]];
        }
        State child = state.copy();
        child.apply(joint);
        walk(child, visitor);
        int p = n - 1;
        while (p >= 0 && ++index[p] == legal[p].length) {
          index[p--] = 0;
        }
        if (p < 0) {
          return;
        }
      }
    }
    for (int action : state.legalActions()) {
      walk(state.child(action), visitor);
    }
  }

  /** States that are not chance nodes, terminals included (OpenSpiel's {@code get_all_states}). */
  public static int countNonChanceStates(Game game) {
    int[] count = {0};
    forEachState(
        game,
        s -> {
          if (!s.isChanceNode()) {
            count[0]++;
          }
        });
    return count[0];
  }

  /** The distinct information-state strings of each player at the nodes where it acts. */
  public static List<Set<String>> informationStates(Game game) {
    List<Set<String>> sets =
        IntStream.range(0, game.numPlayers())
            .mapToObj(p -> (Set<String>) new HashSet<String>())
            .toList();
    forEachState(
        game,
        s -> {
          int p = s.currentPlayer();
          if (p >= 0) {
            sets.get(p).add(s.informationStateString(p));
          } else if (p == State.SIMULTANEOUS) {
            for (int q = 0; q < game.numPlayers(); q++) {
              sets.get(q).add(s.informationStateString(q));
            }
          }
        });
    return sets;
  }
}
