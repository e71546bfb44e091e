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
import org.psro4j.solvers.AlphaRank;

/**
 * alpha-Rank (α = 0.1, m = 50) on a random symmetric two-player game with 100 strategies (seed 3),
 * single population: 9,900 fixation probabilities of O(m) each and one dense 100×100 linear solve,
 * plus the NashConv check. Run: {@code java -jar psro4j-bench/target/benchmarks.jar
 * AlphaRankBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AlphaRankBenchmark {

  private EmpiricalGame game;
  private final AlphaRank solver = new AlphaRank(0.1, 50, 0.01, AlphaRank.Population.AUTO);

  /** Builds the game. */
  @Setup
  public void setUp() {
    game = BenchmarkGames.symmetric(100, 3);
  }

  /** One alpha-Rank solve. */
  @Benchmark
  public MetaStrategy alphaRank() {
    return solver.solve(game);
  }
}
