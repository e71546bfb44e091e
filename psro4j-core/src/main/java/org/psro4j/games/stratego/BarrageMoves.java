package org.psro4j.games.stratego;

import java.util.Arrays;

/**
 * Legal actions of a {@link BarrageState}: the free squares of the own four rows during setup, and
 * afterwards straight-line moves (one square, any distance over empty squares for a Scout, ending
 * on an empty square or the first enemy piece) that the ISF two-squares rule allows.
 */
final class BarrageMoves {

  private BarrageMoves() {}

  static int[] setupSquares(BarrageState s, int player) {
    int[] out = new int[Board.SIZE * Board.SETUP_ROWS];
    int n = 0;
    int first = player == 0 ? 0 : Board.SQUARES - out.length;
    for (int sq = first; sq < first + out.length; sq++) {
      if (s.board[sq] == 0) {
        out[n++] = sq;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The legal moves of {@code player}, increasing: straight lines, scouts any distance. */
  static int[] moves(BarrageState s, int player) {
    int[] out = new int[64];
    int n = 0;
    for (int from = 0; from < Board.SQUARES; from++) {
      int piece = s.pieceAt(from);
      if (piece == BarrageState.NONE
          || BarrageState.owner(piece) != player
          || !BarrageState.rank(piece).movable()) {
        continue;
      }
      int reach = BarrageState.rank(piece) == Rank.SCOUT ? Board.MAX_DISTANCE : 1;
      for (int dir = 0; dir < 4; dir++) {
        for (int dist = 1; dist <= reach; dist++) {
          int to = Board.step(from, dir, dist);
          if (to < 0 || Board.isLake(to)) {
            break;
          }
          int other = s.pieceAt(to);
          if (other != BarrageState.NONE && BarrageState.owner(other) == player) {
            break;
          }
          if (!breaksTwoSquares(s, player, piece, from, to)) {
            if (n == out.length) {
              out = Arrays.copyOf(out, 2 * n);
            }
            out[n++] = Board.moveAction(from, dir, dist);
          }
          if (other != BarrageState.NONE) {
            break;
          }
        }
      }
    }
    return n == 0 ? BarrageState.NO_ACTIONS : Arrays.copyOf(out, n);
  }

  /** The ISF two-squares rule: no fourth move in a row of one piece between the same squares. */
  private static boolean breaksTwoSquares(BarrageState s, int player, int piece, int from, int to) {
    return s.streak[player] >= 3
        && s.lastPiece[player] == piece
        && s.lastFrom[player] == to
        && s.lastTo[player] == from;
  }
}
