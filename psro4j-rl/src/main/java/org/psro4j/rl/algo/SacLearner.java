package org.psro4j.rl.algo;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import java.util.SplittableRandom;
import org.psro4j.rl.nn.Adam;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.GradientLock;
import org.psro4j.rl.nn.MlpNetwork;

/**
 * Soft actor-critic updates (Haarnoja et al., "Soft Actor-Critic: Off-Policy Maximum Entropy Deep
 * Reinforcement Learning with a Stochastic Actor", ICML 2018; with the learned temperature of
 * Haarnoja et al., "Soft Actor-Critic Algorithms and Applications", arXiv:1812.05905, 2018): twin
 * critics regress {@code r + γ (min_i Q̄_i(s', a') − α log π(a'|s'))} with Polyak-averaged target
 * critics {@code Q̄_i}; the actor minimises {@code α log π(a|s) − min_i Q_i(s, a)} through the
 * reparameterised sample; {@code log α} minimises {@code −log α (log π + H̄)}.
 */
final class SacLearner implements ContinuousLearner {

  private final MlpNetwork actor;
  private final MlpNetwork[] critics = new MlpNetwork[2];
  private final MlpNetwork[] targets = new MlpNetwork[2];
  private final Adam actorOptimizer;
  private final Adam[] criticOptimizers = new Adam[2];
  private final NDManager temperatureManager;
  private final NDArray logAlpha;
  private final Adam temperatureOptimizer;
  private final SacSettings settings;
  private final int obsSize;
  private final int actionSize;
  private final double targetEntropy;
  private double alpha;

  SacLearner(
      MlpNetwork actor,
      int obsSize,
      int actionSize,
      SacSettings settings,
      SplittableRandom random,
      Device device) {
    this.actor = actor;
    this.settings = settings;
    this.obsSize = obsSize;
    this.actionSize = actionSize;
    // The target is per entry for actions in [-1,1]; log-densities here are of [0,1] actions.
    this.targetEntropy = actionSize * (settings.targetEntropy() - Math.log(2));
    int[] criticSizes = Networks.layerSizes(obsSize + actionSize, settings.criticHidden(), 1);
    for (int i = 0; i < 2; i++) {
      critics[i] = MlpNetwork.create(criticSizes, 1.0, random.nextLong(), device);
      targets[i] = critics[i].copy();
      criticOptimizers[i] = new Adam(critics[i], settings.learningRate(), 0);
    }
    actorOptimizer = new Adam(actor, settings.learningRate(), 0);
    alpha = settings.initialAlpha();
    temperatureManager = DjlRuntime.engine().newBaseManager(device);
    logAlpha = temperatureManager.create(new float[] {(float) Math.log(alpha)});
    temperatureOptimizer = new Adam(List.of(logAlpha), settings.learningRate(), 0);
  }

  @Override
  public MlpNetwork actor() {
    return actor;
  }

  @Override
  public long updates() {
    return criticOptimizers[0].updates();
  }

  /** The current entropy temperature α. */
  double alpha() {
    return alpha;
  }

  @Override
  public void update(ContinuousReplayBuffer.Batch batch, SplittableRandom random) {
    int n = batch.size();
    int d = actionSize;
    float[] nextActions = new float[n * d];
    float[] nextLogProbs =
        SquashedGaussianHead.sample(actor, batch.nextObservations(), n, d, random, nextActions);
    float[] nextInputs =
        SquashedGaussianHead.criticInput(batch.nextObservations(), nextActions, n, obsSize, d);
    float[] next0 = targets[0].predict(nextInputs, n);
    float[] next1 = targets[1].predict(nextInputs, n);
    float[] y = new float[n];
    for (int r = 0; r < n; r++) {
      double soft = Math.min(next0[r], next1[r]) - alpha * nextLogProbs[r];
      y[r] = (float) (batch.rewards()[r] + settings.gamma() * batch.notDone()[r] * soft);
    }
    float[] inputs =
        SquashedGaussianHead.criticInput(batch.observations(), batch.actions(), n, obsSize, d);
    float[] eps = SquashedGaussianHead.noise(n, d, random);
    GradientLock.lock();
    try {
      try (NDManager scope = actor.manager().newSubManager();
          GradientCollector collector = DjlRuntime.engine().newGradientCollector()) {
        NDArray x = scope.create(inputs, new Shape(n, obsSize + d));
        NDArray target = scope.create(y);
        NDArray loss =
            critics[0]
                .forward(x)
                .reshape(n)
                .sub(target)
                .square()
                .mean()
                .add(critics[1].forward(x).reshape(n).sub(target).square().mean());
        collector.backward(loss);
      }
      criticOptimizers[0].step();
      criticOptimizers[1].step();
      try (NDManager scope = actor.manager().newSubManager();
          GradientCollector collector = DjlRuntime.engine().newGradientCollector()) {
        NDArray obs = scope.create(batch.observations(), new Shape(n, obsSize));
        NDArray[] sample =
            SquashedGaussianHead.reparameterised(
                actor.forward(obs), scope.create(eps, new Shape(n, d)), d);
        NDArray in = obs.concat(sample[0], 1);
        NDArray q = critics[0].forward(in).minimum(critics[1].forward(in)).reshape(n);
        NDArray actorLoss = sample[1].mul((float) alpha).sub(q).mean();
        float meanLogProb = sample[1].mean().getFloat();
        NDArray temperatureLoss =
            scope.create(new float[] {(float) -(meanLogProb + targetEntropy)}).mul(logAlpha).sum();
        collector.backward(actorLoss.add(temperatureLoss));
      }
      actorOptimizer.step();
      temperatureOptimizer.step();
      criticOptimizers[0].zeroGradients();
      criticOptimizers[1].zeroGradients();
    } finally {
      GradientLock.unlock();
    }
    DjlRuntime.inferenceMode();
    alpha = Math.exp(logAlpha.getFloat());
    targets[0].blendFrom(critics[0], settings.tau());
    targets[1].blendFrom(critics[1], settings.tau());
  }

  @Override
  public void close() {
    for (int i = 0; i < 2; i++) {
      critics[i].close();
      targets[i].close();
    }
    temperatureManager.close();
  }
}
