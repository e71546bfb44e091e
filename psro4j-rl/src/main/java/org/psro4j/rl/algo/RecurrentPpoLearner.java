package org.psro4j.rl.algo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.psro4j.rl.nn.Adam;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.RecurrentCore;
import org.psro4j.rl.nn.Scalars;
import org.psro4j.rl.nn.ThreadGradients;
import org.psro4j.rl.rollout.Trajectories;

/**
 * PPO's losses (Schulman et al. 2017) for recurrent policy and value cores, trained by
 * backpropagation through time on minibatches of whole episodes (as in recurrent PPO of Pleines et
 * al., "Memory Gym", ICLR 2023, without truncation): each sequence starts from the zero state its
 * rollout started from, padded steps are masked out of every mean. Advantages are GAE over the
 * recurrent value core's estimates. Not thread-safe.
 */
final class RecurrentPpoLearner {

  private final RecurrentCore policy;
  private final RecurrentCore value;
  private final PpoSettings settings;
  private final Adam policyOptimizer;
  private final Adam valueOptimizer;

  RecurrentPpoLearner(RecurrentCore policy, RecurrentCore value, PpoSettings settings) {
    this.policy = policy;
    this.value = value;
    this.settings = settings;
    policy.requireGradients();
    value.requireGradients();
    this.policyOptimizer =
        new Adam(policy.parameters(), settings.learningRate(), settings.maxGradientNorm());
    this.valueOptimizer =
        new Adam(value.parameters(), settings.learningRate(), settings.maxGradientNorm());
  }

  Adam policyOptimizer() {
    return policyOptimizer;
  }

  Adam valueOptimizer() {
    return valueOptimizer;
  }

  int updates() {
    return policyOptimizer.updates();
  }

  /** Epochs of minibatch updates over the episodes of {@code t}, with entropy weight given. */
  void learn(Trajectories t, double entropy, SplittableRandom random) {
    EpisodeSequences episodes = new EpisodeSequences(t);
    float[] values = values(episodes, t.size());
    Advantages adv = Advantages.of(t, values, settings.gamma(), settings.gaeLambda());
    int numActions = t.numActions();
    int in = t.observationSize();
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      int[] order = Networks.permutation(episodes.count(), random);
      int from = 0;
      while (from < order.length) {
        int to = from;
        int rows = 0;
        while (to < order.length && rows < settings.minibatch()) {
          rows += episodes.length(order[to++]);
        }
        EpisodeSequences.Batch b = episodes.batch(java.util.Arrays.copyOfRange(order, from, to));
        from = to;
        int cells = b.steps() * b.width();
        float[] valid = new float[cells];
        float[] oldLogProb = new float[cells];
        float[] advantages = new float[cells];
        float[] returns = new float[cells];
        float[] oneHot = new float[cells * numActions];
        float[] mask = new float[cells * numActions];
        float[] penalty = new float[cells * numActions];
        for (int c = 0; c < cells; c++) {
          int i = b.rows()[c];
          if (i < 0) {
            continue;
          }
          valid[c] = 1f;
          oldLogProb[c] = t.logProbabilities()[i];
          advantages[c] = adv.advantages[i];
          returns[c] = adv.returns[i];
          oneHot[c * numActions + t.actions()[i]] = 1f;
          for (int a = 0; a < numActions; a++) {
            float legal = t.masks()[i * numActions + a];
            mask[c * numActions + a] = legal;
            penalty[c * numActions + a] = legal > 0 ? 0f : Minibatch.ILLEGAL_LOGIT_PENALTY;
          }
        }
        Shape grid = new Shape(b.steps(), b.width());
        Shape logitsShape = new Shape(b.steps(), b.width(), numActions);
        try (NDManager scope = policy.manager().newSubManager();
            ThreadGradients collector = ThreadGradients.record()) {
          NDArray x = scope.create(b.observations(), new Shape(b.steps(), b.width(), in));
          NDArray v = scope.create(valid, grid);
          float count = rows;
          NDArray logSoftmax =
              policy.forward(x).add(scope.create(penalty, logitsShape)).logSoftmax(2);
          NDArray logProb = logSoftmax.mul(scope.create(oneHot, logitsShape)).sum(new int[] {2});
          NDArray ratio = logProb.sub(scope.create(oldLogProb, grid)).exp();
          NDArray a = scope.create(advantages, grid);
          NDArray surrogate =
              ratio.mul(a).minimum(ratio.clip(1 - settings.clip(), 1 + settings.clip()).mul(a));
          NDArray entropyTerm =
              logSoftmax
                  .exp()
                  .mul(logSoftmax)
                  .mul(scope.create(mask, logitsShape))
                  .sum(new int[] {2})
                  .neg()
                  .mul(v)
                  .sum()
                  .div(Scalars.of(scope, count));
          NDArray valueLoss =
              value
                  .forward(x)
                  .reshape(grid)
                  .sub(scope.create(returns, grid))
                  .square()
                  .mul(v)
                  .sum()
                  .div(Scalars.of(scope, count));
          NDArray loss =
              surrogate
                  .mul(v)
                  .sum()
                  .div(Scalars.of(scope, count))
                  .neg()
                  .sub(Scalars.times(entropyTerm, entropy))
                  .add(Scalars.times(valueLoss, settings.valueCoefficient()));
          collector.backward(loss);
        }
        policyOptimizer.step();
        valueOptimizer.step();
      }
    }
  }

  /** The value core's estimate at every transition, episode by episode. */
  private float[] values(EpisodeSequences episodes, int size) {
    float[] out = new float[size];
    int chunk = 256;
    DjlRuntime.inferenceMode();
    for (int from = 0; from < episodes.count(); from += chunk) {
      int[] ids = new int[Math.min(chunk, episodes.count() - from)];
      for (int k = 0; k < ids.length; k++) {
        ids[k] = from + k;
      }
      EpisodeSequences.Batch b = episodes.batch(ids);
      try (NDManager scope = value.manager().newSubManager()) {
        NDArray x =
            scope.create(b.observations(), new Shape(b.steps(), b.width(), value.inputSize()));
        float[] v = value.forward(x).toFloatArray();
        for (int c = 0; c < b.rows().length; c++) {
          if (b.rows()[c] >= 0) {
            out[b.rows()[c]] = v[c];
          }
        }
      }
    }
    return out;
  }
}
