package org.psro4j.mujoco.games;

import org.psro4j.game.Game;
import org.psro4j.game.GameParameters;
import org.psro4j.game.State;
import org.psro4j.mujoco.ffi.MjModel;

/**
 * What the two-player MuJoCo games share: a model whose actuators split evenly between the players
 * (player {@code p} drives actuators {@code p·d .. (p+1)·d − 1}), simultaneous moves every control
 * step of {@code frame_skip} integrator steps, action vectors in {@code [0,1]^d} mapped linearly
 * onto the actuators' control ranges, per-step rewards and a fixed horizon. Subclasses say what
 * players observe and how they are rewarded.
 */
public abstract class MujocoGame implements Game {

  private final GameParameters parameters;
  private final Physics physics;
  private final PhysicsState initial;
  private final int horizon;
  private final int frameSkip;
  private final int actionSize;
  private final double[] ctrlLow;
  private final double[] ctrlHigh;

  /**
   * Loads the model ({@code model} parameter, else {@code builtIn}) and checks the shared
   * parameters; {@code keyframe} is the initial state's keyframe, or -1 for the model's default.
   */
  protected MujocoGame(GameParameters parameters, String builtIn, int keyframe) {
    this.parameters = parameters;
    String name = parameters.gameName();
    this.horizon = parameters.getInt("horizon");
    this.frameSkip = parameters.getInt("frame_skip");
    if (horizon < 1) {
      throw new IllegalArgumentException(name + ": horizon=" + horizon + " must be >= 1");
    }
    if (frameSkip < 1) {
      throw new IllegalArgumentException(name + ": frame_skip=" + frameSkip + " must be >= 1");
    }
    this.physics = Physics.of(parameters.getString("model"), builtIn);
    MjModel model = physics.model();
    int nu = model.nu();
    if (nu == 0 || nu % numPlayers() != 0) {
      throw new IllegalArgumentException(
          name
              + ": model "
              + model.file().getFileName()
              + " has "
              + nu
              + " actuators, which do not split evenly between "
              + numPlayers()
              + " players");
    }
    if (model.na() != 0) {
      throw new IllegalArgumentException(
          name + ": model " + model.file().getFileName() + " has activation states (na > 0)");
    }
    this.actionSize = nu / numPlayers();
    ctrlLow = new double[nu];
    ctrlHigh = new double[nu];
    for (int i = 0; i < nu; i++) {
      double[] range = model.ctrlRange(i);
      ctrlLow[i] = range[0];
      ctrlHigh[i] = range[1];
    }
    this.initial = physics.initial(keyframe);
  }

  /** Observation-tensor length. */
  abstract int observationSize();

  /** Writes {@code player}'s view of {@code s} after {@code step} control steps. */
  abstract void observe(PhysicsState s, int step, int player, float[] out, int offset);

  /**
   * Rewards of one control step from {@code before} to {@code after} under control {@code ctrl}
   * (actuator units); {@code last} when the horizon is reached.
   */
  abstract double[] rewards(PhysicsState before, PhysicsState after, double[] ctrl, boolean last);

  /** Whether {@code after} ends the episode before the horizon. */
  boolean endsEarly(PhysicsState after) {
    return false;
  }

  /** The two coordinates (of x, y, z) a picture of the bodies uses, e.g. {@code {0, 2}}. */
  public abstract int[] drawingPlane();

  /**
   * Actuator {@code actuator}'s control for entry {@code unit} in {@code [0,1]} of {@code player}'s
   * vector: the linear map onto its control range.
   */
  double control(int player, int actuator, double unit) {
    return ctrlLow[actuator] + unit * (ctrlHigh[actuator] - ctrlLow[actuator]);
  }

  /** Seconds per control step. */
  final double controlStep() {
    return frameSkip * physics.model().timestep();
  }

  final Physics physics() {
    return physics;
  }

  final int frameSkip() {
    return frameSkip;
  }

  /** Control steps per episode. */
  public final int horizon() {
    return horizon;
  }

  /** The largest {@code c · |u|²} over actuators {@code from .. to − 1}. */
  final double maxControlCost(double c, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += Math.max(ctrlLow[i] * ctrlLow[i], ctrlHigh[i] * ctrlHigh[i]);
    }
    return c * sum;
  }

  /**
   * The world positions of every body in {@code state} ({@code [x0, y0, z0, x1, ...]}, the world
   * body first), for pictures.
   */
  public final double[] bodyPositions(State state) {
    return physics.bodyPositions(((MujocoState) state).physicsState());
  }

  /** Each body's parent body ({@code body_parentid}), the world body its own parent. */
  public final int[] bodyParents() {
    return physics.model().bodyParents();
  }

  @Override
  public final GameParameters parameters() {
    return parameters;
  }

  @Override
  public final int numPlayers() {
    return 2;
  }

  @Override
  public final int numDistinctActions() {
    return 0;
  }

  @Override
  public final int continuousActionSize() {
    return actionSize;
  }

  @Override
  public final int maxChanceOutcomes() {
    return 0;
  }

  @Override
  public final int maxGameLength() {
    return horizon;
  }

  @Override
  public final State newInitialState() {
    return new MujocoState(this, initial.copy());
  }

  @Override
  public final int informationStateTensorSize() {
    return observationSize();
  }

  @Override
  public final int observationTensorSize() {
    return observationSize();
  }

  @Override
  public final String toString() {
    return parameters.toString();
  }
}
