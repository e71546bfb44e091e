package org.psro4j.rl.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A policy network for board games that shares what it learns across squares: a torso of 3×3
 * convolutions with ReLU over the board planes (the global features and the square's row and column
 * broadcast as extra planes), a 1×1 convolution that scores each square's actions (AlphaZero's
 * policy head: Silver et al., Science 2018), a global vector (torso features averaged over the
 * board, with the global features, through one ReLU layer) that adds a bias to every action
 * channel. Weights are initialised in Java from a seed (He-uniform, the policy's output layers
 * scaled by 0.01 so that a fresh policy is near uniform). One forward pass over a {@code 10×10}
 * board with channels {@code c} costs about {@code 900·c²} multiply-adds per layer.
 */
public final class ConvNetwork implements AutoCloseable {

  private static final Shape ONE = new Shape(1, 1);
  private static final Shape NO_PADDING = new Shape(0, 0);
  private static final Shape PAD_ONE = new Shape(1, 1);

  private final NDManager manager;
  private final BoardShape shape;
  private final int[] channels;

  /**
   * Convolution weights and biases, then head, global and value parameters (see {@link #names}).
   */
  private final NDArray[] params;

  private ConvNetwork(NDManager manager, BoardShape shape, int[] channels, NDArray[] params) {
    this.manager = manager;
    this.shape = shape;
    this.channels = channels;
    this.params = params;
  }

  /** Shapes of the parameters of a network with these convolution widths, in order. */
  private static Shape[] parameterShapes(BoardShape shape, int[] channels) {
    List<Shape> out = new ArrayList<>();
    int in = shape.planes() + shape.globals() + 2;
    for (int c : channels) {
      out.add(new Shape(c, in, 3, 3));
      out.add(new Shape(c));
      in = c;
    }
    int a = shape.channelsPerSquare();
    out.add(new Shape(a, in, 1, 1)); // head
    out.add(new Shape(a));
    out.add(new Shape(in + shape.globals(), in)); // global layer
    out.add(new Shape(in));
    out.add(new Shape(in, a)); // action-channel bias from the global vector
    return out.toArray(Shape[]::new);
  }

  /**
   * A fresh network.
   *
   * @param shape the board and actions it serves
   * @param channels the width of each 3×3 convolution layer (at least one)
   * @param seed initialisation seed
   * @param device where the parameters live
   */
  public static ConvNetwork create(BoardShape shape, int[] channels, long seed, Device device) {
    if (channels.length == 0 || Arrays.stream(channels).anyMatch(c -> c < 1)) {
      throw new IllegalArgumentException(
          "convolution widths must be one or more positive sizes: " + Arrays.toString(channels));
    }
    Shape[] shapes = parameterShapes(shape, channels);
    NDManager m = DjlRuntime.engine().newBaseManager(device);
    SplittableRandom random = new SplittableRandom(seed);
    NDArray[] p = new NDArray[shapes.length];
    int last = 2 * channels.length;
    for (int i = 0; i < shapes.length; i++) {
      Shape s = shapes[i];
      if (s.dimension() == 1) {
        p[i] = m.zeros(s);
        continue;
      }
      long fanIn = s.size() / s.get(0);
      if (s.dimension() == 2) {
        fanIn = s.get(0);
      }
      boolean policyOutput = i == last || i == last + 4;
      double bound = Math.sqrt(6.0 / fanIn) * (policyOutput ? 0.01 : 1.0);
      float[] values = new float[Math.toIntExact(s.size())];
      for (int j = 0; j < values.length; j++) {
        values[j] = (float) ((random.nextDouble() * 2 - 1) * bound);
      }
      p[i] = m.create(values, s);
    }
    return new ConvNetwork(m, shape, channels.clone(), p);
  }

  /** The board and actions this network serves. */
  public BoardShape shape() {
    return shape;
  }

  /** The convolution widths. */
  public int[] channels() {
    return channels.clone();
  }

  /** The manager holding the parameters. */
  public NDManager manager() {
    return manager;
  }

  /** All parameters: convolutions, head, global layer, channel bias. */
  public List<NDArray> parameters() {
    return List.of(params);
  }

  /** Turns gradient tracking on for every parameter. */
  public void requireGradients() {
    for (NDArray p : params) {
      p.setRequiresGradient(true);
    }
  }

