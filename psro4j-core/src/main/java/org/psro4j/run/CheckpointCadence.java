package org.psro4j.run;

import java.util.function.LongSupplier;

/**
 * How often a {@link RunDirectory} writes its checkpoint: at every iteration (0 seconds, the
 * default), or at most once every so many seconds of wall time, and always at the first iteration
 * of a process and at the one that stops the run. Between checkpoints only the metrics and events
 * lines are appended; a resumed run cuts them back to the checkpoint and does those iterations
 * again (RLlib's {@code checkpoint_freq} trades the same way).
 */
final class CheckpointCadence {

  private final double seconds;
  private final LongSupplier nanos;
  private long lastNanos;
  private boolean written;

  /** Every {@code seconds} (0: every iteration) on the clock {@code nanos}. */
  CheckpointCadence(double seconds, LongSupplier nanos) {
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException(
          "checkpoint interval " + seconds + " s must be finite and non-negative");
    }
    this.seconds = seconds;
    this.nanos = nanos;
  }

  /** A checkpoint at every iteration. */
  static CheckpointCadence everyIteration() {
    return new CheckpointCadence(0, System::nanoTime);
  }

  /** Whether this iteration's checkpoint is due ({@code stopping}: the run stops at it). */
  boolean due(boolean stopping) {
    return seconds == 0 || stopping || !written || (nanos.getAsLong() - lastNanos) / 1e9 >= seconds;
  }

  /** Records a checkpoint written now. */
  void written() {
    lastNanos = nanos.getAsLong();
    written = true;
  }
}
