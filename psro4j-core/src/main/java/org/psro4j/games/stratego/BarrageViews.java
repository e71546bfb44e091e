package org.psro4j.games.stratego;

import java.util.Arrays;

/**
 * What a player of {@link BarrageStratego} knows, as a string and as a tensor.
 *
 * <p>The string starts with the player, the mover and the counters, then the board from row 10 down
 * to row 1, two characters a square: {@code ~~} lake, {@code ..} empty, own pieces as an upper-case
 * rank letter followed by {@code *} if the opponent knows the rank, opponent pieces as {@code ? }
 * (unknown, never moved), {@code ?+} (unknown, has moved, so no Bomb or Flag) or the lower-case
 * letter of a revealed rank. During setup the opponent's pieces are not shown. Then the ranks each
 * side lost, the last move and the player's own two-squares run. It is a summary of the player's
 * knowledge rather than the history of observations: histories that leave the same knowledge of
 * pieces share a string.
 *
 * <p>The tensor ({@value #SIZE} floats) holds 19 planes of 100 squares (own ranks ×7, own revealed,
 * opponent revealed ranks ×7, opponent unknown unmoved, opponent unknown moved, last move from,
 * last move to), then setup flag, next piece to place (one-hot ×8), player is 1, moves / (moves +
 * 100) (the same whatever {@code max_moves}), own losses per rank ×7, opponent losses per rank ×7,
 * and whether the two-squares rule blocks a move.
 */
final class BarrageViews {

  static final int PLANES = 19;
  static final int SIZE = PLANES * Board.SQUARES + 26;

  /**
   * The move count enters the tensor as {@code moves / (moves + MOVE_SCALE)}: 0 at the start, 1/2
   * after {@value} moves, rising towards 1; the same at a given move whatever the game's {@code
   * max_moves}, so a policy trained with a short move limit reads the official game alike.
   */
  static final int MOVE_SCALE = 100;

  private BarrageViews() {}

  static String informationStateString(BarrageState s, int player) {
    StringBuilder sb = new StringBuilder(320);
    int placed = Math.min(BarrageState.PER_SIDE, Math.max(0, s.placed - player * 8));
    sb.append('p')
        .append(player)
        .append(" to_move=")
        .append(s.currentPlayer())
        .append(" placed=")
        .append(placed)
        .append(" moves=")
        .append(s.moves)
        .append('\n');
    for (int row = Board.SIZE - 1; row >= 0; row--) {
      for (int col = 0; col < Board.SIZE; col++) {
        appendCell(sb, s, player, row * Board.SIZE + col);
      }
      sb.append('\n');
    }
    sb.append("lost=");
    appendLost(sb, s, player);
    sb.append(" taken=");
    appendLost(sb, s, 1 - player);
    sb.append(" last=").append(lastMove(s));
    int run = twoSquaresRun(s, player);
    if (run > 0) {
      sb.append(" run=")
          .append(Board.name(s.lastFrom[player]))
          .append('-')
          .append(Board.name(s.lastTo[player]))
          .append('x')
          .append(run);
    }
    return sb.append('\n').toString();
  }

  private static void appendCell(StringBuilder sb, BarrageState s, int player, int sq) {
    int piece = s.pieceAt(sq);
    if (Board.isLake(sq)) {
      sb.append("~~");
    } else if (piece == BarrageState.NONE || (s.inSetup() && BarrageState.owner(piece) != player)) {
      sb.append("..");
    } else if (BarrageState.owner(piece) == player) {
      sb.append(BarrageState.rank(piece).letter()).append(s.revealed[piece] ? '*' : ' ');
    } else if (s.revealed[piece]) {
      sb.append(Character.toLowerCase(BarrageState.rank(piece).letter())).append(' ');
    } else {
      sb.append('?').append(s.moved[piece] ? '+' : ' ');
    }
  }

  private static void appendLost(StringBuilder sb, BarrageState s, int side) {
    for (int id = 0; id < BarrageState.PER_SIDE; id++) {
      if (s.captured[side * BarrageState.PER_SIDE + id]) {
        sb.append(BarrageState.PIECES[id].letter());
      }
    }
  }

