package org.psro4j.mujoco.games;

import java.util.List;
import org.psro4j.game.GameParameters;
import org.psro4j.game.GameSpec;
import org.psro4j.game.GameType;
import org.psro4j.game.ParameterSpec;

/**
 * {@code mujoco_sumo(ring=1.5, horizon=100, frame_skip=5, model=)}: two round wrestlers on a ring
 * push each other on MuJoCo (after the sumo task of Al-Shedivat et al., "Continuous Adaptation via
 * Meta-Learning in Nonstationary and Competitive Environments", ICLR 2018, reduced to two pucks).
 * Each player drives its puck's x and y motors; a puck whose centre leaves the ring (radius {@code
 * ring}) loses: return +1 to the other player, −1 to it (zero-sum; both out at once, the farther
 * one loses). At the time limit the one nearer the centre leads: player 0's return is {@code (r1 −
 * r0) / (2·ring)}, in {@code [−½, ½]}. Per-step rewards are the change of that potential, so they
 * sum to the return.
 *
 * <p>The game is symmetric: player 1 sees and acts in the frame turned by 180° (its own puck starts
 * at {@code (−0.6, 0)} in its view, as player 0's does). Observations: the fraction of the horizon
 * left, its own position and velocity, then the other's.
 */
public final class MujocoSumo extends MujocoGame {

  /** Registry entry. */
  public static final GameSpec SPEC =
      new GameSpec(
          "mujoco_sumo",
          "two pucks push each other on a MuJoCo ring; leaving it loses, zero-sum, time limit",
          List.of(
              new ParameterSpec("ring", 1.5, "ring radius in metres, positive"),
              new ParameterSpec("horizon", 100, "control steps per episode, at least 1"),
              new ParameterSpec("frame_skip", 5, "integrator steps (0.01 s) per control step"),
              new ParameterSpec("model", "", "MJCF file to use instead of the bundled model")),
          MujocoSumo::new);

  private static final GameType TYPE =
      new GameType(
          "mujoco_sumo",
          "MuJoCo sumo",
          GameType.Dynamics.SIMULTANEOUS,
          GameType.ChanceMode.DETERMINISTIC,
          GameType.Information.IMPERFECT,
          GameType.Utility.ZERO_SUM,
          GameType.RewardModel.REWARDS,
          true,
          true,
          true);

  private final double ring;

  MujocoSumo(GameParameters parameters) {
    super(parameters, "sumo.xml", 0);
    ring = parameters.getDouble("ring");
    if (!(ring > 0) || Double.isInfinite(ring)) {
      throw new IllegalArgumentException(
          "mujoco_sumo: ring=" + ring + " must be positive and finite");
    }
    int nq = physics().model().nq();
    int nv = physics().model().nv();
    if (nq != 4 || nv != 4) {
      throw new IllegalArgumentException(
          "mujoco_sumo: model "
              + physics().model().file().getFileName()
              + " has nq="
              + nq
              + ", nv="
              + nv
              + "; it needs slide joints x, y for each of the two wrestlers (nq = nv = 4)");
    }
  }

  @Override
  public GameType type() {
    return TYPE;
  }

  @Override
  int observationSize() {
    return 9;
  }

  @Override
  void observe(PhysicsState s, int step, int player, float[] out, int offset) {
    double sign = player == 0 ? 1 : -1;
    out[offset] = (float) (horizon() - step) / horizon();
    for (int k = 0; k < 2; k++) {
      int who = k == 0 ? player : 1 - player;
      int o = offset + 1 + 4 * k;
      out[o] = (float) (sign * s.qpos[2 * who]);
      out[o + 1] = (float) (sign * s.qpos[2 * who + 1]);
      out[o + 2] = (float) (sign * s.qvel[2 * who]);
      out[o + 3] = (float) (sign * s.qvel[2 * who + 1]);
    }
  }

  @Override
  double control(int player, int actuator, double unit) {
    return super.control(player, actuator, player == 0 ? unit : 1 - unit);
  }

  private static double radius(PhysicsState s, int player) {
    return Math.hypot(s.qpos[2 * player], s.qpos[2 * player + 1]);
  }

  /** Player 0's return if the episode ended in {@code s}. */
  private double potential(PhysicsState s) {
    double r0 = radius(s, 0);
    double r1 = radius(s, 1);
    boolean out0 = r0 > ring;
    boolean out1 = r1 > ring;
    if (out0 || out1) {
      return Double.compare(r1, r0) * 1.0;
    }
    return (r1 - r0) / (2 * ring);
  }

  @Override
  boolean endsEarly(PhysicsState after) {
    return radius(after, 0) > ring || radius(after, 1) > ring;
  }

  @Override
  double[] rewards(PhysicsState before, PhysicsState after, double[] ctrl, boolean last) {
    double r = potential(after) - potential(before);
    return new double[] {r, -r};
  }

  /** The ring radius in metres. */
  public double ring() {
    return ring;
  }

  @Override
  public double minUtility() {
    return -1 - 0.5;
  }

  @Override
  public double maxUtility() {
    return 1 + 0.5;
  }

  @Override
  public int[] drawingPlane() {
    return new int[] {0, 1};
  }
}
