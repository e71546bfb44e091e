package org.psro4j.mujoco.games;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.psro4j.game.ContinuousState;
import org.psro4j.policy.ContinuousPolicy;

/**
 * The single-body running check of {@code mujoco_cheetah(mode=race)}: player 0 drives a whole
 * runner while player 1's runner stays passive (every control at zero torque, the middle of the
 * box), and the measure is runner 0's mean forward speed, torso displacement over episode time.
 */
public final class CheetahSpeed {

  private CheetahSpeed() {}

  /** Player 1's passive action in {@code game}: 0.5 everywhere, zero torque. */
  public static double[] passive(MujocoCheetah game) {
    double[] a = new double[game.continuousActionSize()];
    Arrays.fill(a, 0.5);
    return a;
  }

  /** A policy that always plays {@link #passive}. */
  public static ContinuousPolicy passivePolicy(MujocoCheetah game) {
    double[] a = passive(game);
    return (state, player, random) -> a.clone();
  }

  /**
   * Runner 0's mean forward speed (m/s) over {@code episodes} episodes of {@code driver} (actions
   * sampled from {@code seed}) against the passive runner.
   */
  public static double meanSpeed(
      MujocoCheetah game, ContinuousPolicy driver, int episodes, long seed) {
    if (!game.isRace()) {
      throw new IllegalArgumentException("the running check needs mujoco_cheetah(mode=race)");
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] still = passive(game);
    int torso = game.physics().model().bodyId("a_torso");
    if (torso < 0) {
      throw new IllegalArgumentException(game + ": its model has no body a_torso");
    }
    double sum = 0;
    for (int e = 0; e < episodes; e++) {
      ContinuousState s = (ContinuousState) game.newInitialState();
      double x0 = game.bodyPositions(s)[3 * torso];
      int steps = 0;
      while (!s.isTerminal()) {
        s.applyContinuous(new double[][] {driver.sampleAction(s, 0, random), still});
        steps++;
      }
      sum += (game.bodyPositions(s)[3 * torso] - x0) / (steps * game.controlStep());
    }
    return sum / episodes;
  }
}
