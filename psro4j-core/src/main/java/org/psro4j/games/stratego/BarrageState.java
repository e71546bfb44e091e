package org.psro4j.games.stratego;

import java.util.Arrays;
import org.psro4j.game.ChanceOutcome;
import org.psro4j.game.Game;
import org.psro4j.game.State;

/**
 * A position of {@link BarrageStratego}: the setup phase (16 placements, player 0's eight then
 * player 1's), then alternating moves from player 0.
 */
final class BarrageState implements State {

  /**
   * The eight pieces of a side by piece id: Flag, Bomb, Spy, Scout, Scout, Miner, General, Marshal.
   */
  static final Rank[] PIECES = {
    Rank.FLAG, Rank.BOMB, Rank.SPY, Rank.SCOUT, Rank.SCOUT, Rank.MINER, Rank.GENERAL, Rank.MARSHAL
  };

  static final int PER_SIDE = PIECES.length;
  static final int NONE = -1;
  static final int DRAW = 2;
  static final int[] NO_ACTIONS = new int[0];

  final BarrageStratego game;

  /** Per square: 0 if empty, else piece index + 1; piece index = player * 8 + piece id. */
  final byte[] board;

  /** Per piece index: its square, or {@link #NONE} before placement and after capture. */
  final int[] square;

  /** Per piece index: whether the opponent knows its rank (combat, or a scout's long move). */
  final boolean[] revealed;

  /** Per piece index: whether it has moved (so the opponent knows it is no Bomb or Flag). */
  final boolean[] moved;

  /** Per piece index: whether it was removed in combat. */
  final boolean[] captured;

  /** Per player, for the two-squares rule: the piece of its last move, from, to, run length. */
  final int[] lastPiece;

  final int[] lastFrom;
  final int[] lastTo;
  final int[] streak;
  int placed;
  int moves;
  int current;
  int winner = NONE;
  int lastMoveFrom = NONE;
  int lastMoveTo = NONE;

  /** {@link #material()} before the last action, for {@link #rewards()}. */
  private int materialBefore;

  /** Player 0's {@link MaterialPotential} before the last action, for {@link #rewards()}. */
  private double potentialBefore;

  private int[] legal;

  BarrageState(BarrageStratego game) {
    this.game = game;
    board = new byte[Board.SQUARES];
    square = new int[2 * PER_SIDE];
    Arrays.fill(square, NONE);
    revealed = new boolean[2 * PER_SIDE];
    moved = new boolean[2 * PER_SIDE];
    captured = new boolean[2 * PER_SIDE];
    lastPiece = new int[] {NONE, NONE};
    lastFrom = new int[] {NONE, NONE};
    lastTo = new int[] {NONE, NONE};
    streak = new int[2];
  }

  private BarrageState(BarrageState o) {
    game = o.game;
    board = o.board.clone();
    square = o.square.clone();
    revealed = o.revealed.clone();
    moved = o.moved.clone();
    captured = o.captured.clone();
    lastPiece = o.lastPiece.clone();
    lastFrom = o.lastFrom.clone();
    lastTo = o.lastTo.clone();
    streak = o.streak.clone();
    placed = o.placed;
    moves = o.moves;
    current = o.current;
    winner = o.winner;
    lastMoveFrom = o.lastMoveFrom;
    lastMoveTo = o.lastMoveTo;
    materialBefore = o.materialBefore;
    potentialBefore = o.potentialBefore;
    legal = o.legal;
  }

  /**
   * A position after setup, built piece by piece: {@code pieces[sq]} is 0 for an empty square or a
   * piece index + 1; pieces of a side that are absent count as captured. {@code toMove} moves next
   * (and loses at once if it cannot move).
   */
  static BarrageState position(BarrageStratego game, byte[] pieces, int toMove) {
    BarrageState s = new BarrageState(game);
    for (int sq = 0; sq < Board.SQUARES; sq++) {
      int piece = pieces[sq] - 1;
      if (piece != NONE) {
        if (Board.isLake(sq) || s.square[piece] != NONE) {
          throw new IllegalArgumentException("piece " + piece + " cannot stand on " + sq);
        }
        s.place(piece, sq);
      }
    }
    for (int piece = 0; piece < 2 * PER_SIDE; piece++) {
      s.captured[piece] = s.square[piece] == NONE;
    }
    s.placed = 2 * PER_SIDE;
    s.materialBefore = s.material();
    s.potentialBefore = MaterialPotential.of(s);
    s.current = toMove;
    s.checkStalemate(toMove);
    return s;
  }

  static int owner(int piece) {
    return piece / PER_SIDE;
  }

  static Rank rank(int piece) {
    return PIECES[piece % PER_SIDE];
  }

  /** The piece index on {@code sq}, or {@link #NONE}. */
  int pieceAt(int sq) {
    return board[sq] - 1;
  }

