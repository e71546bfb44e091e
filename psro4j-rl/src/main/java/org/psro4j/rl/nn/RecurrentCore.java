package org.psro4j.rl.nn;

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

/**
 * A recurrent core with a linear output head, for policies that must remember what an observation
 * does not repeat: subclasses define one step of the recurrence ({@link GruNetwork}, {@link
 * LstmNetwork}); this class runs sequences, holds the parameters (raw DJL arrays initialised in
 * Java from a seed) and frees them on {@link #close()}.
 */
public abstract class RecurrentCore implements AutoCloseable {

  private final NDManager manager;
  private final int inputSize;
  private final int hiddenSize;
  private final int outputSize;
  private NDArray outputWeights;
  private NDArray outputBias;
  private final List<NDArray> parameters = new ArrayList<>();

  /**
   * Opens the parameter manager; subclasses add their recurrent parameters with {@link #add}, then
   * call {@link #initialiseHead}.
   */
  protected RecurrentCore(int inputSize, int hiddenSize, int outputSize, Device device) {
    if (inputSize < 1 || hiddenSize < 1 || outputSize < 1) {
      throw new IllegalArgumentException(
          "sizes must be positive: " + inputSize + ", " + hiddenSize + ", " + outputSize);
    }
    this.manager = DjlRuntime.engine().newBaseManager(device);
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    this.outputSize = outputSize;
  }

  /** Initialises the output head uniformly (Glorot-style bound) from {@code random}. */
  protected final void initialiseHead(SplittableRandom random) {
    outputWeights = uniform(random, hiddenSize, outputSize, Math.sqrt(6.0 / hiddenSize));
    outputBias = manager.zeros(new Shape(outputSize));
  }

  /** A {@code rows x cols} array with entries uniform in {@code [-bound, bound)}. */
  protected final NDArray uniform(SplittableRandom random, int rows, int cols, double bound) {
    float[] v = new float[rows * cols];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
    }
    return manager.create(v, new Shape(rows, cols));
  }

  /** Registers a trainable array of the recurrence and returns it. */
  protected final NDArray add(NDArray parameter) {
    parameters.add(parameter);
    return parameter;
  }

  /** Size of the hidden state {@code h}. */
  public final int hiddenSize() {
    return hiddenSize;
  }

  /** Number of inputs per step. */
  public final int inputSize() {
    return inputSize;
  }

  /** Number of outputs. */
  public final int outputSize() {
    return outputSize;
  }

  /** The manager holding the parameters. */
  public final NDManager manager() {
    return manager;
  }

  /** Every trainable array: the recurrence's, then the head's. */
  public final List<NDArray> parameters() {
    List<NDArray> all = new ArrayList<>(parameters);
    all.add(outputWeights);
    all.add(outputBias);
    return List.copyOf(all);
  }

  /** The kind of recurrence: {@code lstm} or {@code gru}. */
  public abstract String type();

  /** A fresh core of {@code type} ({@code lstm} or {@code gru}). */
  public static RecurrentCore create(
      String type, int inputSize, int hiddenSize, int outputSize, long seed, Device device) {
    return switch (type) {
      case "lstm" -> new LstmNetwork(inputSize, hiddenSize, outputSize, seed, device);
      case "gru" -> new GruNetwork(inputSize, hiddenSize, outputSize, seed, device);
      default ->
          throw new IllegalArgumentException(
              "unknown recurrent core '" + type + "'; known: lstm, gru");
    };
  }

  /** An independent copy with the same parameters, on the same device. */
  public final RecurrentCore copy() {
    RecurrentCore c = create(type(), inputSize, hiddenSize, outputSize, 0L, manager.getDevice());
    StateArrays.decodeInto(StateArrays.encode(parameters()), c.parameters(), type() + " core");
    return c;
  }

  /** Turns gradient tracking on for every parameter (for a core that is trained). */
  public final void requireGradients() {
    for (NDArray p : parameters()) {
      p.setRequiresGradient(true);
    }
  }

  /** Floats in one sequence's recurrent state (e.g. {@code h} and {@code c} for an LSTM). */
  public final int stateSize() {
    try (NDManager scope = manager.newSubManager()) {
      return initialState(scope, 1).size() * hiddenSize;
    }
  }

  /**
   * One step for {@code rows} independent sequences without gradients: inputs row by row, and each
   * row's recurrent state ({@link #stateSize()} floats, {@code null} for the zero state), which is
   * replaced by the next state. Returns the outputs row by row. Thread-safe.
   */
  public final float[] stepRows(float[] inputs, int rows, float[][] states) {
    DjlRuntime.inferenceMode();
    try (NDManager scope = manager.newSubManager()) {
      NDList zero = initialState(scope, rows);
      int parts = zero.size();
      NDList state = new NDList(parts);
      for (int k = 0; k < parts; k++) {
        float[] flat = new float[rows * hiddenSize];
        for (int r = 0; r < rows; r++) {
          if (states[r] != null) {
            System.arraycopy(states[r], k * hiddenSize, flat, r * hiddenSize, hiddenSize);
          }
        }
        state.add(scope.create(flat, new Shape(rows, hiddenSize)));
      }
      float[] x = Arrays.copyOf(inputs, rows * inputSize);
      NDList next = step(scope.create(x, new Shape(rows, inputSize)), state);
      for (int k = 0; k < parts; k++) {
        float[] flat = next.get(k).toFloatArray();
        for (int r = 0; r < rows; r++) {
          if (states[r] == null) {
            states[r] = new float[parts * hiddenSize];
          }
          System.arraycopy(flat, r * hiddenSize, states[r], k * hiddenSize, hiddenSize);
        }
      }
      return output(next.get(0)).toFloatArray();
    }
  }

  /** The zero state for a batch of {@code batch}, in {@code scope}; element 0 is {@code h}. */
  public abstract NDList initialState(NDManager scope, int batch);

  /** One step: inputs {@code [B, in]} and a state to the next state (element 0 is {@code h}). */
  public abstract NDList step(NDArray x, NDList state);

  /** The head's outputs {@code [B, out]} for hidden states {@code h [B, hidden]}. */
  public final NDArray output(NDArray h) {
    return h.matMul(outputWeights).add(outputBias);
  }

  /**
   * Runs a time-major sequence {@code [T, B, in]} from the zero state and returns the outputs of
   * every step, {@code [T, B, out]}.
   */
  public final NDArray forward(NDArray sequence) {
    Shape shape = sequence.getShape();
    int steps = (int) shape.get(0);
    NDList state = initialState(sequence.getManager(), (int) shape.get(1));
    NDList outputs = new NDList(steps);
    for (int t = 0; t < steps; t++) {
      state = step(sequence.get(t), state);
      outputs.add(output(state.get(0)));
    }
    return NDArrays.stack(outputs);
  }

  /** The last step's outputs, {@code [B, out]} row by row, for a time-major float sequence. */
  public final float[] predictLast(float[] sequence, int steps, int batch) {
    if (steps < 1 || batch < 1 || sequence.length != (long) steps * batch * inputSize) {
      throw new IllegalArgumentException(
          sequence.length + " values for " + steps + " x " + batch + " x " + inputSize);
    }
    DjlRuntime.inferenceMode();
    try (NDManager scope = manager.newSubManager()) {
      NDArray out = forward(scope.create(sequence, new Shape(steps, batch, inputSize)));
      return out.get(steps - 1).toFloatArray();
    }
  }

  @Override
  public final void close() {
    manager.close();
  }
}
