package org.psro4j.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.psro4j.learn.LearningOracle;

/**
 * The threads of a local Pipeline engine: worker 0 runs inline in the driver's thread, the others
 * on their own threads, each looping on {@link PipelineWorker#work} until stopped. A worker's
 * failure is kept and rethrown in the driver's thread.
 */
final class PipelineThreads {

  private final List<PipelineWorker> workers = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean stopping;
  private volatile RuntimeException failure;
  private PipelineWorker inline;

  /** Starts the workers once; returns the inline one. */
  synchronized PipelineWorker start(int count, LocalHub hub, LearningOracle oracle, long chunk) {
    if (inline != null || stopping) {
      return inline;
    }
    inline = new PipelineWorker("local-0", hub, oracle, chunk);
    workers.add(inline);
    for (int w = 1; w < count; w++) {
      PipelineWorker worker = new PipelineWorker("local-" + w, hub, oracle, chunk);
      workers.add(worker);
      Thread t =
          Thread.ofPlatform()
              .name("psro4j-pipeline-" + w)
              .daemon(true)
              .start(() -> loop(worker, hub));
      threads.add(t);
    }
    return inline;
  }

  private void loop(PipelineWorker worker, LocalHub hub) {
    try {
      while (!stopping) {
        if (!worker.work()) {
          synchronized (hub.manager) {
            if (!stopping) {
              hub.manager.wait(50);
            }
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      worker.close();
    }
  }

  /** Throws a worker's failure in the caller's thread. */
  void rethrow() {
    RuntimeException f = failure;
    if (f != null) {
      stop();
      throw new IllegalStateException("a Pipeline worker failed: " + f.getMessage(), f);
    }
  }

  /** Stops every worker and waits for its thread; each releases its level. */
  synchronized void stop() {
    stopping = true;
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    threads.clear();
    if (inline != null) {
      inline.close();
    }
  }
}
