package org.psro4j.games.stratego;

import java.util.Objects;
import org.psro4j.game.State;

/**
 * An omniscient, read-only copy of a {@link BarrageStratego} position for pictures, traces and
 * tests (never for players): every piece's owner, rank, square, whether it moved and whether the
 * opponent knows its rank, and how the game ended. Rows and columns count from player 0's back row
 * and the a-file (square {@code a1} is row 0, column 0). Pieces are numbered {@code 0..15}: player
 * 0's Flag, Bomb, Spy, Scout, Scout, Miner, General, Marshal, then player 1's.
 */
public final class BarragePosition {

  /** Rows and columns of the board. */
  public static final int SIZE = Board.SIZE;

  /** Pieces of both sides together. */
  public static final int PIECES = 2 * BarrageState.PER_SIDE;

  /** How a game ended, or that it has not. */
  public enum Ending {
    /** Still being set up or played. */
    NOT_OVER,
    /** The winner took the loser's Flag. */
    FLAG_CAPTURED,
    /** The loser had to move and could not. */
    NO_LEGAL_MOVE,
    /** Drawn: {@code max_moves} moves were played. */
    MOVE_LIMIT,
    /** Drawn: neither side could move. */
    NEITHER_CAN_MOVE
  }

  private final BarrageState s;

  private BarragePosition(BarrageState s) {
    this.s = s;
  }

  /** A copy of {@code state}, which must be a {@code barrage_stratego} state. */
  public static BarragePosition of(State state) {
    Objects.requireNonNull(state, "state");
    if (!(state instanceof BarrageState b)) {
      throw new IllegalArgumentException(state.game() + " is not barrage_stratego");
    }
    return new BarragePosition((BarrageState) b.copy());
  }

  /** Whether the square is one of the two 2×2 lakes. */
  public static boolean isLake(int row, int col) {
    return Board.isLake(square(row, col));
  }

  /** The piece on the square, or −1 when it is empty. */
  public int pieceAt(int row, int col) {
    return s.pieceAt(square(row, col));
  }

  /** The player (0 or 1) that owns {@code piece}. */
  public static int owner(int piece) {
    return BarrageState.owner(checkPiece(piece));
  }

  /** The rank letter of {@code piece}: F, B, S, C (Scout), N (Miner), G or M, as in the traces. */
  public static char letter(int piece) {
    return BarrageState.rank(checkPiece(piece)).letter();
  }

  /** The rank of {@code piece} as a word: Flag, Bomb, Spy, Scout, Miner, General or Marshal. */
  public static String rankName(int piece) {
    String name = BarrageState.rank(checkPiece(piece)).name();
    return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  /** The row of {@code piece}, or −1 before it is placed and after it is taken. */
  public int row(int piece) {
    int sq = s.square[checkPiece(piece)];
    return sq < 0 ? -1 : sq / SIZE;
  }

  /** The column of {@code piece}, or −1 before it is placed and after it is taken. */
  public int col(int piece) {
    int sq = s.square[checkPiece(piece)];
    return sq < 0 ? -1 : sq % SIZE;
  }

  /** Whether {@code piece} was removed in combat. */
  public boolean captured(int piece) {
    return s.captured[checkPiece(piece)];
  }

  /** Whether the opponent knows the rank of {@code piece} (combat, or a Scout's long move). */
  public boolean revealed(int piece) {
    return s.revealed[checkPiece(piece)];
  }

  /** Whether {@code piece} has moved. */
  public boolean moved(int piece) {
    return s.moved[checkPiece(piece)];
  }

  /** Whether pieces are still being placed. */
  public boolean inSetup() {
    return s.inSetup();
  }

  /** Moves played since the setup. */
  public int moves() {
    return s.moves;
  }

  /** The winner (0 or 1), or −1 for a draw or a game not over. */
  public int winner() {
    return s.winner == 0 || s.winner == 1 ? s.winner : -1;
  }

  /** How the game ended. */
  public Ending ending() {
    if (s.winner == BarrageState.NONE) {
      return Ending.NOT_OVER;
    }
    if (s.winner == BarrageState.DRAW) {
      return s.moves >= s.game.maxMoves() ? Ending.MOVE_LIMIT : Ending.NEITHER_CAN_MOVE;
    }
    boolean flagTaken = s.captured[(1 - s.winner) * BarrageState.PER_SIDE];
    return flagTaken ? Ending.FLAG_CAPTURED : Ending.NO_LEGAL_MOVE;
  }

  /**
   * The squares of move {@code action} as {row, col} of the start then of the target, or null for a
   * placement (actions below 100).
   */
  public static int[] moveSquares(int action) {
    if (action < 0 || action >= Board.NUM_ACTIONS) {
      throw new IllegalArgumentException("action " + action + " is not a barrage_stratego action");
    }
    if (action < Board.MOVE_BASE) {
      return null;
    }
    int from = Board.moveFrom(action);
    int to = Board.moveTo(action);
    if (to < 0) {
      throw new IllegalArgumentException("action " + action + " leaves the board");
    }
    return new int[] {from / SIZE, from % SIZE, to / SIZE, to % SIZE};
  }

  private static int square(int row, int col) {
    if (row < 0 || row >= SIZE || col < 0 || col >= SIZE) {
      throw new IllegalArgumentException("square (" + row + ", " + col + ") is off the board");
    }
    return row * SIZE + col;
  }

  private static int checkPiece(int piece) {
    if (piece < 0 || piece >= PIECES) {
      throw new IllegalArgumentException("piece " + piece + " is not between 0 and 15");
    }
    return piece;
  }

  /** The full board as {@code psro4j stratego play} prints it. */
  @Override
  public String toString() {
    return s.toString();
  }
}
