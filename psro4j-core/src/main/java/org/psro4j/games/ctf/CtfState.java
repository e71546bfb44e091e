package org.psro4j.games.ctf;

import java.util.Arrays;
import org.psro4j.game.ChanceOutcome;
import org.psro4j.game.Game;
import org.psro4j.game.State;

/**
 * A state of {@link CaptureTheFlag}: players' cells, facings and respawn timers, the two flags, the
 * score and each player's history. The rules of one step live in {@link CtfStep}.
 */
public final class CtfState implements State {

  // Action ids, as in Melting Pot's action set (one beam); moves are relative to the facing.

  /** Do nothing (the only action of a player who is out). */
  public static final int STAY = 0;

  /** Step one cell ahead. */
  public static final int FORWARD = 1;

  /** Step one cell back. */
  public static final int BACKWARD = 2;

  /** Step one cell to the left. */
  public static final int STEP_LEFT = 3;

  /** Step one cell to the right. */
  public static final int STEP_RIGHT = 4;

  /** Turn 90° counter-clockwise. */
  public static final int TURN_LEFT = 5;

  /** Turn 90° clockwise. */
  public static final int TURN_RIGHT = 6;

  /** Fire the tag beam ahead. */
  public static final int TAG = 7;

  static final String[] ACTION_NAMES = {
    "stay", "forward", "backward", "step_left", "step_right", "turn_left", "turn_right", "tag"
  };

  /** A flag on its home tile, carried by a player, or dropped on the ground. */
  enum Flag {
    HOME,
    CARRIED,
    DROPPED
  }

  private static final int[] ALL_ACTIONS = {0, 1, 2, 3, 4, 5, 6, 7};
  private static final int[] STAY_ONLY = {STAY};

  final CaptureTheFlag game;
  final CtfArena arena;
  final int n;

  /** Cell of each player, or -1 while it is out. */
  final int[] cell;

  final int[] facing;

  /** Steps until an out player respawns; 0 while it is on the map. */
  final int[] outFor;

  /** Per team: its flag's status, carrier (or -1) and cell (home, carrier's or drop cell). */
  final Flag[] flag = new Flag[2];

  final int[] flagCarrier = new int[2];
  final int[] flagCell = new int[2];
  final int[] captures = new int[2];
  final double[] returns;
  double[] rewards;
  int step;

  /** What each player has done and seen, newest first (shared between copies). */
  final CtfHistory[] history;

  /** Per player and opponent: the cell and step it last saw that opponent on, or -1. */
  final int[][] seenCell;

  final int[][] seenStep;

  CtfState(CaptureTheFlag game) {
    this.game = game;
    this.arena = game.arena;
    this.n = game.numPlayers();
    this.cell = new int[n];
    this.facing = new int[n];
    this.outFor = new int[n];
    for (int p = 0; p < n; p++) {
      int team = CaptureTheFlag.team(p);
      cell[p] = arena.spawn(team, p / 2);
      facing[p] = team == 0 ? 2 : 0;
    }
    for (int t = 0; t < 2; t++) {
      flag[t] = Flag.HOME;
      flagCarrier[t] = -1;
      flagCell[t] = arena.home(t);
    }
    this.returns = new double[n];
    this.rewards = new double[n];
    this.seenCell = new int[n][n];
    this.seenStep = new int[n][n];
    for (int[] row : seenCell) {
      Arrays.fill(row, -1);
    }
    CtfObserver.remember(this);
    this.history = new CtfHistory[n];
    for (int p = 0; p < n; p++) {
      history[p] = CtfHistory.start(CtfObserver.observationKey(this, p));
    }
  }

  private CtfState(CtfState o) {
    this.game = o.game;
    this.arena = o.arena;
    this.n = o.n;
    this.cell = o.cell.clone();
    this.facing = o.facing.clone();
    this.outFor = o.outFor.clone();
    System.arraycopy(o.flag, 0, flag, 0, 2);
    System.arraycopy(o.flagCarrier, 0, flagCarrier, 0, 2);
    System.arraycopy(o.flagCell, 0, flagCell, 0, 2);
    System.arraycopy(o.captures, 0, captures, 0, 2);
    this.returns = o.returns.clone();
    this.rewards = o.rewards.clone();
    this.step = o.step;
    this.history = o.history.clone();
    this.seenCell = new int[n][];
    this.seenStep = new int[n][];
    for (int p = 0; p < n; p++) {
      seenCell[p] = o.seenCell[p].clone();
      seenStep[p] = o.seenStep[p].clone();
    }
  }

