package org.psro4j.mujoco.games;

import java.util.List;
import org.psro4j.game.GameParameters;
import org.psro4j.game.GameSpec;
import org.psro4j.game.GameType;
import org.psro4j.game.ParameterSpec;

/**
 * {@code mujoco_cheetah(mode=coop|race, horizon=100, frame_skip=5, ctrl_cost=0.1, model=)}: a
 * planar two-legged runner on MuJoCo (six actuated hinges, the half-cheetah layout of Wawrzyński,
 * "A Cat- Like Robot Real-Time Learning to Run", 2009, as in Tassa et al., "DeepMind Control
 * Suite", 2018).
 *
 * <p>{@code coop} (NeuPL-JPSRO's cooperative cheetah-run, Liu et al., "NeuPL: Simple and Scalable
 * Population Learning", ICLR 2022): player 0 drives the back leg's thigh, shin and foot, player 1
 * the front leg's; both get the same per-step reward, the torso's forward speed {@code Δx/Δt}
 * (clipped to ±{@value #MAX_SPEED} m/s) minus {@code ctrl_cost·|u|²} over all six controls, so the
 * return is the identical-interest sum over the horizon. Each player observes the whole body: which
 * leg it drives (one-hot), the fraction of the horizon left, {@code qpos} without the forward
 * position, and {@code qvel}.
 *
 * <p>{@code race}: two runners side by side, player p driving all six joints of its own; player 0's
 * reward is its runner's (speed − control cost) minus the other's, player 1's the negation
 * (zero-sum). Honestly, the runners barely interact: they move in separate planes and never touch,
 * so the only coupling is through the payoff (each sees the other's relative position and speed),
 * and a best response is simply to run fast. Observations: the fraction of the horizon left, its
 * own runner's {@code qpos} (without forward position) and {@code qvel}, then the other runner's
 * forward offset and speed.
 *
 * <p>{@code model} names an MJCF file to use instead of the bundled one (its actuators must split
 * evenly between the two players; in race mode {@code qpos} and {@code qvel} are halved into the
 * two runners, each starting with its forward slide joint).
 */
public final class MujocoCheetah extends MujocoGame {

  /** Registry entry. */
  public static final GameSpec SPEC =
      new GameSpec(
          "mujoco_cheetah",
          "planar two-legged runner on MuJoCo: coop (each player drives one leg, common payoff)"
              + " or race (two runners, relative progress, zero-sum)",
          List.of(
              new ParameterSpec("mode", "coop", "coop or race"),
              new ParameterSpec("horizon", 100, "control steps per episode, at least 1"),
              new ParameterSpec("frame_skip", 5, "integrator steps (0.01 s) per control step"),
              new ParameterSpec("ctrl_cost", 0.1, "weight of |u|^2 in the per-step reward, >= 0"),
              new ParameterSpec("model", "", "MJCF file to use instead of the bundled model")),
          MujocoCheetah::new);

  /** The clip on the forward speed in rewards (m/s), which bounds the returns. */
  static final double MAX_SPEED = 10.0;

  private final boolean race;
  private final double ctrlCost;
  private final GameType type;
  private final int nq;
  private final int nv;

  MujocoCheetah(GameParameters parameters) {
    super(parameters, builtIn(parameters), -1);
    race = parameters.getString("mode").equals("race");
    ctrlCost = parameters.getDouble("ctrl_cost");
    if (!(ctrlCost >= 0) || Double.isInfinite(ctrlCost)) {
      throw new IllegalArgumentException(
          "mujoco_cheetah: ctrl_cost=" + ctrlCost + " must be finite and >= 0");
    }
    nq = physics().model().nq();
    nv = physics().model().nv();
    if (race && (nq % 2 != 0 || nv % 2 != 0)) {
      throw new IllegalArgumentException(
          "mujoco_cheetah: race model "
              + physics().model().file().getFileName()
              + " has nq="
              + nq
              + ", nv="
              + nv
              + "; both must split into two runners");
    }
    type =
        new GameType(
            "mujoco_cheetah",
            "MuJoCo cheetah (" + (race ? "race" : "coop") + ")",
            GameType.Dynamics.SIMULTANEOUS,
            GameType.ChanceMode.DETERMINISTIC,
            GameType.Information.IMPERFECT,
            race ? GameType.Utility.ZERO_SUM : GameType.Utility.IDENTICAL,
            GameType.RewardModel.REWARDS,
            true,
            true,
            true);
  }

  private static String builtIn(GameParameters parameters) {
    String mode = parameters.getString("mode");
    return switch (mode) {
      case "coop" -> "cheetah.xml";
      case "race" -> "cheetah_race.xml";
      default ->
          throw new IllegalArgumentException(
              "mujoco_cheetah: mode=" + mode + " is not one of coop, race");
    };
  }

  /** Whether this is the race (two runners) rather than the cooperative (one body) game. */
  public boolean isRace() {
    return race;
  }

  @Override
  public GameType type() {
    return type;
  }

  @Override
  int observationSize() {
    return race ? 1 + (nq / 2 - 1) + nv / 2 + 2 : 2 + 1 + (nq - 1) + nv;
  }

  @Override
  void observe(PhysicsState s, int step, int player, float[] out, int offset) {
    int k = offset;
    float left = (float) (horizon() - step) / horizon();
    if (race) {
      int q0 = player * nq / 2;
      int v0 = player * nv / 2;
      int other = 1 - player;
      out[k++] = left;
      for (int i = 1; i < nq / 2; i++) {
        out[k++] = (float) s.qpos[q0 + i];
      }
      for (int i = 0; i < nv / 2; i++) {
        out[k++] = (float) s.qvel[v0 + i];
      }
      out[k++] = (float) (s.qpos[other * nq / 2] - s.qpos[q0]);
      out[k] = (float) s.qvel[other * nv / 2];
      return;
    }
    out[k++] = player == 0 ? 1f : 0f;
    out[k++] = player == 1 ? 1f : 0f;
    out[k++] = left;
    for (int i = 1; i < nq; i++) {
      out[k++] = (float) s.qpos[i];
    }
    for (int i = 0; i < nv; i++) {
      out[k++] = (float) s.qvel[i];
    }
  }

  @Override
  double[] rewards(PhysicsState before, PhysicsState after, double[] ctrl, boolean last) {
    if (!race) {
      double r = speed(before, after, 0) - cost(ctrl, 0, ctrl.length);
      return new double[] {r, r};
    }
    int d = continuousActionSize();
    double a = speed(before, after, 0) - cost(ctrl, 0, d);
    double b = speed(before, after, nq / 2) - cost(ctrl, d, 2 * d);
    return new double[] {a - b, b - a};
  }

  /** Forward speed of the runner whose forward slide is {@code qpos[index]}, clipped. */
  private double speed(PhysicsState before, PhysicsState after, int index) {
    double v = (after.qpos[index] - before.qpos[index]) / controlStep();
    return Math.max(-MAX_SPEED, Math.min(MAX_SPEED, v));
  }

  private double cost(double[] ctrl, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += ctrl[i] * ctrl[i];
    }
    return ctrlCost * sum;
  }

  @Override
  public double minUtility() {
    int nu = 2 * continuousActionSize();
    return race
        ? -horizon() * (2 * MAX_SPEED + maxControlCost(ctrlCost, 0, nu))
        : -horizon() * (MAX_SPEED + maxControlCost(ctrlCost, 0, nu));
  }

  @Override
  public double maxUtility() {
    return race ? -minUtility() : horizon() * MAX_SPEED;
  }

  @Override
  public int[] drawingPlane() {
    return new int[] {0, 2};
  }
}
