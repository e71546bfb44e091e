package org.psro4j.rl.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A gated recurrent unit core (Cho et al., "Learning Phrase Representations using RNN
 * Encoder-Decoder for Statistical Machine Translation", EMNLP 2014) with a linear output head, for
 * policies that must remember what an observation tensor does not repeat: {@code r = σ(x W_r + h
 * U_r + b_r)}, {@code z = σ(x W_z + h U_z + b_z)}, {@code n = tanh(x W_n + b_n + r ⊙ (h U_n +
 * c_n))}, {@code h' = (1 − z) ⊙ n + z ⊙ h}, {@code y = h' W_o + b_o}. Raw DJL arrays, initialised
 * in Java from a seed; parameters live in the network's manager until {@link #close()}.
 */
public final class GruNetwork implements AutoCloseable {

  private final NDManager manager;
  private final int inputSize;
  private final int hiddenSize;
  private final int outputSize;
  private final NDArray inputWeights;
  private final NDArray recurrentWeights;
  private final NDArray inputBias;
  private final NDArray recurrentBias;
  private final NDArray outputWeights;
  private final NDArray outputBias;

  /**
   * A fresh network with {@code inputSize} inputs, {@code hiddenSize} state, {@code outputSize}.
   */
  public GruNetwork(int inputSize, int hiddenSize, int outputSize, long seed, Device device) {
    if (inputSize < 1 || hiddenSize < 1 || outputSize < 1) {
      throw new IllegalArgumentException(
          "sizes must be positive: " + inputSize + ", " + hiddenSize + ", " + outputSize);
    }
    this.manager = DjlRuntime.engine().newBaseManager(device);
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    this.outputSize = outputSize;
    SplittableRandom random = new SplittableRandom(seed);
    double bound = 1.0 / Math.sqrt(hiddenSize);
    inputWeights = uniform(random, inputSize, 3 * hiddenSize, bound);
    recurrentWeights = uniform(random, hiddenSize, 3 * hiddenSize, bound);
    inputBias = manager.zeros(new Shape(3 * hiddenSize));
    recurrentBias = manager.zeros(new Shape(3 * hiddenSize));
    outputWeights = uniform(random, hiddenSize, outputSize, Math.sqrt(6.0 / hiddenSize));
    outputBias = manager.zeros(new Shape(outputSize));
  }

  private NDArray uniform(SplittableRandom random, int rows, int cols, double bound) {
    float[] v = new float[rows * cols];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
    }
    return manager.create(v, new Shape(rows, cols));
  }

  /** Size of the recurrent state. */
  public int hiddenSize() {
    return hiddenSize;
  }

  /** The manager holding the parameters. */
  public NDManager manager() {
    return manager;
  }

  /** Every trainable array. */
  public List<NDArray> parameters() {
    return List.of(
        inputWeights, recurrentWeights, inputBias, recurrentBias, outputWeights, outputBias);
  }

  /**
   * One step for a batch: inputs {@code [B, in]} and states {@code [B, hidden]} to {@code (new
   * state [B, hidden], outputs [B, out])}, attached to {@code x}'s manager.
   */
  public NDList step(NDArray x, NDArray h) {
    NDList gx = x.matMul(inputWeights).add(inputBias).split(3, 1);
    NDList gh = h.matMul(recurrentWeights).add(recurrentBias).split(3, 1);
    NDArray r = Activation.sigmoid(gx.get(0).add(gh.get(0)));
    NDArray z = Activation.sigmoid(gx.get(1).add(gh.get(1)));
    NDArray n = gx.get(2).add(r.mul(gh.get(2))).tanh();
    NDArray next = z.mul(-1f).add(1f).mul(n).add(z.mul(h));
    return new NDList(next, next.matMul(outputWeights).add(outputBias));
  }

  /**
   * Runs a time-major sequence {@code [T, B, in]} from a zero state and returns the outputs of
   * every step, {@code [T, B, out]}.
   */
  public NDArray forward(NDArray sequence) {
    Shape shape = sequence.getShape();
    int steps = (int) shape.get(0);
    int batch = (int) shape.get(1);
    NDArray h = sequence.getManager().zeros(new Shape(batch, hiddenSize));
    NDList outputs = new NDList(steps);
    for (int t = 0; t < steps; t++) {
      NDList s = step(sequence.get(t), h);
      h = s.get(0);
      outputs.add(s.get(1));
    }
    return NDArrays.stack(outputs);
  }

  /** The last step's outputs, {@code [B, out]} row by row, for a time-major float sequence. */
  public float[] predictLast(float[] sequence, int steps, int batch) {
    if (sequence.length != steps * batch * inputSize) {
      throw new IllegalArgumentException(
          sequence.length + " values for " + steps + " x " + batch + " x " + inputSize);
    }
    DjlRuntime.inferenceMode();
    try (NDManager scope = manager.newSubManager()) {
      NDArray out = forward(scope.create(sequence, new Shape(steps, batch, inputSize)));
      return out.get(steps - 1).toFloatArray();
    }
  }

  /** Number of outputs. */
  public int outputSize() {
    return outputSize;
  }

  @Override
  public void close() {
    manager.close();
  }
}