  /** Logits {@code [rows, numActions]} of tensors {@code x}. */
  public NDArray forward(NDArray x) {
    long rows = x.getShape().get(0);
    int r = shape.rows();
    int c = shape.columns();
    int sq = shape.squares();
    int boardValues = shape.planes() * sq;
    NDManager m = x.getManager();
    NDArray board = x.get(new NDIndex(":, 0:" + boardValues)).reshape(rows, shape.planes(), r, c);
    NDArray globals = x.get(new NDIndex(":, " + boardValues + ":"));
    NDArray ones = m.ones(new Shape(rows, 1, r, c));
    float[] coords = new float[2 * sq];
    for (int s = 0; s < sq; s++) {
      coords[s] = r == 1 ? 0 : (float) (s / c) / (r - 1);
      coords[sq + s] = c == 1 ? 0 : (float) (s % c) / (c - 1);
    }
    NDArray coordPlanes = ones.mul(m.create(coords, new Shape(1, 2, r, c)));
    NDList inputs = new NDList(board, coordPlanes);
    if (shape.globals() > 0) {
      inputs.add(ones.mul(globals.reshape(rows, shape.globals(), 1, 1)));
    }
    NDArray h = NDArrays.concat(inputs, 1);
    int k = 0;
    for (int l = 0; l < channels.length; l++, k += 2) {
      h =
          Activation.relu(
              Conv2d.conv2d(h, params[k], params[k + 1], ONE, PAD_ONE, ONE, 1).singletonOrThrow());
    }
    int a = shape.channelsPerSquare();
    NDArray scores =
        Conv2d.conv2d(h, params[k], params[k + 1], ONE, NO_PADDING, ONE, 1)
            .singletonOrThrow()
            .reshape(rows, a, sq);
    NDArray pooled = h.reshape(rows, h.getShape().get(1), sq).mean(new int[] {2});
    NDArray g = Activation.relu(pooled.concat(globals, 1).matMul(params[k + 2]).add(params[k + 3]));
    scores = scores.add(g.matMul(params[k + 4]).reshape(rows, a, 1));
    int[] blocks = shape.actionChannels();
    NDList parts = new NDList();
    if (blocks.length == 1) {
      parts.add(scores);
    } else {
      long[] cuts = new long[blocks.length - 1];
      long at = 0;
      for (int b = 0; b < cuts.length; b++) {
        at += blocks[b];
        cuts[b] = at;
      }
      parts = scores.split(cuts, 1);
    }
    NDList flat = new NDList();
    for (int b = 0; b < blocks.length; b++) {
      flat.add(parts.get(b).transpose(0, 2, 1).reshape(rows, (long) sq * blocks[b]));
    }
    return flat.size() == 1 ? flat.head() : NDArrays.concat(flat, 1);
  }

  /** Logits of {@code rows} tensors without gradients, row by row. Thread-safe. */
  public float[] predictLogits(float[] inputs, int rows) {
    int in = shape.inputSize();
    if (inputs.length < rows * in) {
      throw new IllegalArgumentException(inputs.length + " inputs for " + rows + " rows of " + in);
    }
    DjlRuntime.inferenceMode();
    try (NDManager scope = manager.newSubManager()) {
      float[] flat = inputs.length == rows * in ? inputs : Arrays.copyOf(inputs, rows * in);
      return forward(scope.create(flat, new Shape(rows, in))).toFloatArray();
    }
  }

  /** An independent copy with the same parameters (no gradients). */
  public ConvNetwork copy() {
    DjlRuntime.inferenceMode();
    return decode(shape, channels, StateArrays.encode(parameters()), manager.getDevice());
  }

  /** The parameters in DJL's {@code NDList} encoding. */
  public byte[] encodeParameters() {
    return StateArrays.encode(parameters());
  }

  /** A network whose parameters are read from {@link #encodeParameters}; checks every shape. */
  public static ConvNetwork decode(
      BoardShape shape, int[] channels, byte[] encoded, Device device) {
    Shape[] shapes = parameterShapes(shape, channels);
    NDManager m = DjlRuntime.engine().newBaseManager(device);
    NDList list = NDList.decode(m, new ByteArrayInputStream(encoded));
    if (list.size() != shapes.length) {
      m.close();
      throw new IllegalArgumentException(
          "parameter file holds "
              + list.size()
              + " arrays, a convolutional network of widths "
              + Arrays.toString(channels)
              + " needs "
              + shapes.length);
    }
    for (int i = 0; i < shapes.length; i++) {
      if (!list.get(i).getShape().equals(shapes[i])) {
        Shape found = list.get(i).getShape();
        m.close();
        throw new IllegalArgumentException(
            "parameter " + i + " has shape " + found + ", the architecture needs " + shapes[i]);
      }
    }
    return new ConvNetwork(m, shape, channels.clone(), list.toArray(new NDArray[0]));
  }

  @Override
  public void close() {
    manager.close();
  }
}