  private static String lastMove(BarrageState s) {
    return s.lastMoveFrom == BarrageState.NONE
        ? "-"
        : Board.name(s.lastMoveFrom) + "-" + Board.name(s.lastMoveTo);
  }

  /** The player's current run for the two-squares rule, 0 if its piece is no longer there. */
  private static int twoSquaresRun(BarrageState s, int player) {
    int to = s.lastTo[player];
    return to != BarrageState.NONE && s.pieceAt(to) == s.lastPiece[player] ? s.streak[player] : 0;
  }

  static void tensor(BarrageState s, int player, float[] out, int offset) {
    Arrays.fill(out, offset, offset + SIZE, 0f);
    boolean setup = s.inSetup();
    for (int sq = 0; sq < Board.SQUARES; sq++) {
      int piece = s.pieceAt(sq);
      if (piece == BarrageState.NONE) {
        continue;
      }
      int plane;
      Rank rank = BarrageState.rank(piece);
      if (BarrageState.owner(piece) == player) {
        plane = rank.ordinal();
        if (s.revealed[piece]) {
          out[offset + 7 * Board.SQUARES + sq] = 1f;
        }
      } else if (setup) {
        continue;
      } else if (s.revealed[piece]) {
        plane = 8 + rank.ordinal();
      } else {
        plane = s.moved[piece] ? 16 : 15;
      }
      out[offset + plane * Board.SQUARES + sq] = 1f;
    }
    if (s.lastMoveFrom != BarrageState.NONE) {
      out[offset + 17 * Board.SQUARES + s.lastMoveFrom] = 1f;
      out[offset + 18 * Board.SQUARES + s.lastMoveTo] = 1f;
    }
    int at = offset + PLANES * Board.SQUARES;
    int placed = s.placed - player * BarrageState.PER_SIDE;
    if (setup) {
      out[at] = 1f;
      if (placed >= 0 && placed < BarrageState.PER_SIDE && s.currentPlayer() == player) {
        out[at + 1 + placed] = 1f;
      }
    }
    out[at + 9] = player;
    out[at + 10] = (float) s.moves / (s.moves + MOVE_SCALE);
    for (int side = 0; side < 2; side++) {
      int base = at + 11 + 7 * side;
      int who = side == 0 ? player : 1 - player;
      for (int id = 0; id < BarrageState.PER_SIDE; id++) {
        if (s.captured[who * BarrageState.PER_SIDE + id]) {
          out[base + BarrageState.PIECES[id].ordinal()] += 1f;
        }
      }
    }
    out[at + 25] = twoSquaresRun(s, player) >= 3 ? 1f : 0f;
  }

  /** Every rank shown, player 0 upper case and player 1 lower case, with all counters. */
  static String fullBoard(BarrageState s) {
    StringBuilder sb = new StringBuilder(400);
    sb.append("placed=")
        .append(s.placed)
        .append(" moves=")
        .append(s.moves)
        .append(" current=")
        .append(s.currentPlayer())
        .append(" winner=")
        .append(s.winner)
        .append(" last=")
        .append(lastMove(s))
        .append('\n');
    for (int row = Board.SIZE - 1; row >= 0; row--) {
      for (int col = 0; col < Board.SIZE; col++) {
        int sq = row * Board.SIZE + col;
        int piece = s.pieceAt(sq);
        if (Board.isLake(sq)) {
          sb.append("~~");
        } else if (piece == BarrageState.NONE) {
          sb.append("..");
        } else {
          char c = BarrageState.rank(piece).letter();
          sb.append(BarrageState.owner(piece) == 0 ? c : Character.toLowerCase(c))
              .append(s.revealed[piece] ? '*' : s.moved[piece] ? '+' : ' ');
        }
      }
      sb.append('\n');
    }
    for (int p = 0; p < 2; p++) {
      sb.append("run").append(p).append('=').append(s.lastPiece[p]).append(',');
      sb.append(s.lastFrom[p]).append(',').append(s.lastTo[p]).append(',').append(s.streak[p]);
      sb.append(' ');
    }
    return sb.toString();
  }
}
