package org.psro4j.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.psro4j.pipeline.PipelineManager;
import org.psro4j.pipeline.PipelineProtocol.Assignment;
import org.psro4j.pipeline.PipelineProtocol.EvaluationRequest;
import org.psro4j.pipeline.PipelineProtocol.EvaluationResult;
import org.psro4j.pipeline.PipelineProtocol.Progress;
import org.psro4j.pipeline.PipelineProtocol.Snapshot;
import org.psro4j.pipeline.PipelineProtocol.Submission;
import org.psro4j.pipeline.PipelineProtocol.Verdict;
import org.psro4j.pipeline.PipelineSettings;
import org.psro4j.solvers.MetaSolvers;

/**
 * Pipeline PSRO's manager alone (McAleer et al. 2020), driven by 8 simulated workers in turn
 * through a whole 2-player run of 20 levels per player: claims, progress reports every 1,000 steps
 * (flat reward, so the plateau rule fires at MIN 3,000 once the lower levels are fixed), snapshots
 * with 64 KB policy and checkpoint blobs every 2,000 steps, and every evaluation the manager asks
 * for answered at once with synthetic payoffs (slot difference, zero-sum); opponent mixtures by the
 * LP Nash solver. Reports per second: runs, promotions (levels fixed) and table updates (entries
 * recorded), i.e. what the manager sustains when workers and evaluators are free. Run: {@code java
 * -jar psro4j-bench/target/benchmarks.jar PipelineManagerBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PipelineManagerBenchmark {

  private static final int WORKERS = 8;
  private static final int LEVELS = 20;
  private static final long CHUNK = 1_000;

  private final byte[] blob = new byte[64 * 1024];
  private PipelineSettings settings;

  /** What one thread's runs produced, reported by JMH as rates. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counts {
    /** Levels fixed. */
    public long promotions;

    /** Payoff entries recorded. */
    public long tableUpdates;

    /** Clears the counts before each iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      promotions = 0;
      tableUpdates = 0;
    }
  }

  /** The settings: PER 1,000, START 0, MIN 3,000, refresh 2,000, 20 levels. */
  @Setup
  public void setUp() {
    settings =
        PipelineSettings.defaults()
            .withPlateau(0.01, CHUNK, 0, 3 * CHUNK)
            .withRefresh(2 * CHUNK)
            .withLevels(LEVELS);
  }

  /** One whole run; returns the promotions so the work cannot be dropped. */
  @Benchmark
  public long run(Counts counts) {
    long now = 0;
    PipelineManager m =
        new PipelineManager(settings, MetaSolvers.create("nash"), List.of(blob, blob), now);
    List<Assignment> held = new ArrayList<>();
    long[] steps = new long[WORKERS];
    for (int w = 0; w < WORKERS; w++) {
      held.add(null);
    }
    while (!m.finished()) {
      for (int w = 0; w < WORKERS; w++) {
        now++;
        for (EvaluationRequest r : m.takeEvaluations()) {
          double v = r.slots()[0] - r.slots()[1];
          m.complete(new EvaluationResult(r.id(), new double[] {v, -v}, new double[2], 0), now);
        }
        String id = "w" + w;
        Assignment a = held.get(w);
        if (a == null) {
          a = m.claim(id, now).orElse(null);
          held.set(w, a);
          steps[w] = a == null ? 0 : a.steps();
          continue;
        }
        int p = a.lease().player();
        int level = a.lease().level();
        steps[w] += CHUNK;
        if (steps[w] % (2 * CHUNK) == 0) {
          m.snapshot(new Snapshot(id, p, level, steps[w], steps[w] / 3, blob, blob), now);
        }
        Verdict v = m.progress(new Progress(id, p, level, steps[w], steps[w] / 3, 0.0), now);
        if (v == Verdict.SUBMIT) {
          m.submit(new Submission(id, p, level, steps[w], steps[w] / 3, blob), now);
          held.set(w, null);
        }
      }
    }
    counts.promotions += m.promotions();
    counts.tableUpdates += m.tableUpdates();
    return m.promotions();
  }
}
