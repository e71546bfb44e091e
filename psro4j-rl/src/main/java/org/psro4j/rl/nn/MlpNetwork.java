package org.psro4j.rl.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A multi-layer perceptron with ReLU hidden layers held as raw DJL arrays: {@code x W1 + b1 -> relu
 * -> ... -> x Wn + bn}. Weights are initialised in Java from a seed (He-uniform, the last layer
 * scaled down so a fresh policy is near uniform), so a network is reproducible without libtorch's
 * generator. Parameters live in the network's own manager until {@link #close()}.
 */
public final class MlpNetwork implements AutoCloseable {

  private final NDManager manager;
  private final int[] layerSizes;
  private final NDArray[] weights;
  private final NDArray[] biases;

  private MlpNetwork(NDManager manager, int[] layerSizes, NDArray[] weights, NDArray[] biases) {
    this.manager = manager;
    this.layerSizes = layerSizes;
    this.weights = weights;
    this.biases = biases;
  }

  /**
   * A fresh network.
   *
   * @param layerSizes input size, hidden sizes, output size (at least input and output)
   * @param outputScale multiplier of the last layer's initial weights (e.g. 0.01 for policies)
   * @param seed initialisation seed
   * @param device where the parameters live
   */
  public static MlpNetwork create(int[] layerSizes, double outputScale, long seed, Device device) {
    if (layerSizes.length < 2) {
      throw new IllegalArgumentException(
          "an MLP needs input and output sizes, got " + Arrays.toString(layerSizes));
    }
    for (int s : layerSizes) {
      if (s <= 0) {
        throw new IllegalArgumentException(
            "layer sizes must be positive: " + Arrays.toString(layerSizes));
      }
    }
    NDManager manager = DjlRuntime.engine().newBaseManager(device);
    SplittableRandom random = new SplittableRandom(seed);
    int layers = layerSizes.length - 1;
    NDArray[] w = new NDArray[layers];
    NDArray[] b = new NDArray[layers];
    for (int l = 0; l < layers; l++) {
      int in = layerSizes[l];
      int out = layerSizes[l + 1];
      double bound = Math.sqrt(6.0 / in) * (l == layers - 1 ? outputScale : 1.0);
      float[] values = new float[in * out];
      for (int i = 0; i < values.length; i++) {
        values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
      }
      w[l] = manager.create(values, new Shape(in, out));
      b[l] = manager.zeros(new Shape(out));
    }
    return new MlpNetwork(manager, layerSizes.clone(), w, b);
  }

  /** Input size, hidden sizes, output size. */
  public int[] layerSizes() {
    return layerSizes.clone();
  }

  /** Number of inputs. */
  public int inputSize() {
    return layerSizes[0];
  }

  /** Number of outputs. */
  public int outputSize() {
    return layerSizes[layerSizes.length - 1];
  }

  /** The manager holding the parameters. */
  public NDManager manager() {
    return manager;
  }

  /** All parameters: W1, b1, W2, b2, ... */
  public List<NDArray> parameters() {
    List<NDArray> out = new ArrayList<>(2 * weights.length);
    for (int l = 0; l < weights.length; l++) {
      out.add(weights[l]);
      out.add(biases[l]);
    }
    return out;
  }

  /** Turns gradient tracking on for every parameter (for a network that is trained). */
  public void requireGradients() {
    for (NDArray p : parameters()) {
      p.setRequiresGradient(true);
    }
  }

  /** The outputs {@code [rows, out]} for inputs {@code [rows, in]}, attached to x's manager. */
  public NDArray forward(NDArray x) {
    NDArray h = x;
    for (int l = 0; l < weights.length; l++) {
      NDArray z = h.matMul(weights[l]).add(biases[l]);
      h = l == weights.length - 1 ? z : Activation.relu(z);
    }
    return h;
  }

  /**
   * Inference without gradients: {@code rows} inputs laid out row by row in {@code inputs}, the
   * outputs row by row. Thread-safe (each call works in its own sub-manager).
   */
  public float[] predict(float[] inputs, int rows) {
    if (inputs.length < rows * inputSize()) {
      throw new IllegalArgumentException(
          inputs.length + " inputs for " + rows + " rows of " + inputSize());
    }
    DjlRuntime.inferenceMode();
    try (NDManager scope = manager.newSubManager()) {
      float[] flat =
          inputs.length == rows * inputSize() ? inputs : Arrays.copyOf(inputs, rows * inputSize());
      NDArray x = scope.create(flat, new Shape(rows, inputSize()));
      return forward(x).toFloatArray();
    }
  }

