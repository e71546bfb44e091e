package org.psro4j.rl.algo;

import java.util.SplittableRandom;

/**
 * The slot bookkeeping of a circular replay buffer shared by {@link ReplayBuffer} and {@link
 * ContinuousReplayBuffer}: which row the next transition overwrites, how many rows are held, and
 * uniform sampling of held rows.
 */
final class ReplaySlots {

  private final int capacity;
  private int size;
  private int next;

  /**
   * Slots for {@code capacity} rows of at most {@code widest} values per array; refuses a buffer
   * whose arrays would not fit in a Java array.
   */
  ReplaySlots(int capacity, int widest) {
    if ((long) capacity * widest > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "buffer=" + capacity + " is too large for rows of " + widest + " values");
    }
    this.capacity = capacity;
  }

  /** Adds the held-row count and the next slot to {@code out} under {@code name}. */
  void save(StateWriter out, String name) {
    out.fields().put(name + "_size", size);
    out.fields().put(name + "_next", next);
  }

  /** Restores what {@link #save} wrote. */
  void restore(StateReader in, String name) {
    size = (int) in.state().getLong(name + "_size");
    next = (int) in.state().getLong(name + "_next");
    if (size < 0 || size > capacity || next < 0 || next >= capacity) {
      throw new IllegalArgumentException(
          "saved replay slots (size " + size + ", next " + next + ") do not fit " + capacity);
    }
  }

  /** Rows held. */
  int size() {
    return size;
  }

  /** The row the next transition goes to (the oldest when full), marking it held. */
  int claim() {
    int k = next;
    next = (next + 1) % capacity;
    size = Math.min(size + 1, capacity);
    return k;
  }

  /** {@code n} held rows drawn uniformly with replacement. */
  int[] sample(int n, SplittableRandom random) {
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = random.nextInt(size);
    }
    return idx;
  }

  /** Rows {@code idx} of a row-major array with {@code width} columns. */
  static float[] rows(float[] source, int[] idx, int width) {
    float[] out = new float[idx.length * width];
    for (int r = 0; r < idx.length; r++) {
      System.arraycopy(source, idx[r] * width, out, r * width, width);
    }
    return out;
  }
}
