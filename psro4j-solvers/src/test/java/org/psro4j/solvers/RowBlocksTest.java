package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link RowBlocks}: every block runs once, and the normal matrix and Cholesky factor on several
 * threads are bit-identical to one thread (what keeps runs reproducible).
 */
class RowBlocksTest {

  @Test
  void everyBlockRunsOnceWhateverTheThreads() {
    for (int threads : new int[] {1, 2, 3, 5}) {
      int[] hits = new int[103];
      List<int[]> ranges = new ArrayList<>();
      RowBlocks.forEach(
          3,
          103,
          16,
          threads,
          (from, to) -> {
            synchronized (ranges) {
              ranges.add(new int[] {from, to});
              for (int i = from; i < to; i++) {
                hits[i]++;
              }
            }
          });
      for (int i = 0; i < 103; i++) {
        assertThat(hits[i]).as("threads=%d row %d", threads, i).isEqualTo(i < 3 ? 0 : 1);
      }
      assertThat(ranges).hasSize(7);
    }
  }

  @Test
  void normalMatrixAndFactorOnSeveralThreadsEqualOneThreadBitForBit() {
    SplittableRandom random = new SplittableRandom(11);
    for (int m : new int[] {5, 33, 64, 65, 130, 257}) {
      int kept = m + 7;
      double[][] b = new double[kept][m];
      for (double[] column : b) {
        for (int i = 0; i < m; i++) {
          column[i] = random.nextDouble(-1, 1);
        }
      }
      double[][] serial = lowerZeros(m);
      NormalEquations.addLowerGram(b, kept, m, serial, 1);
      for (int threads : new int[] {2, 3}) {
        double[][] parallel = lowerZeros(m);
        NormalEquations.addLowerGram(b, kept, m, parallel, threads);
        assertThat(parallel).as("gram m=%d threads=%d", m, threads).isDeepEqualTo(serial);
      }
      for (int i = 0; i < m; i++) {
        serial[i][i] += 0.5;
      }
      double[][] one = copy(serial);
      assertThat(LowerCholesky.factor(one, m, 0, LowerCholesky.workspace(m), 1)).isTrue();
      double[][] strip = LowerCholesky.workspace(m);
      for (int threads : new int[] {2, 3}) {
        double[][] several = copy(serial);
        // The same workspace twice: what a previous factorisation left in it is never read.
        assertThat(LowerCholesky.factor(several, m, 0, strip, threads)).isTrue();
        assertThat(several).as("factor m=%d threads=%d", m, threads).isDeepEqualTo(one);
      }
      assertThat(LowerCholesky.factor(copy(serial), m, 0)).isTrue();
    }
  }

  private static double[][] lowerZeros(int m) {
    double[][] l = new double[m][];
    for (int i = 0; i < m; i++) {
      l[i] = new double[i + 1];
    }
    return l;
  }

  private static double[][] copy(double[][] l) {
    double[][] c = new double[l.length][];
    for (int i = 0; i < l.length; i++) {
      c[i] = l[i].clone();
    }
    return c;
  }

  /**
   * With every pool thread busy the caller computes every block itself, right. (The hang this
   * guards against, a caller joining a helper the pool never runs, showed with {@code
   * common.parallelism=0}, which cannot be set inside this JVM; the JDK lets an external caller run
   * its own queued task, so a busy pool alone does not reproduce it.)
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void doesNotWaitForAHelperThePoolNeverStarts() throws InterruptedException {
    int workers = ForkJoinPool.getCommonPoolParallelism();
    CountDownLatch busy = new CountDownLatch(workers);
    CountDownLatch release = new CountDownLatch(1);
    for (int w = 0; w < workers; w++) {
      ForkJoinPool.commonPool()
          .execute(
              () -> {
                busy.countDown();
                try {
                  release.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
    }
    busy.await();
    try {
      long[] squares = new long[100];
      RowBlocks.forEach(
          0,
          100,
          10,
          2,
          (from, to) -> {
            for (int i = from; i < to; i++) {
              squares[i] = (long) i * i;
            }
          });
      for (int i = 0; i < 100; i++) {
        assertThat(squares[i]).isEqualTo((long) i * i);
      }
    } finally {
      release.countDown();
    }
  }
}
