package org.psro4j.bench;

import java.util.Arrays;
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
 * The zero-sum Nash solve of one PSRO step, cold and warm: the game is {@link
 * BenchmarkGames#psroLike} with {@code strategies} per player (seed 42), the previous iteration's
 * game its leading block one smaller, solved beforehand. {@code cold} solves the game from the
 * uniform start; {@code warm} from the previous equilibrium ({@code NashSolver.solve(game,
 * previous)}, issue 13). Measures the average time of one solve; both answers are verified by their
 * NashConv inside the solver. Run: {@code psro4j-bench/jmh ZeroSumNashWarmBenchmark -f 1 -wi 3 -i 5
 * -p strategies=200,300}. Add {@code -jvmArgsAppend
 * -Djava.util.concurrent.ForkJoinPool.common.parallelism=0} to keep the solver on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ZeroSumNashWarmBenchmark {

  @Param({"200", "300"})
  int strategies;

  private EmpiricalGame game;
  private MetaStrategy previous;
  private final NashSolver solver = new NashSolver();

  /** Builds the game and solves the one a step earlier. */
  @Setup
  public void setUp() {
    double[][] a = BenchmarkGames.psroLikeMatrix(strategies, 42);
    game = EmpiricalGame.ofZeroSum(a);
    double[][] smaller = new double[strategies - 1][];
    for (int i = 0; i < smaller.length; i++) {
      smaller[i] = Arrays.copyOf(a[i], strategies - 1);
    }
    previous = solver.solve(EmpiricalGame.ofZeroSum(smaller));
  }

  /** A solve from the uniform start. */
  @Benchmark
  public MetaStrategy cold() {
    return solver.solve(game);
  }

  /** A solve from the previous game's equilibrium. */
  @Benchmark
  public MetaStrategy warm() {
    return solver.solve(game, previous);
  }
}
