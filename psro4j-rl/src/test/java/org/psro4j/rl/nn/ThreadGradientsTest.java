package org.psro4j.rl.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Gradient recorders on several threads at once: each thread's grad mode is its own, every thread
 * gets exactly its own gradients, and none throws (DJL 0.35.1's collector refuses a second one in
 * the JVM).
 */
class ThreadGradientsTest {

  /**
   * While one thread records (and gets its gradient), operations on another thread build no graph:
   * back-propagating them later fails as it does in libtorch for a tensor without history.
   */
  @Test
  void gradModeIsPerThread() throws Exception {
    CountDownLatch open = new CountDownLatch(1);
    CountDownLatch computed = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newFixedThreadPool(1);
        NDManager m = DjlRuntime.engine().newBaseManager()) {
      Future<float[]> recorderThread =
          pool.submit(
              () -> {
                DjlRuntime.inferenceMode();
                try (NDManager own = DjlRuntime.engine().newBaseManager()) {
                  NDArray x = own.create(new float[] {1f, 2f});
                  x.setRequiresGradient(true);
                  try (ThreadGradients g = ThreadGradients.record()) {
                    open.countDown();
                    assertThat(computed.await(60, TimeUnit.SECONDS)).isTrue();
                    g.backward(Scalars.times(x, 3).sum());
                  }
                  return x.getGradient().toFloatArray();
                }
              });
      assertThat(open.await(60, TimeUnit.SECONDS)).isTrue();
      DjlRuntime.inferenceMode();
      NDArray x = m.create(new float[] {1f, 2f});
      x.setRequiresGradient(true);
      NDArray loss = Scalars.times(x, 3).sum();
      boolean here = JniUtils.isGradMode();
      computed.countDown();
      assertThat(recorderThread.get()).containsExactly(3f, 3f);
      assertThat(here).isFalse();
      try (ThreadGradients g = ThreadGradients.record()) {
        assertThatThrownBy(() -> g.backward(loss))
            .isInstanceOf(EngineException.class)
            .hasMessageContaining("does not require grad");
      }
    }
  }

  /** Closing restores the grad mode the thread had when the recorder was opened. */
  @Test
  void closeRestoresTheThreadsGradMode() {
    DjlRuntime.inferenceMode();
    try (ThreadGradients outer = ThreadGradients.record()) {
      assertThat(JniUtils.isGradMode()).isTrue();
      try (ThreadGradients inner = ThreadGradients.record()) {
        assertThat(JniUtils.isGradMode()).isTrue();
      }
      assertThat(JniUtils.isGradMode()).isTrue();
    }
    assertThat(JniUtils.isGradMode()).isFalse();
    JniUtils.setGradMode(true);
    ThreadGradients.record().close();
    assertThat(JniUtils.isGradMode()).isTrue();
    DjlRuntime.inferenceMode();
  }

  /**
   * Four threads hold a recorder at the same time (a barrier inside the open recorder) for 50
   * rounds; each back-propagates {@code sum(c·x²)} for its own c and gets exactly {@code 2c·x},
   * accumulated over the rounds, untouched by the other threads' passes.
   */
  @Test
  void fourThreadsRecordAtOnceAndEachGetsItsOwnGradients() throws Exception {
    int threads = 4;
    int rounds = 50;
    CyclicBarrier allOpen = new CyclicBarrier(threads);
    List<Callable<float[]>> jobs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      float c = t + 1;
      jobs.add(
          () -> {
            DjlRuntime.inferenceMode();
            try (NDManager m = DjlRuntime.engine().newBaseManager()) {
              NDArray x = m.create(new float[] {1f, -2f, 3f});
              x.setRequiresGradient(true);
              for (int r = 0; r < rounds; r++) {
                try (NDManager scope = m.newSubManager();
                    ThreadGradients g = ThreadGradients.record()) {
                  NDArray loss = Scalars.times(x.square(), c).sum();
                  allOpen.await(60, TimeUnit.SECONDS);
                  g.backward(loss);
                }
              }
              assertThat(JniUtils.isGradMode()).isFalse();
              return x.getGradient().toFloatArray();
            }
          });
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<float[]>> results = pool.invokeAll(jobs);
      for (int t = 0; t < threads; t++) {
        float c = t + 1;
        assertThat(results.get(t).get())
            .containsExactly(rounds * 2 * c, rounds * 2 * c * -2f, rounds * 2 * c * 3f);
      }
    }
  }

  @Test
  void aRecorderBelongsToTheThreadThatOpenedIt() throws Exception {
    DjlRuntime.inferenceMode();
    try (NDManager m = DjlRuntime.engine().newBaseManager();
        ExecutorService pool = Executors.newFixedThreadPool(1)) {
      NDArray x = m.create(new float[] {1f});
      x.setRequiresGradient(true);
      try (ThreadGradients g = ThreadGradients.record()) {
        NDArray loss = Scalars.times(x, 3).sum();
        Future<?> elsewhere = pool.submit(() -> g.backward(loss));
        assertThatThrownBy(elsewhere::get)
            .hasCauseInstanceOf(IllegalStateException.class)
            .hasMessageContaining("per thread");
        g.backward(loss);
      }
      assertThat(x.getGradient().toFloatArray()).containsExactly(3f);
    }
  }
}
