package org.psro4j.rl.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An MLP conditioned on a strategy: a learned embedding table of {@code numStrategies} rows, read
 * through a distribution over strategies (one-hot for a single strategy, a mixture for NeuPL's
 * "play against this meta-strategy"; Liu et al., "NeuPL: Neural Population Learning", ICLR 2022),
 * joined to the network either by concatenation with the observation or by FiLM (Perez et al.,
 * "FiLM: Visual Reasoning with a General Conditioning Layer", AAAI 2018): every hidden
 * pre-activation {@code z} becomes {@code z ⊙ (1 + e G_l) + e B_l}. Parameters live in the
 * network's own manager until {@link #close()}.
 */
public final class ConditionalMlp implements AutoCloseable {

  /** How the strategy embedding enters the network. */
  public enum Conditioning {
    /** The embedding is appended to the observation. */
    CONCAT,
    /** The embedding scales and shifts every hidden layer. */
    FILM
  }

  private final NDManager manager;
  private final Conditioning conditioning;
  private final int numStrategies;
  private final int[] layerSizes;
  private final NDArray embedding;
  private final NDArray[] weights;
  private final NDArray[] biases;
  private final NDArray[] filmScale;
  private final NDArray[] filmShift;

  /**
   * A fresh network.
   *
   * @param layerSizes observation size, hidden sizes, output size
   * @param numStrategies rows of the embedding table
   * @param embeddingSize columns of the embedding table
   * @param conditioning concatenation or FiLM
   * @param seed initialisation seed
   * @param device where the parameters live
   */
  public ConditionalMlp(
      int[] layerSizes,
      int numStrategies,
      int embeddingSize,
      Conditioning conditioning,
      long seed,
      Device device) {
    if (layerSizes.length < 2 || Arrays.stream(layerSizes).anyMatch(s -> s <= 0)) {
      throw new IllegalArgumentException("bad layer sizes " + Arrays.toString(layerSizes));
    }
    if (numStrategies < 1 || embeddingSize < 1) {
      throw new IllegalArgumentException(
          "need at least one strategy and one embedding column, got "
              + numStrategies
              + " x "
              + embeddingSize);
    }
    this.manager = DjlRuntime.engine().newBaseManager(device);
    this.conditioning = conditioning;
    this.numStrategies = numStrategies;
    this.layerSizes = layerSizes.clone();
    SplittableRandom random = new SplittableRandom(seed);
    embedding = uniform(random, numStrategies, embeddingSize, 1.0);
    int layers = layerSizes.length - 1;
    weights = new NDArray[layers];
    biases = new NDArray[layers];
    filmScale = new NDArray[layers - 1];
    filmShift = new NDArray[layers - 1];
    for (int l = 0; l < layers; l++) {
      int in = layerSizes[l] + (l == 0 && conditioning == Conditioning.CONCAT ? embeddingSize : 0);
      weights[l] = uniform(random, in, layerSizes[l + 1], Math.sqrt(6.0 / in));
      biases[l] = manager.zeros(new Shape(layerSizes[l + 1]));
      if (conditioning == Conditioning.FILM && l < layers - 1) {
        double bound = Math.sqrt(1.0 / embeddingSize);
        filmScale[l] = uniform(random, embeddingSize, layerSizes[l + 1], bound);
        filmShift[l] = uniform(random, embeddingSize, layerSizes[l + 1], bound);
      }
    }
  }

