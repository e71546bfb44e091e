package org.psro4j.game;

import java.util.Arrays;

/**
 * A state of a {@link TurnBasedSimultaneousGame}: the underlying state plus the choices made so far
 * in the current simultaneous round.
 */
final class TurnBasedSimultaneousState implements State {

  private final TurnBasedSimultaneousGame game;
  private final State underlying;
  private final int[] pending;

  /** The player choosing next in the current simultaneous round; 0 outside a round. */
  private int turn;

  TurnBasedSimultaneousState(TurnBasedSimultaneousGame game, State underlying) {
    this.game = game;
    this.underlying = underlying;
    this.pending = new int[game.numPlayers()];
  }

  private TurnBasedSimultaneousState(TurnBasedSimultaneousState other) {
    this.game = other.game;
    this.underlying = other.underlying.copy();
    this.pending = other.pending.clone();
    this.turn = other.turn;
  }

  State underlying() {
    return underlying;
  }

  private boolean inRound() {
    return underlying.currentPlayer() == SIMULTANEOUS;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public int currentPlayer() {
    int p = underlying.currentPlayer();
    return p == SIMULTANEOUS ? turn : p;
  }

  @Override
  public int[] legalActions(int player) {
    if (inRound()) {
      return player == turn ? underlying.legalActions(player) : new int[0];
    }
    return underlying.legalActions(player);
  }

  @Override
  public ChanceOutcome[] chanceOutcomes() {
    return underlying.chanceOutcomes();
  }

  @Override
  public void apply(int action) {
    if (!inRound()) {
      underlying.apply(action);
      return;
    }
    if (Arrays.binarySearch(underlying.legalActions(turn), action) < 0) {
      throw new IllegalArgumentException(
          "action " + action + " is not legal for player " + turn + " in " + this);
    }
    pending[turn++] = action;
    if (turn == pending.length) {
      turn = 0;
      underlying.apply(pending.clone());
    }
  }

  @Override
  public State copy() {
    return new TurnBasedSimultaneousState(this);
  }

  @Override
  public double[] returns() {
    return underlying.returns();
  }

  /** Mid-round moves earn nothing; the move completing a round earns the joint move's rewards. */
  @Override
  public double[] rewards() {
    return turn == 0 ? underlying.rewards() : new double[game.numPlayers()];
  }

  /** The underlying string, plus the player's own choice if it has chosen in this round. */
  @Override
  public String informationStateString(int player) {
    return withOwnChoice(underlying.informationStateString(player), player);
  }

  @Override
  public String observationString(int player) {
    return withOwnChoice(underlying.observationString(player), player);
  }

  private String withOwnChoice(String base, int player) {
    if (inRound() && player >= 0 && player < turn) {
      return base + "\n[chosen this round: " + pending[player] + "]";
    }
    return base;
  }

  @Override
  public void informationStateTensor(int player, float[] out, int offset) {
    underlying.informationStateTensor(player, out, offset);
  }

  @Override
  public void observationTensor(int player, float[] out, int offset) {
    underlying.observationTensor(player, out, offset);
  }

  @Override
  public String actionToString(int player, int action) {
    return underlying.actionToString(player, action);
  }

  @Override
  public String toString() {
    if (!inRound() || turn == 0) {
      return underlying.toString();
    }
    return underlying + " | chosen " + Arrays.toString(Arrays.copyOf(pending, turn));
  }
}
