package org.psro4j.psro;

import org.psro4j.game.Game;
import org.psro4j.game.State;
import org.psro4j.game.TurnBasedSimultaneousGame;

/** Counts a game's tree nodes depth-first, giving up as soon as a cap is passed. */
final class TreeSize {

  private TreeSize() {}

  /** Whether {@code game} (in turn-based form) has more than {@code cap} nodes. */
  static boolean exceeds(Game game, long cap) {
    long[] count = {0};
    return walk(TurnBasedSimultaneousGame.sequential(game).newInitialState(), count, cap);
  }

  private static boolean walk(State s, long[] count, long cap) {
    if (++count[0] > cap) {
      return true;
    }
    if (s.isTerminal()) {
      return false;
    }
    for (int a : s.legalActions()) {
      if (walk(s.child(a), count, cap)) {
        return true;
      }
    }
    return false;
  }
}
