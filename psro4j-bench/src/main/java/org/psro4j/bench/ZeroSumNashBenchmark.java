package org.psro4j.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.solvers.NashSolver;

/**
 * Nash of a random two-player zero-sum meta-game (payoffs uniform in [−1, 1], seed 42) by the
 * maximin LP (ojAlgo simplex, one LP per player), including the NashConv check. Measures the
 * average time of one {@code solve}. Run: {@code java -jar psro4j-bench/target/benchmarks.jar
 * ZeroSumNashBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ZeroSumNashBenchmark {

  @Param({"50", "200"})
  int strategies;

  private EmpiricalGame game;
  private final NashSolver solver = new NashSolver();

  /** Builds the game. */
  @Setup
  public void setUp() {
    game = BenchmarkGames.zeroSum(strategies, 42);
  }

  /** One Nash solve. */
  @Benchmark
  public MetaStrategy nash() {
    return solver.solve(game);
  }
}
