package org.psro4j.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.psro4j.game.ChanceOutcome;
import org.psro4j.game.Game;
import org.psro4j.game.Games;

/**
 * Random playouts per second on Leduc poker: from a fresh initial state, chance deals by sampling
 * {@code chanceOutcomes()} and players pick uniformly among {@code legalActions()} until the
 * terminal, whose {@code returns()} are consumed. One operation is one complete playout.
 *
 * <p>Input: {@code leduc_poker(players=2)} (and 3 players as a parameter), fixed seed 42 for {@link
 * SplittableRandom}, one thread.
 *
 * <p>Run: {@code ./mvnw -q -pl psro4j-bench -am package -DskipTests && java -jar
 * psro4j-bench/target/benchmarks.jar LeducPlayoutBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LeducPlayoutBenchmark {

  /** The game string. */
  @Param({"leduc_poker(players=2)", "leduc_poker(players=3)"})
  public String game;

  private Game loaded;
  private SplittableRandom rng;

  /** Loads the game and seeds the generator. */
  @Setup
  public void setUp() {
    loaded = Games.load(game);
    rng = new SplittableRandom(42);
  }

  /** One random playout to the terminal. */
  @Benchmark
  public void randomPlayout(Blackhole sink) {
    org.psro4j.game.State state = loaded.newInitialState();
    while (!state.isTerminal()) {
      if (state.isChanceNode()) {
        state.apply(sample(state.chanceOutcomes()));
      } else {
        int[] legal = state.legalActions();
        state.apply(legal[rng.nextInt(legal.length)]);
      }
    }
    sink.consume(state.returns());
  }

  private int sample(ChanceOutcome[] outcomes) {
    double u = rng.nextDouble();
    for (ChanceOutcome o : outcomes) {
      u -= o.probability();
      if (u < 0) {
        return o.action();
      }
    }
    return outcomes[outcomes.length - 1].action();
  }
}
