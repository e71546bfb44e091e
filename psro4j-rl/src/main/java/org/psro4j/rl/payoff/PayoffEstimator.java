package org.psro4j.rl.payoff;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.psro4j.random.Seeds;
import org.psro4j.rl.nn.Adam;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.StateArrays;
import org.psro4j.rl.nn.ThreadGradients;

/**
 * The payoff estimator ψ_w(ν_1..ν_n) → ℝⁿ of NeuPL-JPSRO (Liu, Marris, Lanctot, Heess, "Neural
 * Population Learning beyond Symmetric Zero-sum Games", AAMAS 2024): an MLP over the concatenated
 * strategy embeddings of the n players that predicts every player's expected return, trained by
 * Adam on the mean squared error to measured returns (standardised per player). The embeddings are
 * either given by the caller (a conditional population network's ν) or, for ordinary PSRO/JPSRO, a
 * learned table of one row per policy and player, trained together with ψ ({@link #grow}). Cost of
 * one training step: O(rows · (n·d·h + h² + h·n)) for hidden width h. Not thread-safe.
 */
public final class PayoffEstimator implements AutoCloseable {

  private final PayoffEstimatorSettings settings;
  private final int players;
  private final MlpNetwork network;
  private final NDManager tableManager;
  private final NDArray[] tables;
  private final int[] sizes;
  private final double[] mean;
  private final double[] scale;
  private Adam adam;

  /**
   * A fresh estimator.
   *
   * @param players the number of players n (inputs are n embeddings, outputs n returns)
   * @param settings sizes, learning rate and seed
   * @param device where the parameters live
   */
  public PayoffEstimator(int players, PayoffEstimatorSettings settings, Device device) {
    if (players < 1) {
      throw new IllegalArgumentException("players=" + players + " must be at least 1");
    }
    this.settings = settings;
    this.players = players;
    int[] layers = new int[settings.hidden().length + 2];
    layers[0] = players * settings.embeddingSize();
    System.arraycopy(settings.hidden(), 0, layers, 1, settings.hidden().length);
    layers[layers.length - 1] = players;
    this.network = MlpNetwork.create(layers, 1.0, settings.seed(), device);
    this.tableManager = DjlRuntime.engine().newBaseManager(device);
    this.tables = new NDArray[players];
    this.sizes = new int[players];
    this.mean = new double[players];
    this.scale = new double[players];
    Arrays.fill(scale, 1);
    this.adam = new Adam(parameters(), settings.learningRate(), 10.0);
  }

  /** The settings. */
  public PayoffEstimatorSettings settings() {
    return settings;
  }

  /** Number of players. */
  public int players() {
    return players;
  }

  /** The learned table's rows per player (0 when embeddings are given by the caller). */
  public int[] tableSizes() {
    return sizes.clone();
  }

