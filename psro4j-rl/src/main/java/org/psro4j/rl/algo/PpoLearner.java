package org.psro4j.rl.algo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.psro4j.rl.nn.Adam;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.Scalars;
import org.psro4j.rl.nn.ThreadGradients;
import org.psro4j.rl.rollout.Trajectories;

/**
 * The learning half of {@link PpoOracle}: the clipped-surrogate, entropy and value losses (Schulman
 * et al. 2017) minimised with Adam over minibatches of a rollout. Holds the policy and value
 * networks it trains (the caller owns and closes them). Not thread-safe.
 */
public final class PpoLearner {

  private final ActorCritic model;
  private final PpoSettings settings;
  private final Adam policyOptimizer;
  private final Adam valueOptimizer;

  /** A learner for these networks (policy: observation to logits; value: observation to 1). */
  public PpoLearner(MlpNetwork policy, MlpNetwork value, PpoSettings settings) {
    if (value.outputSize() != 1 || value.inputSize() != policy.inputSize()) {
      throw new IllegalArgumentException(
          "value network must map " + policy.inputSize() + " inputs to 1 output");
    }
    policy.requireGradients();
    value.requireGradients();
    this.model = new MlpPair(policy, value);
    this.settings = settings;
    this.policyOptimizer =
        new Adam(policy.parameters(), settings.learningRate(), settings.maxGradientNorm());
    this.valueOptimizer =
        new Adam(value.parameters(), settings.learningRate(), settings.maxGradientNorm());
  }

  /** A learner for any actor-critic model (the caller owns and closes it). */
  public PpoLearner(ActorCritic model, PpoSettings settings) {
    this.model = model;
    this.settings = settings;
    this.policyOptimizer =
        new Adam(model.policyParameters(), settings.learningRate(), settings.maxGradientNorm());
    this.valueOptimizer =
        new Adam(model.valueParameters(), settings.learningRate(), settings.maxGradientNorm());
  }

  /** Two MLPs: observation to logits, observation to value. */
  private record MlpPair(MlpNetwork policy, MlpNetwork value) implements ActorCritic {
    @Override
    public NDManager manager() {
      return policy.manager();
    }

    @Override
    public NDArray logits(NDArray x) {
      return policy.forward(x);
    }

    @Override
    public NDArray values(NDArray x) {
      return value.forward(x);
    }

    @Override
    public float[] predictValues(float[] observations, int rows) {
      return value.predict(observations, rows);
    }

    @Override
    public java.util.List<NDArray> policyParameters() {
      return policy.parameters();
    }

    @Override
    public java.util.List<NDArray> valueParameters() {
      return value.parameters();
    }
  }

  /** The policy network's optimiser (its state is saved with a session). */
  Adam policyOptimizer() {
    return policyOptimizer;
  }

  /** The value network's optimiser. */
  Adam valueOptimizer() {
    return valueOptimizer;
  }

  /** Gradient updates made so far. */
  public int updates() {
    return policyOptimizer.updates();
  }

  /**
   * Runs {@code epochs} passes of minibatch updates over {@code t} with entropy coefficient {@code
   * entropy}, and returns the number of gradient updates made.
   */
  public int learn(Trajectories t, double entropy, SplittableRandom random) {
    float[] values = model.predictValues(t.observations(), t.size());
    Advantages adv = Advantages.of(t, values, settings.gamma(), settings.gaeLambda());
    int before = policyOptimizer.updates();
    int n = t.size();
    int in = t.observationSize();
    int numActions = t.numActions();
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      int[] order = Networks.permutation(n, random);
      for (int from = 0; from < n; from += settings.minibatch()) {
        int rows = Math.min(settings.minibatch(), n - from);
        Minibatch b = Minibatch.gather(t, order, from, rows);
        float[] oldLogProb = new float[rows];
        float[] advantages = new float[rows];
        float[] returns = new float[rows];
        for (int r = 0; r < rows; r++) {
          int i = order[from + r];
          oldLogProb[r] = t.logProbabilities()[i];
          advantages[r] = adv.advantages[i];
          returns[r] = adv.returns[i];
        }
        try (NDManager scope = model.manager().newSubManager();
            ThreadGradients collector = ThreadGradients.record()) {
          NDArray x = scope.create(b.observations(), new Shape(rows, in));
          NDArray logits =
              model.logits(x).add(scope.create(b.maskPenalty(), new Shape(rows, numActions)));
          NDArray logSoftmax = logits.logSoftmax(1);
          NDArray mask = scope.create(b.masks(), new Shape(rows, numActions));
          NDArray logProb =
              logSoftmax
                  .mul(scope.create(b.oneHotActions(), new Shape(rows, numActions)))
                  .sum(new int[] {1});
          NDArray ratio = logProb.sub(scope.create(oldLogProb)).exp();
          NDArray a = scope.create(advantages);
          NDArray surrogate =
              ratio.mul(a).minimum(ratio.clip(1 - settings.clip(), 1 + settings.clip()).mul(a));
          NDArray entropyTerm =
              logSoftmax.exp().mul(logSoftmax).mul(mask).sum(new int[] {1}).neg().mean();
          NDArray v = model.values(x).reshape(rows);
          NDArray valueLoss = v.sub(scope.create(returns)).square().mean();
          NDArray loss =
              surrogate
                  .mean()
                  .neg()
                  .sub(Scalars.times(entropyTerm, entropy))
                  .add(Scalars.times(valueLoss, settings.valueCoefficient()));
          collector.backward(loss);
        }
        policyOptimizer.step();
        valueOptimizer.step();
      }
    }
    return policyOptimizer.updates() - before;
  }
}
