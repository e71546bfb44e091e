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
import org.psro4j.solvers.ProjectedReplicatorDynamics;

/**
 * Projected replicator dynamics with OpenSpiel's defaults (10^5 steps, dt 1e−3, γ 1e−6) on a random
 * zero-sum game (seed 42) of {@code size}×{@code size} strategies: 50 (a PSRO run's table after 50
 * iterations) and 170 (a Pipeline PSRO Leduc table near 1M episodes, where this solve runs once per
 * promotion); per step two matrix–vector products and two simplex projections. Run: {@code java
 * -jar psro4j-bench/target/benchmarks.jar PrdBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PrdBenchmark {

  /** Strategies per player. */
  @Param({"50", "170"})
  public int size;

  private EmpiricalGame game;
  private final ProjectedReplicatorDynamics solver = new ProjectedReplicatorDynamics();

  /** Builds the game. */
  @Setup
  public void setUp() {
    game = BenchmarkGames.zeroSum(size, 42);
  }

  /** One PRD run of 10^5 steps. */
  @Benchmark
  public MetaStrategy prd() {
    return solver.solve(game);
  }
}
