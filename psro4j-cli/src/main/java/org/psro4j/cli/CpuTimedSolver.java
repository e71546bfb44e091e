package org.psro4j.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.GapKind;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;

/**
 * A meta-solver that adds up the CPU time of the thread calling {@link #solve} and of the common
 * fork-join pool's workers while it runs, for {@code psro4j bench}: on a loaded machine the
 * driver's wall-clock solver seconds stretch with the load, CPU time does not. The solvers run on
 * the calling thread, and the zero-sum Nash solver's large matrix loops also on the common pool
 * (nothing else runs during a solve in the drivers).
 */
final class CpuTimedSolver implements MetaSolver {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final MetaSolver inner;
  private long nanos;

  CpuTimedSolver(MetaSolver inner) {
    this.inner = inner;
  }

  /** CPU seconds spent in {@link #solve} so far. */
  double cpuSeconds() {
    return nanos / 1e9;
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public GapKind solutionConcept() {
    return inner.solutionConcept();
  }

  @Override
  public Map<String, Object> settings() {
    return inner.settings();
  }

  @Override
  public java.util.OptionalInt fallbackCount() {
    return inner.fallbackCount();
  }

  @Override
  public MetaStrategy solve(EmpiricalGame game) {
    return solve(game, null);
  }

  @Override
  public MetaStrategy solve(EmpiricalGame game, MetaStrategy previous) {
    Map<Long, Long> pool = poolCpuNanos();
    long start = THREADS.getCurrentThreadCpuTime();
    try {
      return inner.solve(game, previous);
    } finally {
      nanos += THREADS.getCurrentThreadCpuTime() - start;
      // Workers started during the solve count from 0; one that ended during it is left out.
      for (Map.Entry<Long, Long> e : poolCpuNanos().entrySet()) {
        nanos += e.getValue() - pool.getOrDefault(e.getKey(), 0L);
      }
    }
  }

  /** CPU nanoseconds of each live common-pool worker so far, by thread id. */
  private static Map<Long, Long> poolCpuNanos() {
    Map<Long, Long> cpu = new HashMap<>();
    for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith("ForkJoinPool.commonPool-worker")) {
        long t = THREADS.getThreadCpuTime(info.getThreadId());
        if (t >= 0) {
          cpu.put(info.getThreadId(), t);
        }
      }
    }
    return cpu;
  }
}
