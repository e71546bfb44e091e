package org.psro4j.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.solvers.MetaSolvers;
import org.psro4j.solvers.SolverOptions;

/**
 * JPSRO's meta-solve: a (C)CE of a random 3-player general-sum game with 10 strategies each (1,000
 * joint profiles, payoffs uniform in [−1, 1], seed 7), by name ({@code mgcce}, {@code mgce}, {@code
 * mwcce}, {@code mecce}). With {@code warm=true} the solver has first solved the game restricted to
 * 9 strategies each, as in a JPSRO iteration that adds one policy per player, and starts its dual
 * from those multipliers; with {@code warm=false} every solve starts cold. Measures the average
 * time of one {@code solve} including the gap check. Run: {@code java -jar
 * psro4j-bench/target/benchmarks.jar CorrelatedEquilibriumBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CorrelatedEquilibriumBenchmark {

  @Param({"mgcce", "mgce", "mwcce", "mecce"})
  String solver;

  @Param({"false", "true"})
  boolean warm;

  private EmpiricalGame game;
  private EmpiricalGame previous;
  private MetaSolver metaSolver;

  /** Builds the game and its 9-strategy predecessor. */
  @Setup(Level.Trial)
  public void setUp() {
    game = BenchmarkGames.generalSum(3, 10, 7);
    previous = BenchmarkGames.leading(game, 9);
  }

  /** A fresh solver, primed on the predecessor when warm. */
  @Setup(Level.Invocation)
  public void prime() {
    metaSolver = MetaSolvers.create(solver, SolverOptions.parse("warm_start=" + warm));
    if (warm) {
      metaSolver.solve(previous);
    }
  }

  /** One solve of the 10×10×10 game. */
  @Benchmark
  public MetaStrategy solve() {
    return metaSolver.solve(game);
  }
}
