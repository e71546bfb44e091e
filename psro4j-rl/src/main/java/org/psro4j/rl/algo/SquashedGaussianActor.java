package org.psro4j.rl.algo;

import java.util.SplittableRandom;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.SquashedGaussian;
import org.psro4j.rl.rollout.ContinuousActor;

/**
 * The learner's behaviour in continuous rollouts: samples the squashed Gaussian of the actor
 * network (one forward pass per call), or, while {@link #setUniform uniform} (before learning
 * starts), draws every entry uniformly from {@code [0,1]} as soft actor-critic's warm-up does.
 */
final class SquashedGaussianActor implements ContinuousActor {

  private final MlpNetwork network;
  private final int actionSize;
  private volatile boolean uniform;

  SquashedGaussianActor(MlpNetwork network, int actionSize) {
    this.network = network;
    this.actionSize = actionSize;
  }

  void setUniform(boolean uniform) {
    this.uniform = uniform;
  }

  @Override
  public void act(float[] observations, int rows, SplittableRandom random, float[] actions) {
    if (uniform) {
      for (int i = 0; i < rows * actionSize; i++) {
        actions[i] = (float) random.nextDouble();
      }
      return;
    }
    float[] outputs = network.predict(observations, rows);
    for (int r = 0; r < rows; r++) {
      SquashedGaussian.sample(outputs, r, actionSize, random, actions, r * actionSize);
    }
  }
}
