package org.psro4j.mujoco.games;

import java.util.Arrays;
import java.util.Locale;
import org.psro4j.game.ChanceOutcome;
import org.psro4j.game.ContinuousState;
import org.psro4j.game.Game;
import org.psro4j.game.State;

/**
 * A state of a {@link MujocoGame}: the physics in plain arrays, the control steps taken and the
 * returns so far. Both players act at every non-terminal node; a joint action is checked whole
 * before the simulation advances, so a rejected one leaves the state as it was.
 */
final class MujocoState implements ContinuousState {

  private final MujocoGame game;
  private PhysicsState physics;
  private int step;
  private boolean ended;
  private double[] returns = new double[2];
  private double[] rewards = new double[2];

  MujocoState(MujocoGame game, PhysicsState physics) {
    this.game = game;
    this.physics = physics;
  }

  PhysicsState physicsState() {
    return physics;
  }

  /** Control steps taken. */
  int step() {
    return step;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public int currentPlayer() {
    return ended ? TERMINAL : SIMULTANEOUS;
  }

  @Override
  public boolean actsContinuously(int player) {
    return !ended && (player == 0 || player == 1);
  }

  @Override
  public int[] legalActions(int player) {
    return new int[0];
  }

  @Override
  public ChanceOutcome[] chanceOutcomes() {
    throw new IllegalStateException(game.type().shortName() + " has no chance nodes");
  }

  @Override
  public void apply(int action) {
    throw new IllegalStateException(
        game.type().shortName() + " has continuous actions: use applyContinuous(double[][])");
  }

  @Override
  public void apply(int[] jointAction) {
    apply(0);
  }

  @Override
  public void applyContinuous(double[] action) {
    throw new IllegalStateException(
        game.type().shortName() + " is a simultaneous game: use applyContinuous(double[][])");
  }

  @Override
  public void applyContinuous(double[][] jointAction) {
    if (ended) {
      throw new IllegalStateException("cannot act in a terminal state: " + this);
    }
    String name = game.type().shortName();
    if (jointAction.length != 2) {
      throw new IllegalArgumentException(
          name + " needs 2 action vectors, got " + jointAction.length);
    }
    int d = game.continuousActionSize();
    double[] ctrl = new double[2 * d];
    for (int p = 0; p < 2; p++) {
      double[] a = jointAction[p];
      if (a.length != d) {
        throw new IllegalArgumentException(
            name + ": player " + p + "'s action has " + a.length + " entries, expected " + d);
      }
      for (int i = 0; i < d; i++) {
        if (!(a[i] >= 0 && a[i] <= 1)) {
          throw new IllegalArgumentException(
              name + ": player " + p + "'s action entry " + i + " = " + a[i] + " is not in [0,1]");
        }
        ctrl[p * d + i] = game.control(p, p * d + i, a[i]);
      }
    }
    PhysicsState before = physics;
    PhysicsState after = before.copy();
    game.physics().step(after, ctrl, game.frameSkip());
    physics = after;
    step++;
    ended = step >= game.horizon() || game.endsEarly(after);
    rewards = game.rewards(before, after, ctrl, ended);
    returns = new double[] {returns[0] + rewards[0], returns[1] + rewards[1]};
  }

  @Override
  public State copy() {
    MujocoState c = new MujocoState(game, physics.copy());
    c.step = step;
    c.ended = ended;
    c.returns = returns;
    c.rewards = rewards;
    return c;
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
    return "p" + player + " " + Arrays.toString(informationStateTensor(player));
  }

  @Override
  public void informationStateTensor(int player, float[] out, int offset) {
    if (player != 0 && player != 1) {
      throw new IllegalArgumentException("player " + player + " is not in 0..1");
    }
    game.observe(physics, step, player, out, offset);
  }

  @Override
  public void observationTensor(int player, float[] out, int offset) {
    informationStateTensor(player, out, offset);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append("t=").append(step).append(" qpos=(");
    for (int i = 0; i < physics.qpos.length; i++) {
      sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", physics.qpos[i]));
    }
    return sb.append(String.format(Locale.ROOT, ") returns=(%.4f,%.4f)", returns[0], returns[1]))
        .append(ended ? " ended" : "")
        .toString();
  }
}
