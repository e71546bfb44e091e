package org.psro4j.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.solvers.ProjectedReplicatorDynamics;

/**
 * Projected replicator dynamics with OpenSpiel's defaults (10^5 steps, dt 1e−3, γ 1e−6) on a random
 * 50×50 zero-sum game (seed 42): per step two matrix–vector products and two simplex projections.
 * Run: {@code java -jar psro4j-bench/target/benchmarks.jar PrdBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PrdBenchmark {

  private EmpiricalGame game;
  private final ProjectedReplicatorDynamics solver = new ProjectedReplicatorDynamics();

  /** Builds the game. */
  @Setup
  public void setUp() {
    game = BenchmarkGames.zeroSum(50, 42);
  }

  /** One PRD run of 10^5 steps. */
  @Benchmark
  public MetaStrategy prd() {
    return solver.solve(game);
  }
}