  /** The game. */
  public CaptureTheFlag ctf() {
    return game;
  }

  /** Steps played so far. */
  public int step() {
    return step;
  }

  /** Captures by team 0 (red) or 1 (blue). */
  public int captures(int team) {
    return captures[team];
  }

  /** Whether {@code player} is on the map (not waiting to respawn). */
  public boolean isIn(int player) {
    return cell[player] >= 0;
  }

  /** Row of {@code player}, or -1 while it is out. */
  public int row(int player) {
    return cell[player] < 0 ? -1 : arena.row(cell[player]);
  }

  /** Column of {@code player}, or -1 while it is out. */
  public int col(int player) {
    return cell[player] < 0 ? -1 : arena.col(cell[player]);
  }

  /** Facing of {@code player}: 0 north, 1 east, 2 south, 3 west. */
  public int facing(int player) {
    return facing[player];
  }

  /** The player carrying team {@code team}'s flag, or -1. */
  public int flagCarrier(int team) {
    return flagCarrier[team];
  }

  /** Row of team {@code team}'s flag (its home, its carrier's or where it was dropped). */
  public int flagRow(int team) {
    return arena.row(flagCell[team]);
  }

  /** Column of team {@code team}'s flag. */
  public int flagCol(int team) {
    return arena.col(flagCell[team]);
  }

  /** Whether team {@code team}'s flag is on its home tile. */
  public boolean flagHome(int team) {
    return flag[team] == Flag.HOME;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public int currentPlayer() {
    return step >= game.horizon ? TERMINAL : SIMULTANEOUS;
  }

  @Override
  public int[] legalActions(int player) {
    if (step >= game.horizon || player < 0 || player >= n) {
      return new int[0];
    }
    return (cell[player] >= 0 ? ALL_ACTIONS : STAY_ONLY).clone();
  }

  @Override
  public ChanceOutcome[] chanceOutcomes() {
    throw new IllegalStateException("capture_the_flag has no chance nodes: " + this);
  }

  @Override
  public void apply(int action) {
    throw new IllegalStateException(
        step >= game.horizon
            ? "cannot act in a terminal state: " + this
            : "capture_the_flag moves are simultaneous: use apply(int[]) in " + this);
  }

  @Override
  public void apply(int[] jointAction) {
    if (step >= game.horizon) {
      throw new IllegalStateException("cannot act in a terminal state: " + this);
    }
    if (jointAction.length != n) {
      throw new IllegalArgumentException(
          "joint action " + Arrays.toString(jointAction) + " needs " + n + " actions");
    }
    for (int p = 0; p < n; p++) {
      int a = jointAction[p];
      boolean legal = cell[p] >= 0 ? a >= 0 && a < CaptureTheFlag.NUM_ACTIONS : a == STAY;
      if (!legal) {
        throw new IllegalArgumentException("player " + p + " cannot play " + a + " in " + this);
      }
    }
    rewards = CtfStep.play(this, jointAction);
    for (int p = 0; p < n; p++) {
      returns[p] += rewards[p];
    }
    step++;
    CtfObserver.remember(this);
    for (int p = 0; p < n; p++) {
      history[p] = history[p].then(jointAction[p], CtfObserver.observationKey(this, p));
    }
  }

  @Override
  public CtfState copy() {
    return new CtfState(this);
  }

  @Override
  public double[] returns() {
    return returns.clone();
  }

  @Override
  public double[] rewards() {
    return rewards.clone();
  }

  @Override
  public String informationStateString(int player) {
    return history[checkPlayer(player)].describe(player);
  }

  @Override
  public String observationString(int player) {
    return CtfObserver.describe(this, checkPlayer(player));
  }

  @Override
  public void observationTensor(int player, float[] out, int offset) {
    CtfObserver.writeObservation(this, checkPlayer(player), out, offset);
  }

  @Override
  public void informationStateTensor(int player, float[] out, int offset) {
    CtfObserver.writeInformationState(this, checkPlayer(player), out, offset);
  }

  int checkPlayer(int player) {
    if (player < 0 || player >= n) {
      throw new IllegalArgumentException("player " + player + " is not in 0.." + (n - 1));
    }
    return player;
  }

  @Override
  public String actionToString(int player, int action) {
    return action >= 0 && action < ACTION_NAMES.length
        ? "P" + player + ":" + ACTION_NAMES[action]
        : Integer.toString(action);
  }

  @Override
  public String toString() {
    return CtfObserver.drawMap(this);
  }
}