  /** An independent copy with the same parameters (no gradients), e.g. a frozen policy. */
  public MlpNetwork copy() {
    NDManager m = DjlRuntime.engine().newBaseManager(manager.getDevice());
    NDArray[] w = new NDArray[weights.length];
    NDArray[] b = new NDArray[biases.length];
    DjlRuntime.inferenceMode();
    for (int l = 0; l < weights.length; l++) {
      w[l] = m.create(weights[l].toFloatArray(), weights[l].getShape());
      b[l] = m.create(biases[l].toFloatArray(), biases[l].getShape());
    }
    return new MlpNetwork(m, layerSizes.clone(), w, b);
  }

  /** Overwrites this network's parameters with {@code source}'s (same architecture). */
  public void copyFrom(MlpNetwork source) {
    if (!Arrays.equals(layerSizes, source.layerSizes)) {
      throw new IllegalArgumentException(
          "architectures differ: "
              + Arrays.toString(layerSizes)
              + " vs "
              + Arrays.toString(source.layerSizes));
    }
    DjlRuntime.inferenceMode();
    // In-place arithmetic (x - x + y is exactly y) instead of NDArray.set, whose native path in
    // DJL's JNI makes libtorch print a deprecation warning to the terminal.
    for (int l = 0; l < weights.length; l++) {
      weights[l].subi(weights[l]).addi(source.weights[l]);
      biases[l].subi(biases[l]).addi(source.biases[l]);
    }
  }

  /**
   * Polyak averaging towards {@code source} (same architecture): {@code θ ← (1 − τ) θ + τ
   * θ_source}, as target networks of soft actor-critic do.
   */
  public void blendFrom(MlpNetwork source, double tau) {
    if (!Arrays.equals(layerSizes, source.layerSizes)) {
      throw new IllegalArgumentException(
          "architectures differ: "
              + Arrays.toString(layerSizes)
              + " vs "
              + Arrays.toString(source.layerSizes));
    }
    if (!(tau >= 0 && tau <= 1)) {
      throw new IllegalArgumentException("tau must be in [0, 1], got " + tau);
    }
    DjlRuntime.inferenceMode();
    List<NDArray> mine = parameters();
    List<NDArray> theirs = source.parameters();
    try (ai.djl.ndarray.NDScope scope = new ai.djl.ndarray.NDScope()) {
      for (int i = 0; i < mine.size(); i++) {
        mine.get(i).muli((float) (1 - tau)).addi(theirs.get(i).mul((float) tau));
      }
    }
  }

  /** The parameters in DJL's {@link NDList} encoding. */
  public byte[] encodeParameters() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new NDList(parameters()).encode(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A network of {@code layerSizes} whose parameters are read from {@link #encodeParameters}. */
  public static MlpNetwork decode(int[] layerSizes, byte[] encoded, Device device) {
    NDManager m = DjlRuntime.engine().newBaseManager(device);
    NDList list = NDList.decode(m, new ByteArrayInputStream(encoded));
    int layers = layerSizes.length - 1;
    if (list.size() != 2 * layers) {
      m.close();
      throw new IllegalArgumentException(
          "parameter file holds "
              + list.size()
              + " arrays, architecture "
              + Arrays.toString(layerSizes)
              + " needs "
              + 2 * layers);
    }
    NDArray[] w = new NDArray[layers];
    NDArray[] b = new NDArray[layers];
    for (int l = 0; l < layers; l++) {
      w[l] = list.get(2 * l);
      b[l] = list.get(2 * l + 1);
      Shape expected = new Shape(layerSizes[l], layerSizes[l + 1]);
      if (!w[l].getShape().equals(expected)) {
        m.close();
        throw new IllegalArgumentException(
            "layer " + l + " has weights " + w[l].getShape() + ", architecture needs " + expected);
      }
    }
    return new MlpNetwork(m, layerSizes.clone(), w, b);
  }

  @Override
  public void close() {
    manager.close();
  }
}
