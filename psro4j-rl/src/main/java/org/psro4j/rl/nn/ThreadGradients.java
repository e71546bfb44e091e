package org.psro4j.rl.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.Objects;

/**
 * Records autograd on the calling thread for one gradient step and runs the backward pass; open it
 * in try-with-resources around the forward pass and the loss, then step the optimiser. Several
 * threads may each hold one at the same time, so learners on different threads train in parallel.
 *
 * <p>It does what DJL's {@code PtGradientCollector} (0.35.1) does for us, minus its JVM-wide
 * "already collecting" flag: libtorch's grad mode ({@code c10::GradMode}) is thread-local, a CPU
 * backward pass runs on the calling thread, and concurrent backward passes over disjoint graphs are
 * supported by libtorch's autograd engine. Unlike DJL's collector it never zeroes gradients (DJL's
 * {@code zeroGradients} walks every array of the system manager, other threads' included); each
 * learner's {@link Adam} zeroes its own parameters' gradients after its step.
 */
public final class ThreadGradients implements AutoCloseable {

  private final Thread owner;
  private final boolean previousGradMode;
  private boolean closed;

  private ThreadGradients() {
    DjlRuntime.configureThread();
    owner = Thread.currentThread();
    previousGradMode = JniUtils.isGradMode();
    JniUtils.setGradMode(true);
  }

  /** Turns gradient recording on for the calling thread until {@link #close()}. */
  public static ThreadGradients record() {
    return new ThreadGradients();
  }

  /**
   * Back-propagates {@code loss} (any shape; as if summed) into the gradients of the leaf arrays
   * that require them, adding to what they hold; the graph is freed.
   *
   * @param loss an array computed while this recorder was open, on the same thread
   */
  public void backward(NDArray loss) {
    Objects.requireNonNull(loss, "loss");
    requireOwner();
    if (closed) {
      throw new IllegalStateException("backward after close");
    }
    try (NDArray seed = loss.onesLike()) {
      JniUtils.backward((PtNDArray) loss, (PtNDArray) seed, false, false);
    }
  }

  /** Restores the calling thread's grad mode to what it was when this recorder was opened. */
  @Override
  public void close() {
    requireOwner();
    if (!closed) {
      closed = true;
      JniUtils.setGradMode(previousGradMode);
    }
  }

  private void requireOwner() {
    if (Thread.currentThread() != owner) {
      throw new IllegalStateException(
          "gradients are recorded per thread: opened on "
              + owner.getName()
              + ", used on "
              + Thread.currentThread().getName());
    }
  }
}
