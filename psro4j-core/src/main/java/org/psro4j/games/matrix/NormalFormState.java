package org.psro4j.games.matrix;

import java.util.Arrays;
import org.psro4j.game.ChanceOutcome;
import org.psro4j.game.Game;
import org.psro4j.game.State;

/** A state of a {@link NormalFormGame}: either before the one joint move, or terminal after it. */
final class NormalFormState implements State {

  private final NormalFormGame game;
  private int[] chosen;

  NormalFormState(NormalFormGame game) {
    this.game = game;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public int currentPlayer() {
    return chosen == null ? SIMULTANEOUS : TERMINAL;
  }

  @Override
  public int[] legalActions(int player) {
    if (chosen != null || player < 0 || player >= game.numPlayers()) {
      return new int[0];
    }
    int[] out = new int[game.numActions(player)];
    for (int a = 0; a < out.length; a++) {
      out[a] = a;
    }
    return out;
  }

  @Override
  public ChanceOutcome[] chanceOutcomes() {
    throw new IllegalStateException("a normal-form game has no chance nodes");
  }

  @Override
  public void apply(int action) {
    throw new IllegalStateException(
        chosen == null
            ? "a normal-form game needs one action per player: use apply(int[])"
            : "cannot act in a terminal state: " + this);
  }

  @Override
  public void apply(int[] jointAction) {
    if (chosen != null) {
      throw new IllegalStateException("cannot act in a terminal state: " + this);
    }
    game.jointIndex(jointAction); // validates every entry
    chosen = jointAction.clone();
  }

  @Override
  public State copy() {
    NormalFormState c = new NormalFormState(game);
    c.chosen = chosen;
    return c;
  }

  @Override
  public double[] returns() {
    double[] r = new double[game.numPlayers()];
    if (chosen != null) {
      for (int p = 0; p < r.length; p++) {
        r[p] = game.payoff(p, chosen);
      }
    }
    return r;
  }

  @Override
  public String informationStateString(int player) {
    checkPlayer(player);
    if (chosen == null) {
      return "p" + player;
    }
    StringBuilder sb = new StringBuilder("p").append(player).append(" played");
    for (int a : chosen) {
      sb.append(' ').append(a);
    }
    return sb.toString();
  }

  @Override
  public void informationStateTensor(int player, float[] out, int offset) {
    checkPlayer(player);
    int n = game.numPlayers();
    Arrays.fill(out, offset, offset + game.informationStateTensorSize(), 0f);
    out[offset + player] = 1f;
    if (chosen != null) {
      int base = offset + n;
      for (int p = 0; p < n; p++) {
        out[base + chosen[p]] = 1f;
        base += game.numActions(p);
      }
    }
  }

  @Override
  public void observationTensor(int player, float[] out, int offset) {
    informationStateTensor(player, out, offset);
  }

  private void checkPlayer(int player) {
    if (player < 0 || player >= game.numPlayers()) {
      throw new IllegalArgumentException(
          "player " + player + " is not in 0.." + (game.numPlayers() - 1));
    }
  }

  @Override
  public String actionToString(int player, int action) {
    return game.actionName(player, action);
  }

  @Override
  public String toString() {
    if (chosen == null) {
      return "(choosing)";
    }
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < chosen.length; p++) {
      sb.append(p == 0 ? "" : ",").append(game.actionName(p, chosen[p]));
    }
    return sb.toString();
  }
}
