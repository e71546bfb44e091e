package org.psro4j.games.stratego;

import java.util.List;
import org.psro4j.game.BoardLayout;
import org.psro4j.game.Game;
import org.psro4j.game.GameParameters;
import org.psro4j.game.GameSpec;
import org.psro4j.game.GameType;
import org.psro4j.game.ParameterSpec;
import org.psro4j.game.State;

/**
 * Barrage Stratego, the eight-piece variant in the official Stratego rules (International Stratego
 * Federation, "ISF Game Rules", Barrage section; Jumbo/Hasbro rulebook), the benchmark of PSRO
 * (Lanctot et al. 2017) and Pipeline PSRO (McAleer et al. 2020).
 *
 * <p>Rules: a 10×10 board with the two 2×2 lakes; each player sets up Flag, Bomb, Spy, two Scouts,
 * Miner, General and Marshal in its own first four rows, unseen by the other. Player 0 moves first;
 * a move takes one piece one square orthogonally (not onto a lake or an own piece); a Scout moves
 * any distance in a straight line over empty squares. Moving onto an enemy piece attacks it: both
 * ranks are revealed, the higher strength wins (Marshal 10, General 9, Miner 3, Scout 2, Spy 1),
 * equal ranks are both removed, a Bomb removes its attacker unless that is the Miner, the Spy
 * defeats the Marshal only when the Spy attacks. Capturing the Flag wins; a player who must move
 * and cannot loses (a draw if neither side can move). The ISF two-squares rule is enforced: a piece
 * may not move between the same two squares more than three times in a row (the fourth such move is
 * illegal); for Scouts it is applied to the same two end squares only, and the ISF more-squares
 * (chasing) rule is left out. The official rules have no move limit; here the game is a draw after
 * {@code max_moves} moves. A Scout moving more than one square shows that it is a Scout (only
 * Scouts can), so its rank becomes known.
 *
 * <p>Setup is the first phase of the game: 16 moves, player 0 places its pieces in the fixed order
 * Flag, Bomb, Spy, Scout, Scout, Miner, General, Marshal, then player 1 does; action {@code s <
 * 100} puts the next piece on square {@code s} of the own four rows. Moves are actions {@code 100 +
 * from·36 + direction·9 + distance − 1} (see {@link Board}), 3,700 actions in all. Returns are +1,
 * −1 or 0 at the end (zero-sum). Information states and tensors: {@link BarrageViews}.
 *
 * <p>Parameters: {@code max_moves} (default 1000), the number of moves (both players together,
 * setup excluded) after which the game is drawn; {@code shaping} (default 0), a training option
 * that adds {@code shaping} to a player's return for each enemy piece it takes and subtracts it for
 * each own piece lost, paid at the move the piece falls (rewards every step, still zero-sum). The
 * rules do not change; policies trained with shaping play the unshaped game (same tensors and
 * actions). {@code potential} (default 0), a training option as well: potential-based shaping (Ng,
 * Harada and Russell, ICML 1999) on movable material weighted by strength, see {@link
 * MaterialPotential}; its rewards telescope to zero over a game, so the returns stay the outcome
 * (plus any {@code shaping}). {@code bomb} (default 0), the same kind of training option: a
 * potential of {@code bomb} while the enemy Bomb is taken (only a Miner takes one) and {@code
 * −bomb} while the own Bomb is, also in {@link MaterialPotential}.
 */
public final class BarrageStratego implements Game, BoardLayout {

  /** Registry entry. */
  public static final GameSpec SPEC =
      new GameSpec(
          "barrage_stratego",
          "Barrage Stratego: 8 pieces a side on the 10x10 board, hidden ranks (ISF rules)",
          List.of(
              new ParameterSpec(
                  "max_moves", 1000, "moves (both players, setup excluded) before a draw, >= 1"),
              new ParameterSpec(
                  "shaping",
                  0.0,
                  "training reward per enemy piece taken minus own piece lost, 0..0.1 (0: win/loss"
                      + " only)"),
              new ParameterSpec(
                  "potential",
                  0.0,
                  "potential-based training reward per Marshal of movable material (pieces weighted"
                      + " by strength), 0..1; the returns stay the outcome"),
              new ParameterSpec(
                  "bomb",
                  0.0,
                  "potential-based training reward while the enemy Bomb is taken (only a Miner"
                      + " takes one) minus while the own Bomb is, 0..1; the returns stay the"
                      + " outcome")),
          BarrageStratego::new);

