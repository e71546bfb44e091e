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
 * Nash of a two-player zero-sum meta-game by the default {@code nash} solver (the central
 * equilibrium, verified by its NashConv before it is returned). Two kinds of game, seed 42: {@code
 * random}, payoffs uniform in [−1, 1] (the equilibrium mixes about half the strategies), and {@code
 * psro}, a population whose later members beat earlier ones plus a cyclic component ({@link
 * BenchmarkGames#psroLike}). Measures the average time of one {@code solve}. Run: {@code
 * psro4j-bench/jmh ZeroSumNashBenchmark -f 1 -wi 2 -i 3 -p strategies=200,500}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ZeroSumNashBenchmark {

  @Param({"50", "200", "500"})
  int strategies;

  @Param({"random", "psro"})
  String kind;

  private EmpiricalGame game;
  private final NashSolver solver = new NashSolver();

  /** Builds the game. */
  @Setup
  public void setUp() {
    game =
        kind.equals("psro")
            ? BenchmarkGames.psroLike(strategies, 42)
            : BenchmarkGames.zeroSum(strategies, 42);
  }

  /** One Nash solve. */
  @Benchmark
  public MetaStrategy nash() {
    return solver.solve(game);
  }
}