  boolean inSetup() {
    return placed < 2 * PER_SIDE;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public int currentPlayer() {
    return winner == NONE ? current : TERMINAL;
  }

  @Override
  public int[] legalActions(int player) {
    if (winner != NONE || player != current) {
      return NO_ACTIONS;
    }
    if (legal == null) {
      legal = inSetup() ? BarrageMoves.setupSquares(this, player) : moves(player);
    }
    return legal;
  }

  @Override
  public ChanceOutcome[] chanceOutcomes() {
    throw new IllegalStateException("barrage_stratego has no chance nodes");
  }

  @Override
  public void apply(int action) {
    if (winner != NONE) {
      throw new IllegalStateException("the game is over: " + this);
    }
    if (Arrays.binarySearch(legalActions(current), action) < 0) {
      throw new IllegalArgumentException(
          "action " + action + " (" + actionToString(current, action) + ") is not legal");
    }
    legal = null;
    materialBefore = material();
    potentialBefore = MaterialPotential.of(this);
    if (inSetup()) {
      int piece = current * PER_SIDE + placed % PER_SIDE;
      board[action] = (byte) (piece + 1);
      square[piece] = action;
      placed++;
      current = placed < PER_SIDE ? 0 : placed < 2 * PER_SIDE ? 1 : 0;
      if (!inSetup()) {
        checkStalemate(0);
      }
      return;
    }
    play(action);
  }

  private void play(int action) {
    int player = current;
    int from = Board.moveFrom(action);
    int to = Board.moveTo(action);
    int piece = pieceAt(from);
    if (lastPiece[player] == piece && lastFrom[player] == to && lastTo[player] == from) {
      streak[player]++;
    } else {
      streak[player] = 1;
    }
    lastPiece[player] = piece;
    lastFrom[player] = from;
    lastTo[player] = to;
    moved[piece] = true;
    if (Board.moveDistance(action) > 1) {
      revealed[piece] = true;
    }
    lastMoveFrom = from;
    lastMoveTo = to;
    moves++;
    int defender = pieceAt(to);
    board[from] = 0;
    if (defender == NONE) {
      place(piece, to);
    } else {
      revealed[piece] = true;
      revealed[defender] = true;
      switch (Combat.resolve(rank(piece), rank(defender))) {
        case FLAG_CAPTURED -> {
          remove(defender);
          place(piece, to);
          winner = player;
          return;
        }
        case ATTACKER_WINS -> {
          remove(defender);
          place(piece, to);
        }
        case DEFENDER_WINS -> remove(piece);
        case BOTH_REMOVED -> {
          remove(piece);
          remove(defender);
        }
      }
    }
    if (moves >= game.maxMoves()) {
      winner = DRAW;
      return;
    }
    current = 1 - player;
    checkStalemate(current);
  }

  /** A player to move without a legal move loses; if neither side can move it is a draw (ISF). */
  private void checkStalemate(int toMove) {
    legal = moves(toMove);
    if (legal.length == 0) {
      winner = moves(1 - toMove).length == 0 ? DRAW : 1 - toMove;
    }
  }

  /** The legal moves of {@code player} now, increasing (see {@link BarrageMoves}). */
  int[] moves(int player) {
    return BarrageMoves.moves(this, player);
  }

  private void place(int piece, int sq) {
    board[sq] = (byte) (piece + 1);
    square[piece] = sq;
  }

  private void remove(int piece) {
    board[square[piece]] = 0;
    square[piece] = NONE;
    captured[piece] = true;
  }

  @Override
  public State copy() {
    return new BarrageState(this);
  }

  @Override
  public double[] returns() {
    double[] r = new double[2];
    if (winner == 0 || winner == 1) {
      r[winner] = 1;
      r[1 - winner] = -1;
    }
    double shaping = game.shaping();
    r[0] += shaping * material();
    r[1] -= shaping * material();
    double potential = MaterialPotential.of(this);
    r[0] += potential;
    r[1] -= potential;
    return r;
  }

  /**
   * The return of the last action: its shaping and potential terms, plus the outcome if it ended
   * the game. Before the end, {@link #returns()} holds the rewards so far (the potential included).
   */
  @Override
  public double[] rewards() {
    double[] r = returns();
    double before = game.shaping() * materialBefore + potentialBefore;
    r[0] -= before;
    r[1] += before;
    return r;
  }

  /** Player 1's pieces lost minus player 0's, the Flag excluded (its loss ends the game). */
  private int material() {
    int material = 0;
    for (int id = 1; id < PER_SIDE; id++) {
      material += (captured[PER_SIDE + id] ? 1 : 0) - (captured[id] ? 1 : 0);
    }
    return material;
  }

  @Override
  public String informationStateString(int player) {
    return BarrageViews.informationStateString(this, checkPlayer(player));
  }

  @Override
  public void informationStateTensor(int player, float[] out, int offset) {
    BarrageViews.tensor(this, checkPlayer(player), out, offset);
  }

  @Override
  public void observationTensor(int player, float[] out, int offset) {
    BarrageViews.tensor(this, checkPlayer(player), out, offset);
  }

  private static int checkPlayer(int player) {
    if (player != 0 && player != 1) {
      throw new IllegalArgumentException("player " + player + " is not 0 or 1");
    }
    return player;
  }

  @Override
  public String actionToString(int player, int action) {
    if (action < 0 || action >= Board.NUM_ACTIONS) {
      return "invalid(" + action + ")";
    }
    if (action < Board.MOVE_BASE) {
      return "place " + Board.name(action);
    }
    int to = Board.moveTo(action);
    return Board.name(Board.moveFrom(action)) + "-" + (to < 0 ? "off" : Board.name(to));
  }

  /** The whole position, every rank shown (for debugging and tests, not for players). */
  @Override
  public String toString() {
    return BarrageViews.fullBoard(this);
  }
}
