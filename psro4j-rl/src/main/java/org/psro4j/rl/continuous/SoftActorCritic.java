package org.psro4j.rl.continuous;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import java.util.SplittableRandom;
import org.psro4j.random.Sampling;
import org.psro4j.rl.nn.Adam;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.GradientLock;
import org.psro4j.rl.nn.MlpNetwork;

/**
 * Soft actor-critic (Haarnoja et al., "Soft Actor-Critic: Off-Policy Maximum Entropy Deep
 * Reinforcement Learning with a Stochastic Actor", ICML 2018) for one {@link ContinuousBlotto}
 * player against a fixed mixture of opponent allocations. The game is one-shot, so the actor is a
 * Gaussian over allocation logits with no observation (allocation = budget · softmax(u)), the twin
 * critics regress rewards from a replay buffer (there is nothing to bootstrap, so no target
 * networks), and the actor maximises {@code min(Q1, Q2) + α H} through the reparameterised sample.
 * The entropy is that of the pre-softmax Gaussian. Deterministic per seed.
 */
public final class SoftActorCritic {

  /**
   * Training settings.
   *
   * @param iterations rounds of (sample a batch, one critic step, one actor step)
   * @param batch samples per round and per gradient step
   * @param learningRate Adam step size of all networks
   * @param alpha entropy temperature α
   */
  public record Settings(int iterations, int batch, double learningRate, double alpha) {
    public Settings {
      if (iterations < 1 || batch < 2 || !(learningRate > 0) || !(alpha >= 0)) {
        throw new IllegalArgumentException(
            "bad SAC settings: " + iterations + ", " + batch + ", " + learningRate + ", " + alpha);
      }
    }
  }

  /**
   * What training produced.
   *
   * @param allocation the mean allocation budget · softmax(μ)
   * @param value its exact expected return against the opponent mixture
   * @param samples games played
   * @param updates gradient steps (critic and actor)
   */
  public record Result(double[] allocation, double value, long samples, long updates) {}

  private SoftActorCritic() {}

  /** Trains {@code player}'s allocation against {@code opponents} drawn with {@code weights}. */
  public static Result train(
      ContinuousBlotto game,
      int player,
      List<double[]> opponents,
      double[] weights,
      Settings settings,
      long seed) {
    int k = game.fields();
    double budget = game.budget(player);
    SplittableRandom random = new SplittableRandom(seed);
    int b = settings.batch();
    try (NDManager manager = DjlRuntime.engine().newBaseManager();
        MlpNetwork q1 =
            MlpNetwork.create(
                new int[] {k, 64, 64, 1}, 1.0, random.nextLong(), manager.getDevice());
        MlpNetwork q2 =
            MlpNetwork.create(
                new int[] {k, 64, 64, 1}, 1.0, random.nextLong(), manager.getDevice())) {
      NDArray mean = manager.zeros(new Shape(k));
      NDArray logStd = manager.full(new Shape(k), -0.5f);
      Adam actor = new Adam(List.of(mean, logStd), settings.learningRate(), 10.0);
      Adam critic1 = new Adam(q1, settings.learningRate(), 10.0);
      Adam critic2 = new Adam(q2, settings.learningRate(), 10.0);
      int capacity = b * settings.iterations();
      float[] replayActions = new float[capacity * k];
      float[] replayRewards = new float[capacity];
      int size = 0;
      for (int it = 0; it < settings.iterations(); it++) {
        DjlRuntime.inferenceMode();
        float[] mu = mean.toFloatArray();
        float[] sd = logStd.toFloatArray();
        for (int s = 0; s < b; s++) {
          double[] u = new double[k];
          for (int i = 0; i < k; i++) {
            u[i] = mu[i] + Math.exp(sd[i]) * random.nextGaussian();
          }
          double[] a = allocation(u, budget);
          double[] opponent = opponents.get(Sampling.index(weights, random));
          double r = player == 0 ? game.returns(a, opponent)[0] : game.returns(opponent, a)[1];
          for (int i = 0; i < k; i++) {
            replayActions[size * k + i] = (float) a[i];
          }
          replayRewards[size++] = (float) r;
        }
        float[] actions = new float[b * k];
        float[] rewards = new float[b];
        for (int s = 0; s < b; s++) {
          int j = random.nextInt(size);
          System.arraycopy(replayActions, j * k, actions, s * k, k);
          rewards[s] = replayRewards[j];
        }
        float[] noise = new float[b * k];
        for (int i = 0; i < noise.length; i++) {
          noise[i] = (float) random.nextGaussian();
        }
        GradientLock.lock();
        try {
          try (NDManager scope = manager.newSubManager();
              GradientCollector gc = DjlRuntime.engine().newGradientCollector()) {
            NDArray a = scope.create(actions, new Shape(b, k));
            NDArray r = scope.create(rewards);
            NDArray loss =
                q1.forward(a)
                    .reshape(b)
                    .sub(r)
                    .square()
                    .mean()
                    .add(q2.forward(a).reshape(b).sub(r).square().mean());
            gc.backward(loss);
          }
          critic1.step();
          critic2.step();
          try (NDManager scope = manager.newSubManager();
              GradientCollector gc = DjlRuntime.engine().newGradientCollector()) {
            NDArray eps = scope.create(noise, new Shape(b, k));
            NDArray u = eps.mul(logStd.exp()).add(mean);
            NDArray a = u.softmax(1).mul((float) budget);
            NDArray q = q1.forward(a).reshape(b).minimum(q2.forward(a).reshape(b));
            // log π(u) = Σ(-ε²/2 - log σ) + const; only log σ carries a gradient.
            NDArray logProb = logStd.sum().neg();
            NDArray loss = logProb.mul((float) settings.alpha()).sub(q.mean());
            gc.backward(loss);
          }
          actor.step();
          critic1.zeroGradients();
          critic2.zeroGradients();
        } finally {
          GradientLock.unlock();
        }
      }
      DjlRuntime.inferenceMode();
      float[] mu = mean.toFloatArray();
      double[] u = new double[k];
      for (int i = 0; i < k; i++) {
        u[i] = mu[i];
      }
      double[] result = allocation(u, budget);
      double value = 0;
      for (int o = 0; o < opponents.size(); o++) {
        double[] r =
            player == 0
                ? game.returns(result, opponents.get(o))
                : game.returns(opponents.get(o), result);
        value += weights[o] * r[player];
      }
      return new Result(
          result,
          value,
          (long) b * settings.iterations(),
          actor.updates() + critic1.updates() + critic2.updates());
    }
  }

  /** budget · softmax(u), rescaled so rounding never exceeds the budget. */
  static double[] allocation(double[] u, double budget) {
    double max = Double.NEGATIVE_INFINITY;
    for (double x : u) {
      max = Math.max(max, x);
    }
    double sum = 0;
    double[] a = new double[u.length];
    for (int i = 0; i < u.length; i++) {
      a[i] = Math.exp(u[i] - max);
      sum += a[i];
    }
    for (int i = 0; i < a.length; i++) {
      a[i] = budget * a[i] / sum * (1 - 1e-12);
    }
    return a;
  }
}
