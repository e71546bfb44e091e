package org.psro4j.solvers;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * A loop over blocks of rows of a matrix whose rows are computed independently (the normal matrix
 * of {@link NormalEquations}, the trailing update of {@link LowerCholesky}), spread over the
 * processors when it is large. Every row is computed by the same operations in the same order
 * whichever thread runs it, so the result is bit-identical to the loop on one thread: the threads
 * change only the time. The blocks go to the threads in a fixed snake order (0, 1, 1, 0, 0, 1, …
 * for two), which balances a triangle (row i costing ~i) as well as a rectangle. Runs on the common
 * fork-join pool with the calling thread; {@code
 * -Djava.util.concurrent.ForkJoinPool.common.parallelism=0} keeps every loop on the caller.
 */
final class RowBlocks {

  /** Multiply–adds below which the loop stays on the caller (a fork costs some 10–50 µs). */
  static final long PARALLEL_WORK = 1L << 20;

  private static final int THREADS =
      Math.max(
          1,
          Math.min(
              Runtime.getRuntime().availableProcessors(),
              ForkJoinPool.getCommonPoolParallelism() + 1));

  /** The rows {@code from} ≤ i < {@code to} of one block. */
  interface Rows {
    void apply(int from, int to);
  }

  private RowBlocks() {}

  /**
   * Runs {@code body} on the blocks of {@code block} rows of {@code from..to−1}, on several threads
   * when {@code work} (multiply–adds in all) is at least {@link #PARALLEL_WORK}.
   */
  static void forEach(int from, int to, int block, long work, Rows body) {
    forEach(from, to, block, threadsFor(work), body);
  }

  /** The threads a loop of {@code work} multiply–adds runs on. */
  static int threadsFor(long work) {
    return work >= PARALLEL_WORK ? THREADS : 1;
  }

  /** The same on exactly {@code threads} tasks (1: in order on the caller). */
  static void forEach(int from, int to, int block, int threads, Rows body) {
    int blocks = (to - from + block - 1) / block;
    if (threads <= 1 || blocks < 2) {
      for (int start = from; start < to; start += block) {
        body.apply(start, Math.min(to, start + block));
      }
      return;
    }
    int tasks = Math.min(threads, blocks);
    IntStream.range(0, tasks)
        .parallel()
        .forEach(
            t -> {
              for (int b = 0; b < blocks; b++) {
                if (owner(b, tasks) == t) {
                  int start = from + b * block;
                  body.apply(start, Math.min(to, start + block));
                }
              }
            });
  }

  /** The task of block {@code b}: 0..tasks−1, then back down, and so on. */
  static int owner(int b, int tasks) {
    int round = b / tasks;
    int position = b % tasks;
    return round % 2 == 0 ? position : tasks - 1 - position;
  }
}
