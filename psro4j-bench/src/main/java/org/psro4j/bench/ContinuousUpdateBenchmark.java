package org.psro4j.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.FixedContinuousPolicy;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseOracle;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.Opponents;
import org.psro4j.psro.OracleResult;
import org.psro4j.rl.algo.CrossQOracle;
import org.psro4j.rl.algo.SacOracle;

/**
 * SAC and CrossQ critic updates per second on {@code continuous_blotto(fields=3)} against the fixed
 * allocation (0.5, 0.3, 0.2): each invocation is one best response of 2,048 environment steps
 * (1,024 learner transitions, 16 games at once, learning from the first step, batch 256, one update
 * per transition once the buffer holds a batch, about 770 updates) with the oracles' default
 * networks (actor 64x64; SAC twin critics 128x128 with Polyak targets; CrossQ twin
 * batch-renormalised critics 256x256 on the joint 512-row batch, actor every third update).
 * Blotto's rollouts are negligible, so the {@code updates} counter is the update throughput. Run:
 * {@code OMP_WAIT_POLICY=PASSIVE java --enable-native-access=ALL-UNNAMED -jar
 * psro4j-bench/target/benchmarks.jar ContinuousUpdateBenchmark -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ContinuousUpdateBenchmark {

  /** The oracle: {@code sac} or {@code crossq}. */
  @Param({"sac", "crossq"})
  public String algorithm;

  private Game blotto;
  private BestResponseOracle oracle;
  private Opponents opponents;
  private long seed;

  /** Counts updates so JMH reports them per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Updates {
    /** Critic updates made. */
    public long updates;

    /** Clears the count per iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      updates = 0;
    }
  }

  /** Builds the oracle and the opponent. */
  @Setup
  public void setUp() {
    blotto = Games.load("continuous_blotto(fields=3)");
    Map<String, String> options = Map.of("br_steps", "2048", "learning_starts", "0");
    oracle =
        algorithm.equals("sac")
            ? SacOracle.fromOptions(options)
            : CrossQOracle.fromOptions(options);
    Policy fixed = new FixedContinuousPolicy(new double[] {0.5, 0.3, 0.2});
    opponents =
        new Opponents.Independent(
            0, List.of(List.of(fixed), List.of(fixed)), new double[][] {{1}, {1}});
  }

  /** One best response. */
  @Benchmark
  public double bestResponse(Updates counter) {
    OracleResult r =
        oracle.bestResponse(new BestResponseTask(blotto, 0, opponents, seed++, null, "bench"));
    counter.updates += r.updates();
    return r.value();
  }
}