  /** Trainable parameters: ψ's, then the embedding tables'. */
  private List<NDArray> parameters() {
    List<NDArray> out = new ArrayList<>(network.parameters());
    for (NDArray t : tables) {
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Grows the learned embedding tables to {@code newSizes} rows (new rows drawn from N(0, 0.1²)
   * with a seed of their own, so the result does not depend on how the growth was split); the
   * optimiser keeps its moments for the old parameters and starts the new rows at zero.
   */
  public void grow(int[] newSizes) {
    if (newSizes.length != players) {
      throw new IllegalArgumentException(newSizes.length + " sizes for " + players + " players");
    }
    if (Arrays.equals(newSizes, sizes)) {
      return;
    }
    DjlRuntime.inferenceMode();
    int d = settings.embeddingSize();
    List<float[]> oldMoments = new ArrayList<>();
    for (NDArray m : adam.moments()) {
      oldMoments.add(m.toFloatArray());
    }
    int oldCount = parameters().size();
    int updates = adam.updates();
    for (int p = 0; p < players; p++) {
      if (newSizes[p] < sizes[p]) {
        throw new IllegalArgumentException(
            "player " + p + "'s table cannot shrink from " + sizes[p] + " to " + newSizes[p]);
      }
      float[] values = new float[newSizes[p] * d];
      if (tables[p] != null) {
        float[] old = tables[p].toFloatArray();
        System.arraycopy(old, 0, values, 0, old.length);
        tables[p].close();
      }
      for (int row = sizes[p]; row < newSizes[p]; row++) {
        SplittableRandom r = Seeds.random(settings.seed(), "psi_embedding", p, row);
        for (int i = 0; i < d; i++) {
          values[row * d + i] = (float) (0.1 * gaussian(r));
        }
      }
      tables[p] = tableManager.create(values, new Shape(newSizes[p], d));
    }
    int[] before = sizes.clone();
    System.arraycopy(newSizes, 0, sizes, 0, players);
    adam = new Adam(parameters(), settings.learningRate(), 10.0);
    restoreGrownMoments(oldMoments, oldCount, before, updates);
  }

  /** Copies the old optimiser moments into the new ones (new table rows stay zero). */
  private void restoreGrownMoments(List<float[]> old, int oldCount, int[] before, int updates) {
    List<NDArray> now = adam.moments();
    int newCount = now.size() / 2;
    int mlp = network.parameters().size();
    for (int half = 0; half < 2; half++) {
      for (int i = 0; i < mlp; i++) {
        set(now.get(half * newCount + i), old.get(half * oldCount + i));
      }
      int oldTable = mlp;
      int newTable = mlp;
      for (int p = 0; p < players; p++) {
        if (before[p] > 0) {
          float[] grown = new float[sizes[p] * settings.embeddingSize()];
          float[] prev = old.get(half * oldCount + oldTable++);
          System.arraycopy(prev, 0, grown, 0, prev.length);
          set(now.get(half * newCount + newTable), grown);
        }
        newTable++;
      }
    }
    adam.restoreUpdates(updates);
  }

  private static void set(NDArray target, float[] values) {
    try (NDManager scope = target.getManager().newSubManager()) {
      target.subi(target).addi(scope.create(values, target.getShape()));
    }
  }

  /**
   * Trains on profiles of the learned tables: {@code steps} full-batch Adam steps on the
   * standardised squared error; returns the mean squared error (in payoff units) before the last
   * step.
   */
  public double train(int[][] profiles, double[][] returns, int steps) {
    requireRows(profiles.length, returns.length);
    standardise(returns);
    return trainSteps(m -> lookup(m, profiles), returns, steps);
  }

  /**
   * Trains on caller-given embeddings ({@code rows × n·d}, player by player); returns the mean
   * squared error before the last step.
   */
  public double train(float[][] embeddings, double[][] returns, int steps) {
    requireRows(embeddings.length, returns.length);
    standardise(returns);
    return trainSteps(m -> given(m, embeddings), returns, steps);
  }

  /** Every player's predicted return at each profile of the learned tables. */
  public double[][] predict(int[][] profiles) {
    return predictWith(m -> lookup(m, profiles), profiles.length);
  }

  /** Every player's predicted return at each row of caller-given embeddings. */
  public double[][] predict(float[][] embeddings) {
    return predictWith(m -> given(m, embeddings), embeddings.length);
  }

  private interface Inputs {
    NDArray build(NDManager m);
  }

  private double trainSteps(Inputs inputs, double[][] returns, int steps) {
    if (returns.length == 0 || steps <= 0) {
      return Double.NaN;
    }
    int rows = returns.length;
    float[] y = new float[rows * players];
    for (int r = 0; r < rows; r++) {
      for (int p = 0; p < players; p++) {
        y[r * players + p] = (float) ((returns[r][p] - mean[p]) / scale[p]);
      }
    }
    double loss = Double.NaN;
    for (int s = 0; s < steps; s++) {
      DjlRuntime.configureThread();
      try (NDManager scope = tableManager.newSubManager();
          ThreadGradients collector = ThreadGradients.record()) {
        NDArray out = network.forward(inputs.build(scope));
        NDArray err = out.sub(scope.create(y, new Shape(rows, players)));
        NDArray l = err.square().mean();
        collector.backward(l);
        if (s == steps - 1) {
          loss = rawMse(err.toFloatArray());
        }
      }
      adam.step();
    }
    return loss;
  }

  private double rawMse(float[] standardisedErrors) {
    double sum = 0;
    for (int i = 0; i < standardisedErrors.length; i++) {
      double e = standardisedErrors[i] * scale[i % players];
      sum += e * e;
    }
    return sum / standardisedErrors.length;
  }

  private double[][] predictWith(Inputs inputs, int rows) {
    double[][] out = new double[rows][players];
    if (rows == 0) {
      return out;
    }
    DjlRuntime.inferenceMode();
    try (NDManager scope = tableManager.newSubManager()) {
      float[] z = network.forward(inputs.build(scope)).toFloatArray();
      for (int r = 0; r < rows; r++) {
        for (int p = 0; p < players; p++) {
          out[r][p] = mean[p] + scale[p] * z[r * players + p];
        }
      }
    }
    return out;
  }

  /** Rows of concatenated table embeddings, as one-hot × table products (differentiable). */
  private NDArray lookup(NDManager m, int[][] profiles) {
    int rows = profiles.length;
    NDArray[] parts = new NDArray[players];
    for (int p = 0; p < players; p++) {
      if (tables[p] == null) {
        throw new IllegalStateException("player " + p + " has no embedding table; call grow");
      }
      float[] oneHot = new float[rows * sizes[p]];
      for (int r = 0; r < rows; r++) {
        int k = profiles[r][p];
        if (k < 0 || k >= sizes[p]) {
          throw new IllegalArgumentException(
              "player " + p + " strategy " + k + " outside its table of " + sizes[p]);
        }
        oneHot[r * sizes[p] + k] = 1f;
      }
      parts[p] = m.create(oneHot, new Shape(rows, sizes[p])).matMul(tables[p]);
    }
    return NDArrays.concat(new NDList(parts), 1);
  }

  private NDArray given(NDManager m, float[][] embeddings) {
    int width = players * settings.embeddingSize();
    float[] flat = new float[embeddings.length * width];
    for (int r = 0; r < embeddings.length; r++) {
      if (embeddings[r].length != width) {
        throw new IllegalArgumentException(
            "embedding row " + r + " has " + embeddings[r].length + " values, ψ needs " + width);
      }
      System.arraycopy(embeddings[r], 0, flat, r * width, width);
    }
    return m.create(flat, new Shape(embeddings.length, width));
  }

  /** Sets the per-player target mean and scale from the training returns. */
  private void standardise(double[][] returns) {
    for (int p = 0; p < players; p++) {
      double s = 0;
      double ss = 0;
      for (double[] r : returns) {
        s += r[p];
        ss += r[p] * r[p];
      }
      int n = returns.length;
      mean[p] = n == 0 ? 0 : s / n;
      double var = n == 0 ? 0 : ss / n - mean[p] * mean[p];
      scale[p] = Math.sqrt(Math.max(var, 0)) > 1e-6 ? Math.sqrt(var) : 1;
    }
  }

  private static void requireRows(int inputs, int targets) {
    if (inputs != targets) {
      throw new IllegalArgumentException(inputs + " input rows but " + targets + " return rows");
    }
  }

  private static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
  }

  /** The parameters (ψ then tables) in DJL's encoding. */
  byte[] encodeParameters() {
    return StateArrays.encode(parameters());
  }

  /** The optimiser moments in DJL's encoding. */
  byte[] encodeMoments() {
    return StateArrays.encode(adam.moments());
  }

  int updates() {
    return adam.updates();
  }

  double[] mean() {
    return mean.clone();
  }

  double[] scale() {
    return scale.clone();
  }

  /** Restores parameters, moments and standardisation after {@link #grow} to the saved sizes. */
  void restore(byte[] params, byte[] moments, int updates, double[] mean, double[] scale) {
    StateArrays.decodeInto(params, parameters(), "payoff estimator parameters");
    StateArrays.decodeInto(moments, adam.moments(), "payoff estimator optimiser");
    adam.restoreUpdates(updates);
    System.arraycopy(mean, 0, this.mean, 0, players);
    System.arraycopy(scale, 0, this.scale, 0, players);
  }

  /** Parameter count: ψ's weights plus the embedding tables. */
  public long parameterCount() {
    long n = 0;
    for (NDArray p : parameters()) {
      n += p.size();
    }
    return n;
  }

  @Override
  public void close() {
    network.close();
    tableManager.close();
  }
}
