package org.psro4j.rl.algo;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.psro4j.rl.nn.Adam;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.Scalars;
import org.psro4j.rl.nn.ThreadGradients;

/**
 * The actor half of soft actor-critic that {@link SacLearner} and {@link CrossQLearner} share: the
 * squashed-Gaussian actor with its Adam optimiser and the learned entropy temperature α (Haarnoja
 * et al., "Soft Actor-Critic Algorithms and Applications", arXiv:1812.05905, 2018). The actor
 * minimises {@code α log π(a|s) − min_i Q_i(s, a)} through the reparameterised sample; {@code log
 * α} minimises {@code −log α (log π + H̄)}.
 */
final class SoftActor implements AutoCloseable {

  private final MlpNetwork actor;
  private final Adam actorOptimizer;
  private final NDManager temperatureManager;
  private final NDArray logAlpha;
  private final Adam temperatureOptimizer;
  private final int obsSize;
  private final int actionSize;
  private final double targetEntropy;
  private double alpha;

  /**
   * Starts training {@code actor} with Adam at the settings' learning rate and first-moment decay
   * {@code beta1}, and α at the settings' initial temperature.
   */
  SoftActor(
      MlpNetwork actor,
      int obsSize,
      int actionSize,
      OffPolicySettings settings,
      double beta1,
      Device device) {
    this.actor = actor;
    this.obsSize = obsSize;
    this.actionSize = actionSize;
    // The target is per entry for actions in [-1,1]; log-densities here are of [0,1] actions.
    this.targetEntropy = actionSize * (settings.targetEntropy() - Math.log(2));
    actor.requireGradients();
    actorOptimizer = new Adam(actor.parameters(), settings.learningRate(), 0, beta1);
    alpha = settings.initialAlpha();
    temperatureManager = DjlRuntime.engine().newBaseManager(device);
    logAlpha = temperatureManager.create(new float[] {(float) Math.log(alpha)});
    temperatureOptimizer = new Adam(List.of(logAlpha), settings.learningRate(), 0);
  }

  MlpNetwork network() {
    return actor;
  }

  /** The current entropy temperature α. */
  double alpha() {
    return alpha;
  }

  /**
   * One actor and temperature step on {@code observations}, on the thread that owns this actor and
   * its critics.
   *
   * @param observations {@code n} observations, row by row
   * @param n rows
   * @param random draws the reparameterisation noise
   * @param minimumQ maps critic inputs {@code (s, a)} to {@code min_i Q_i(s, a)}
   * @param criticOptimizers the critics' optimisers, whose gradients the actor loss fills and which
   *     are zeroed here
   */
  void update(
      float[] observations,
      int n,
      SplittableRandom random,
      UnaryOperator<NDArray> minimumQ,
      Adam... criticOptimizers) {
    int d = actionSize;
    float[] eps = SquashedGaussianHead.noise(n, d, random);
    try (NDManager scope = actor.manager().newSubManager();
        ThreadGradients collector = ThreadGradients.record()) {
      NDArray obs = scope.create(observations, new Shape(n, obsSize));
      NDArray[] sample =
          SquashedGaussianHead.reparameterised(
              actor.forward(obs), scope.create(eps, new Shape(n, d)), d);
      NDArray q = minimumQ.apply(obs.concat(sample[0], 1)).reshape(n);
      NDArray actorLoss = Scalars.times(sample[1], alpha).sub(q).mean();
      float meanLogProb = sample[1].mean().getFloat();
      NDArray temperatureLoss =
          scope.create(new float[] {(float) -(meanLogProb + targetEntropy)}).mul(logAlpha).sum();
      collector.backward(actorLoss.add(temperatureLoss));
    }
    actorOptimizer.step();
    temperatureOptimizer.step();
    for (Adam critic : criticOptimizers) {
      critic.zeroGradients();
    }
    DjlRuntime.inferenceMode();
    alpha = Math.exp(logAlpha.getFloat());
  }

  /** Adds the actor, its optimiser, {@code log α} and its optimiser to {@code out}. */
  void save(StateWriter out) {
    out.network("actor", actor)
        .adam("actor_adam", actorOptimizer)
        .bytes("log_alpha", org.psro4j.rl.nn.StateArrays.encode(List.of(logAlpha)))
        .adam("temperature_adam", temperatureOptimizer);
    out.fields().put("alpha", alpha);
  }

  /** Restores what {@link #save} wrote. */
  void restore(StateReader in) {
    in.network("actor", actor);
    in.adam("actor_adam", actorOptimizer);
    org.psro4j.rl.nn.StateArrays.decodeInto(
        in.state().array("log_alpha"), List.of(logAlpha), "log_alpha");
    in.adam("temperature_adam", temperatureOptimizer);
    alpha = in.state().getDouble("alpha");
  }

  @Override
  public void close() {
    temperatureManager.close();
  }
}
