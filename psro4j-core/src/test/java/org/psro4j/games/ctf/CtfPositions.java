package org.psro4j.games.ctf;

import org.psro4j.game.Games;

/** Hand-built capture-the-flag positions for rule tests (13×13 arena unless told otherwise). */
final class CtfPositions {

  static final int N = 0;
  static final int E = 1;
  static final int S = 2;
  static final int W = 3;

  private CtfPositions() {}

  static CtfState start(String game) {
    return (CtfState) Games.load(game).newInitialState();
  }

  /** Puts {@code player} on {@code (row, col)} facing {@code facing}. */
  static void place(CtfState s, int player, int row, int col, int facing) {
    s.cell[player] = s.arena.cell(row, col);
    s.facing[player] = facing;
    s.outFor[player] = 0;
  }

  /** Parks the four players in the corners, out of each other's way. */
  static CtfState corners(String game) {
    CtfState s = start(game);
    int last = s.arena.size - 1;
    place(s, 0, 0, 0, S);
    place(s, 1, last, last, N);
    if (s.n == 4) {
      place(s, 2, 0, last, S);
      place(s, 3, last, 0, N);
    }
    return s;
  }

  /** Team {@code team}'s flag carried by {@code carrier}. */
  static void carry(CtfState s, int team, int carrier) {
    s.flag[team] = CtfState.Flag.CARRIED;
    s.flagCarrier[team] = carrier;
    s.flagCell[team] = s.cell[carrier];
  }

  static int[] actions(int... a) {
    return a;
  }
}
