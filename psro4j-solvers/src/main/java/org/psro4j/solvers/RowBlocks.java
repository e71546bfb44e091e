package org.psro4j.solvers;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loop over blocks of rows of a matrix whose rows are computed independently (the normal matrix
 * of {@link NormalEquations}, the trailing update of {@link LowerCholesky}), spread over the
 * processors when it is large. Every row is computed by the same operations in the same order
 * whichever thread runs it, so the result is bit-identical to the loop on one thread: the threads
 * change only the time. The threads take the blocks one at a time, the longest rows first, which
 * balances a triangle (row i costing ~i) as well as a rectangle. Runs on the common fork-join pool
 * with the calling thread, which waits only for blocks a helper is computing; {@code
 * -Djava.util.concurrent.ForkJoinPool.common.parallelism=0} keeps every loop on the caller.
 */
final class RowBlocks {

  /** Multiply–adds below which the loop stays on the caller (a fork costs some 10–50 µs). */
  static final long PARALLEL_WORK = 1L << 20;

  private static final int THREADS =
      "0".equals(System.getProperty("java.util.concurrent.ForkJoinPool.common.parallelism"))
          ? 1
          : Math.max(
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

  /**
   * The same on {@code threads} threads at most (1: in order on the caller): the caller and threads
   * − 1 pool tasks take blocks one at a time, the last (the longest rows) first, until none is
   * left. On a loaded machine a helper that the scheduler delays holds up the caller by one block
   * at most, and a helper that never started takes none.
   */
  static void forEach(int from, int to, int block, int threads, Rows body) {
    int blocks = (to - from + block - 1) / block;
    if (threads <= 1 || blocks < 2) {
      for (int start = from; start < to; start += block) {
        body.apply(start, Math.min(to, start + block));
      }
      return;
    }
    AtomicInteger taken = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable work =
        () -> {
          for (int k = taken.getAndIncrement(); k < blocks; k = taken.getAndIncrement()) {
            int start = from + (blocks - 1 - k) * block;
            try {
              body.apply(start, Math.min(to, start + block));
            } catch (RuntimeException | Error e) {
              failure.compareAndSet(null, e);
            } finally {
              finished.incrementAndGet();
            }
          }
        };
    int helpers = Math.min(threads, blocks) - 1;
    for (int h = 0; h < helpers; h++) {
      ForkJoinPool.commonPool().execute(work);
    }
    work.run();
    // Every block is taken once the caller's loop ends; wait only for blocks a helper is still
    // computing, never for a helper that has not started (it will find nothing left): no wait on
    // the pool's scheduling, and no deadlock when the pool has no threads to run it.
    while (finished.get() < blocks) {
      Thread.onSpinWait();
      Thread.yield();
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
  }
}
