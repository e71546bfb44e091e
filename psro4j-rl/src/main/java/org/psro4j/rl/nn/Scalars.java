package org.psro4j.rl.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Arithmetic with a constant that autograd may record. DJL's {@code Number} overloads ({@code
 * mul(Number)}, {@code div(Number)}, {@code pow}, {@code maximum}, {@code minimum}, ...) wrap the
 * constant in a tensor over a Java direct buffer ({@code torch::from_blob}, memory the garbage
 * collector owns), apply the op and close the wrapper at once. An op that saves its operand for the
 * backward pass (multiplication, division, power, maximum, minimum) keeps that tensor in the graph;
 * a garbage collection before {@code backward} frees its memory and the backward pass reads
 * whatever {@code malloc} put there since: gradients scaled by garbage, results that differ between
 * runs of one seed in one JVM, and now and then a NaN. The constants made here are allocated by
 * libtorch ({@code torch::full}), so the graph's reference keeps them alive. Use these wherever
 * gradients are recorded; inference-only code may keep DJL's overloads.
 */
public final class Scalars {

  private Scalars() {}

  /** A 0-dimensional float tensor holding {@code value}, owned by libtorch, in {@code manager}. */
  public static NDArray of(NDManager manager, double value) {
    return manager.full(new Shape(), (float) value);
  }

  /** {@code x · c}, safe to differentiate. */
  public static NDArray times(NDArray x, double c) {
    return x.mul(of(x.getManager(), c));
  }

  /** {@code x / c}, safe to differentiate. */
  public static NDArray over(NDArray x, double c) {
    return x.div(of(x.getManager(), c));
  }

  /** The elementwise minimum of {@code x} and {@code c}, safe to differentiate. */
  public static NDArray minimum(NDArray x, double c) {
    return x.minimum(of(x.getManager(), c));
  }

  /** The elementwise maximum of {@code x} and {@code c}, safe to differentiate. */
  public static NDArray maximum(NDArray x, double c) {
    return x.maximum(of(x.getManager(), c));
  }
}