  /** Placements before the first move: eight per player. */
  public static final int SETUP_MOVES = 2 * BarrageState.PER_SIDE;

  /** Pieces a side can lose before the game ends (all but the Flag). */
  private static final int LOSABLE = BarrageState.PER_SIDE - 1;

  private final GameParameters parameters;
  private final int maxMoves;
  private final double shaping;
  private final double potential;
  private final double bomb;
  private final GameType type;

  BarrageStratego(GameParameters parameters) {
    this.parameters = parameters;
    this.maxMoves = parameters.getInt("max_moves");
    if (maxMoves < 1) {
      throw new IllegalArgumentException(
          "barrage_stratego: max_moves=" + maxMoves + " must be at least 1");
    }
    this.shaping = parameters.getDouble("shaping");
    if (!(shaping >= 0 && shaping <= 0.1)) {
      throw new IllegalArgumentException(
          "barrage_stratego: shaping=" + shaping + " must be between 0 and 0.1");
    }
    this.potential = parameters.getDouble("potential");
    if (!(potential >= 0 && potential <= 1)) {
      throw new IllegalArgumentException(
          "barrage_stratego: potential=" + potential + " must be between 0 and 1");
    }
    this.bomb = parameters.getDouble("bomb");
    if (!(bomb >= 0 && bomb <= 1)) {
      throw new IllegalArgumentException(
          "barrage_stratego: bomb=" + bomb + " must be between 0 and 1");
    }
    this.type =
        new GameType(
            "barrage_stratego",
            "Barrage Stratego",
            GameType.Dynamics.SEQUENTIAL,
            GameType.ChanceMode.DETERMINISTIC,
            GameType.Information.IMPERFECT,
            GameType.Utility.ZERO_SUM,
            shaping > 0 || potential > 0 || bomb > 0
                ? GameType.RewardModel.REWARDS
                : GameType.RewardModel.TERMINAL,
            true,
            true,
            true);
  }

  /**
   * Return per piece of material: a player's return is its outcome (+1, −1, 0) plus {@code shaping}
   * × (enemy pieces taken − own pieces lost), paid as the pieces fall.
   */
  public double shaping() {
    return shaping;
  }

  /**
   * Potential-based shaping per Marshal of movable material: {@link MaterialPotential}; 0 when off.
   */
  public double potential() {
    return potential;
  }

  /** Potential-based shaping for the enemy Bomb taken: {@link MaterialPotential}; 0 when off. */
  public double bomb() {
    return bomb;
  }

  /** Moves (setup excluded) after which the game is a draw. */
  public int maxMoves() {
    return maxMoves;
  }

  @Override
  public GameType type() {
    return type;
  }

  @Override
  public GameParameters parameters() {
    return parameters;
  }

  @Override
  public int numPlayers() {
    return 2;
  }

  @Override
  public int numDistinctActions() {
    return Board.NUM_ACTIONS;
  }

  @Override
  public int maxChanceOutcomes() {
    return 0;
  }

  @Override
  public double minUtility() {
    return -1 - LOSABLE * shaping;
  }

  @Override
  public double maxUtility() {
    return 1 + LOSABLE * shaping;
  }

  /** The 16 placements and at most {@code max_moves} moves. */
  @Override
  public int maxGameLength() {
    return SETUP_MOVES + maxMoves;
  }

  @Override
  public State newInitialState() {
    return new BarrageState(this);
  }

  @Override
  public int informationStateTensorSize() {
    return BarrageViews.SIZE;
  }

  @Override
  public int observationTensorSize() {
    return BarrageViews.SIZE;
  }

  /** The 10 board rows. */
  @Override
  public int boardRows() {
    return Board.SIZE;
  }

  /** The 10 board columns. */
  @Override
  public int boardColumns() {
    return Board.SIZE;
  }

  /** The tensor's 19 planes: own ranks, revealed flags, opponent pieces, the last move. */
  @Override
  public int boardPlanes() {
    return BarrageViews.PLANES;
  }

  /**
   * One placement per square (actions 0–99), then 36 moves per from-square (4 directions × 9
   * distances, actions 100–3,699).
   */
  @Override
  public int[] actionChannels() {
    return new int[] {1, 4 * Board.MAX_DISTANCE};
  }

  @Override
  public String toString() {
    return parameters.toString();
  }
}
