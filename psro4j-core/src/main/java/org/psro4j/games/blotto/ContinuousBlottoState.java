package org.psro4j.games.blotto;

import java.util.Arrays;
import java.util.Locale;
import org.psro4j.game.ChanceOutcome;
import org.psro4j.game.ContinuousState;
import org.psro4j.game.Game;
import org.psro4j.game.State;

/** A state of {@link ContinuousBlotto}: before the one simultaneous move, or terminal after it. */
final class ContinuousBlottoState implements ContinuousState {

  private final ContinuousBlotto game;
  private double[][] allocations;

  ContinuousBlottoState(ContinuousBlotto game) {
    this.game = game;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public int currentPlayer() {
    return allocations == null ? SIMULTANEOUS : TERMINAL;
  }

  @Override
  public boolean actsContinuously(int player) {
    return allocations == null && (player == 0 || player == 1);
  }

  @Override
  public int[] legalActions(int player) {
    return new int[0];
  }

  @Override
  public ChanceOutcome[] chanceOutcomes() {
    throw new IllegalStateException("continuous_blotto has no chance nodes");
  }

  @Override
  public void apply(int action) {
    throw new IllegalStateException(
        "continuous_blotto has continuous actions: use applyContinuous(double[][])");
  }

  @Override
  public void apply(int[] jointAction) {
    apply(0);
  }

  @Override
  public void applyContinuous(double[] action) {
    throw new IllegalStateException(
        "continuous_blotto is a simultaneous game: use applyContinuous(double[][])");
  }

  @Override
  public void applyContinuous(double[][] jointAction) {
    if (allocations != null) {
      throw new IllegalStateException("cannot act in a terminal state: " + this);
    }
    if (jointAction.length != 2) {
      throw new IllegalArgumentException(
          "continuous_blotto needs 2 action vectors, got " + jointAction.length);
    }
    allocations =
        new double[][] {game.allocation(0, jointAction[0]), game.allocation(1, jointAction[1])};
  }

  @Override
  public State copy() {
    ContinuousBlottoState c = new ContinuousBlottoState(game);
    c.allocations = allocations;
    return c;
  }

  @Override
  public double[] returns() {
    return allocations == null ? new double[2] : game.returns(allocations[0], allocations[1]);
  }

  @Override
  public String informationStateString(int player) {
    checkPlayer(player);
    return allocations == null ? "p" + player : "p" + player + " " + this;
  }

  @Override
  public void informationStateTensor(int player, float[] out, int offset) {
    checkPlayer(player);
    int k = game.fields();
    Arrays.fill(out, offset, offset + game.informationStateTensorSize(), 0f);
    out[offset + player] = 1f;
    if (allocations != null) {
      for (int p = 0; p < 2; p++) {
        for (int i = 0; i < k; i++) {
          out[offset + 2 + p * k + i] = (float) (allocations[p][i] / game.budget(p));
        }
      }
    }
  }

  @Override
  public void observationTensor(int player, float[] out, int offset) {
    informationStateTensor(player, out, offset);
  }

  @Override
  public String continuousActionToString(int player, double[] action) {
    return format(game.allocation(player, action));
  }

  private void checkPlayer(int player) {
    if (player != 0 && player != 1) {
      throw new IllegalArgumentException("player " + player + " is not in 0..1");
    }
  }

  private static String format(double[] allocation) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < allocation.length; i++) {
      sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", allocation[i]));
    }
    return sb.append(')').toString();
  }

  @Override
  public String toString() {
    return allocations == null
        ? "(choosing)"
        : format(allocations[0]) + " vs " + format(allocations[1]);
  }
}
