package org.psro4j.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.GapKind;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;

/**
 * A meta-solver that adds up the CPU time of the thread calling {@link #solve}, for {@code psro4j
 * bench}: on a loaded machine the driver's wall-clock solver seconds stretch with the load, the
 * thread's CPU time does not (the solvers are single-threaded).
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
  public MetaStrategy solve(EmpiricalGame game) {
    long start = THREADS.getCurrentThreadCpuTime();
    try {
      return inner.solve(game);
    } finally {
      nanos += THREADS.getCurrentThreadCpuTime() - start;
    }
  }
}