  private NDArray uniform(SplittableRandom random, int rows, int cols, double bound) {
    float[] v = new float[rows * cols];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
    }
    return manager.create(v, new Shape(rows, cols));
  }

  /** Every trainable array (embedding, layers, FiLM generators). */
  public List<NDArray> parameters() {
    List<NDArray> out = new ArrayList<>();
    out.add(embedding);
    for (int l = 0; l < weights.length; l++) {
      out.add(weights[l]);
      out.add(biases[l]);
      if (conditioning == Conditioning.FILM && l < weights.length - 1) {
        out.add(filmScale[l]);
        out.add(filmShift[l]);
      }
    }
    return out;
  }

  /** The manager holding the parameters. */
  public NDManager manager() {
    return manager;
  }

  /** How the embedding enters the network. */
  public Conditioning conditioning() {
    return conditioning;
  }

  /** Observation size, hidden sizes, output size. */
  public int[] layerSizes() {
    return layerSizes.clone();
  }

  /** Rows of the embedding table. */
  public int numStrategies() {
    return numStrategies;
  }

  /** Columns of the embedding table. */
  public int embeddingSize() {
    return (int) embedding.getShape().get(1);
  }

  /** A copy of every parameter's values, in {@link #parameters()} order (row-major). */
  public float[][] values() {
    DjlRuntime.inferenceMode();
    List<NDArray> params = parameters();
    float[][] out = new float[params.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = params.get(i).toFloatArray();
    }
    return out;
  }

  /** Overwrites every parameter with {@code values} (in {@link #parameters()} order). */
  public void load(float[][] values) {
    List<NDArray> params = parameters();
    if (values.length != params.size()) {
      throw new IllegalArgumentException(
          values.length + " parameter arrays for a network of " + params.size());
    }
    DjlRuntime.inferenceMode();
    try (NDManager scope = manager.newSubManager()) {
      for (int i = 0; i < values.length; i++) {
        NDArray p = params.get(i);
        if (values[i].length != p.size()) {
          throw new IllegalArgumentException(
              "parameter " + i + " has " + values[i].length + " values, needs " + p.size());
        }
        // In-place arithmetic (x - x + y is exactly y), as MlpNetwork.copyFrom does.
        p.subi(p).addi(scope.create(values[i], p.getShape()));
      }
    }
  }

  /**
   * Outputs {@code [rows, out]} for observations {@code [rows, in]} and strategy distributions
   * {@code [rows, numStrategies]}, attached to {@code x}'s manager.
   */
  public NDArray forward(NDArray x, NDArray strategies) {
    return output(features(x, strategies.matMul(embedding)));
  }

  /**
   * The last hidden layer's activations {@code [rows, hidden]} for observations {@code x} under
   * explicit embedding vectors {@code e} {@code [rows, embeddingSize]} (rows of the table, or any
   * other vector in its space, e.g. NeuPL's encoding of a mixed strategy).
   */
  public NDArray features(NDArray x, NDArray e) {
    NDArray h = conditioning == Conditioning.CONCAT ? x.concat(e, 1) : x;
    for (int l = 0; l < weights.length - 1; l++) {
      NDArray z = h.matMul(weights[l]).add(biases[l]);
      if (conditioning == Conditioning.FILM) {
        z = z.mul(e.matMul(filmScale[l]).add(1f)).add(e.matMul(filmShift[l]));
      }
      h = Activation.relu(z);
    }
    return h;
  }

  /** The output layer applied to {@link #features}. */
  public NDArray output(NDArray features) {
    int last = weights.length - 1;
    return features.matMul(weights[last]).add(biases[last]);
  }

  /** Width of {@link #features} (the last hidden layer, or the input when there is none). */
  public int featureSize() {
    int last = layerSizes.length - 2;
    return last == 0 && conditioning == Conditioning.CONCAT
        ? layerSizes[0] + embeddingSize()
        : layerSizes[last];
  }

  /** Every parameter except the embedding table (the encoder, conditioning and output layer). */
  public List<NDArray> networkParameters() {
    List<NDArray> all = parameters();
    return all.subList(1, all.size());
  }

  /** Inference without gradients; inputs and strategy distributions row by row. */
  public float[] predict(float[] observations, float[] strategies, int rows) {
    if (strategies.length != rows * numStrategies) {
      throw new IllegalArgumentException(
          strategies.length + " strategy weights for " + rows + " rows of " + numStrategies);
    }
    DjlRuntime.inferenceMode();
    try (NDManager scope = manager.newSubManager()) {
      NDArray x = scope.create(observations, new Shape(rows, layerSizes[0]));
      NDArray s = scope.create(strategies, new Shape(rows, numStrategies));
      return forward(x, s).toFloatArray();
    }
  }

  @Override
  public void close() {
    manager.close();
  }
}
