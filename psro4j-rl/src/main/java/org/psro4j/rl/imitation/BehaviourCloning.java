package org.psro4j.rl.imitation;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.psro4j.rl.nn.Adam;
import org.psro4j.rl.nn.ConvNetwork;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.nn.ThreadGradients;

/**
 * Behaviour cloning (Pomerleau 1991; the supervised stage of AlphaStar, Vinyals et al., Nature
 * 2019): trains a {@link ConvNetwork} to match a teacher's action distributions by minimising the
 * cross-entropy {@code −Σ_a p_teacher(a) log π(a)} of the softmax over legal actions, with Adam
 * over shuffled minibatches. Tensors are written from the recorded positions per minibatch, so the
 * demonstrations hold positions rather than tensors. Not thread-safe.
 */
public final class BehaviourCloning {

  private static final float ILLEGAL_LOGIT_PENALTY = -1e9f;

  private final ConvNetwork network;
  private final ObservationSpec spec;
  private final Adam optimizer;
  private final int minibatch;

  /**
   * A trainer for {@code network} (whose gradients it turns on; the caller owns and closes it).
   *
   * @param spec what the network reads
   * @param learningRate Adam's step size
   * @param minibatch decisions per gradient step
   */
  public BehaviourCloning(
      ConvNetwork network, ObservationSpec spec, double learningRate, int minibatch) {
    if (minibatch < 1 || !(learningRate > 0)) {
      throw new IllegalArgumentException(
          "minibatch=" + minibatch + " and lr=" + learningRate + " must be positive");
    }
    this.network = network;
    this.spec = spec;
    this.minibatch = minibatch;
    network.requireGradients();
    this.optimizer = new Adam(network.parameters(), learningRate, 1.0);
  }

  /**
   * One pass over {@code data} in an order drawn from {@code random}; returns the mean
   * cross-entropy of the pass (nats, measured before each step).
   */
  public double epoch(Demonstrations data, SplittableRandom random) {
    var decisions = data.decisions();
    int n = decisions.size();
    int[] order = permutation(n, random);
    int in = spec.size();
    int numActions = spec.numActions();
    double total = 0;
    for (int from = 0; from < n; from += minibatch) {
      int rows = Math.min(minibatch, n - from);
      float[] x = new float[rows * in];
      float[] penalty = new float[rows * numActions];
      float[] target = new float[rows * numActions];
      Arrays.fill(penalty, ILLEGAL_LOGIT_PENALTY);
      for (int r = 0; r < rows; r++) {
        Demonstrations.Decision d = decisions.get(order[from + r]);
        spec.write(d.state(), d.player(), x, r * in);
        for (int i = 0; i < d.legal().length; i++) {
          penalty[r * numActions + d.legal()[i]] = 0f;
          target[r * numActions + d.legal()[i]] = (float) d.probabilities()[i];
        }
      }
      try (NDManager scope = network.manager().newSubManager();
          ThreadGradients collector = ThreadGradients.record()) {
        NDArray logits =
            network
                .forward(scope.create(x, new Shape(rows, in)))
                .add(scope.create(penalty, new Shape(rows, numActions)));
        NDArray loss =
            logits
                .logSoftmax(1)
                .mul(scope.create(target, new Shape(rows, numActions)))
                .sum(new int[] {1})
                .neg()
                .mean();
        total += loss.getFloat() * rows;
        collector.backward(loss);
      }
      optimizer.stepIfFinite();
    }
    return total / n;
  }

  private static int[] permutation(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
