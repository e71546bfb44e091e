package org.psro4j.rl.algo;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.psro4j.rl.nn.Adam;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.ThreadGradients;

/**
 * Soft actor-critic updates (Haarnoja et al., "Soft Actor-Critic: Off-Policy Maximum Entropy Deep
 * Reinforcement Learning with a Stochastic Actor", ICML 2018; with the learned temperature of
 * Haarnoja et al., "Soft Actor-Critic Algorithms and Applications", arXiv:1812.05905, 2018): twin
 * critics regress {@code r + γ (min_i Q̄_i(s', a') − α log π(a'|s'))} with Polyak-averaged target
 * critics {@code Q̄_i}; the actor minimises {@code α log π(a|s) − min_i Q_i(s, a)} through the
 * reparameterised sample; {@code log α} minimises {@code −log α (log π + H̄)}.
 */
final class SacLearner implements ContinuousLearner {

  private final MlpNetwork[] critics = new MlpNetwork[2];
  private final MlpNetwork[] targets = new MlpNetwork[2];
  private final Adam[] criticOptimizers = new Adam[2];
  private final SoftActor actor;
  private final SacSettings settings;
  private final int obsSize;
  private final int actionSize;

  SacLearner(
      MlpNetwork actor,
      int obsSize,
      int actionSize,
      SacSettings settings,
      SplittableRandom random,
      Device device) {
    this.settings = settings;
    this.obsSize = obsSize;
    this.actionSize = actionSize;
    int[] criticSizes = Networks.layerSizes(obsSize + actionSize, settings.criticHidden(), 1);
    for (int i = 0; i < 2; i++) {
      critics[i] = MlpNetwork.create(criticSizes, 1.0, random.nextLong(), device);
      targets[i] = critics[i].copy();
      criticOptimizers[i] = new Adam(critics[i], settings.learningRate(), 0);
    }
    this.actor = new SoftActor(actor, obsSize, actionSize, settings, 0.9, device);
  }

  @Override
  public MlpNetwork actor() {
    return actor.network();
  }

  @Override
  public long updates() {
    return criticOptimizers[0].updates();
  }

  /** The current entropy temperature α. */
  double alpha() {
    return actor.alpha();
  }

  @Override
  public void update(ContinuousReplayBuffer.Batch batch, SplittableRandom random) {
    int n = batch.size();
    int d = actionSize;
    float[] nextActions = new float[n * d];
    float[] nextLogProbs =
        SquashedGaussianHead.sample(
            actor.network(), batch.nextObservations(), n, d, random, nextActions);
    float[] nextInputs =
        SquashedGaussianHead.criticInput(batch.nextObservations(), nextActions, n, obsSize, d);
    float[] next0 = targets[0].predict(nextInputs, n);
    float[] next1 = targets[1].predict(nextInputs, n);
    float[] y = new float[n];
    for (int r = 0; r < n; r++) {
      double soft = Math.min(next0[r], next1[r]) - actor.alpha() * nextLogProbs[r];
      y[r] = (float) (batch.rewards()[r] + settings.gamma() * batch.notDone()[r] * soft);
    }
    float[] inputs =
        SquashedGaussianHead.criticInput(batch.observations(), batch.actions(), n, obsSize, d);
    try (NDManager scope = actor.network().manager().newSubManager();
        ThreadGradients collector = ThreadGradients.record()) {
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
    actor.update(
        batch.observations(),
        n,
        random,
        in -> critics[0].forward(in).minimum(critics[1].forward(in)),
        criticOptimizers);
    targets[0].blendFrom(critics[0], settings.tau());
    targets[1].blendFrom(critics[1], settings.tau());
  }

  @Override
  public void save(StateWriter out) {
    actor.save(out);
    for (int i = 0; i < 2; i++) {
      out.network("critic" + i, critics[i])
          .network("target" + i, targets[i])
          .adam("critic" + i + "_adam", criticOptimizers[i]);
    }
  }

  @Override
  public void restore(StateReader in) {
    actor.restore(in);
    for (int i = 0; i < 2; i++) {
      in.network("critic" + i, critics[i]);
      in.network("target" + i, targets[i]);
      in.adam("critic" + i + "_adam", criticOptimizers[i]);
    }
  }

  @Override
  public void close() {
    for (int i = 0; i < 2; i++) {
      critics[i].close();
      targets[i].close();
    }
    actor.close();
  }
}
