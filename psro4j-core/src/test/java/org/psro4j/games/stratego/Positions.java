package org.psro4j.games.stratego;

import org.psro4j.game.Games;

/** Hand-built Barrage positions from board diagrams, for the rule tests. */
final class Positions {

  private Positions() {}

  static BarrageStratego game(int maxMoves) {
    return (BarrageStratego) Games.load("barrage_stratego(max_moves=" + maxMoves + ")");
  }

  /**
   * The position drawn in {@code rows}, row 10 first, one character a square: {@code .} or {@code
   * ~} empty or lake, rank letters (F B S C N G M) upper case for player 0, lower case for player
   * 1.
   */
  static BarrageState parse(BarrageStratego game, int toMove, String... rows) {
    if (rows.length != Board.SIZE) {
      throw new IllegalArgumentException("need 10 rows, got " + rows.length);
    }
    byte[] pieces = new byte[Board.SQUARES];
    boolean[] used = new boolean[2 * BarrageState.PER_SIDE];
    for (int i = 0; i < Board.SIZE; i++) {
      int row = Board.SIZE - 1 - i;
      for (int col = 0; col < Board.SIZE; col++) {
        char c = rows[i].charAt(col);
        if (c == '.' || c == '~') {
          continue;
        }
        int side = Character.isUpperCase(c) ? 0 : 1;
        int piece = freePiece(Character.toUpperCase(c), side, used);
        used[piece] = true;
        pieces[row * Board.SIZE + col] = (byte) (piece + 1);
      }
    }
    return BarrageState.position(game, pieces, toMove);
  }

  private static int freePiece(char letter, int side, boolean[] used) {
    for (int id = 0; id < BarrageState.PER_SIDE; id++) {
      int piece = side * BarrageState.PER_SIDE + id;
      if (BarrageState.PIECES[id].letter() == letter && !used[piece]) {
        return piece;
      }
    }
    throw new IllegalArgumentException("no free piece " + letter + " for player " + side);
  }

  /** Square index of a name like {@code c4}. */
  static int sq(String name) {
    return (name.charAt(1) - '1' + (name.length() == 3 ? 9 : 0)) * Board.SIZE
        + (name.charAt(0) - 'a');
  }

  /** The move action from {@code from} to {@code to} (names), which must be in a straight line. */
  static int move(String from, String to) {
    int f = sq(from);
    int t = sq(to);
    for (int dir = 0; dir < 4; dir++) {
      for (int dist = 1; dist <= Board.MAX_DISTANCE; dist++) {
        if (Board.step(f, dir, dist) == t) {
          return Board.moveAction(f, dir, dist);
        }
      }
    }
    throw new IllegalArgumentException(from + "-" + to + " is not a straight line");
  }

  /** The rank standing on {@code name}, or null. */
  static Rank rankAt(BarrageState s, String name) {
    int piece = s.pieceAt(sq(name));
    return piece == BarrageState.NONE ? null : BarrageState.rank(piece);
  }

  static int ownerAt(BarrageState s, String name) {
    return BarrageState.owner(s.pieceAt(sq(name)));
  }
}
