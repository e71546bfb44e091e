package org.psro4j.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.psro4j.game.Games;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.SsaState;

/**
 * Sensor-steps per second of {@code ssa_coverage} at its default size (12 sensors per side, 40
 * objects, 72 h in 10-minute steps): one invocation plays one whole game step, i.e. the 12
 * simultaneous sub-steps in which both sides task one sensor each, with uniformly random legal
 * actions, and counts as 24 operations (one per sensor). At the terminal a new episode starts (its
 * chance draw is part of the measured time). The score is sensor-steps per second on one thread;
 * the target is at least 1 000 000.
 *
 * <p>Input: the default game and a continuous-pointing variant with dazzling, episodes cycling from
 * 0, {@link SplittableRandom} seed 42.
 *
 * <p>Run: {@code ./mvnw -q -pl psro4j-bench -am package -DskipTests && java -jar
 * psro4j-bench/target/benchmarks.jar SsaCoverageStepBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SsaCoverageStepBenchmark {

  private static final int SENSORS = 24;

  /** The game string; both have 12 sensors per side. */
  @Param({"ssa_coverage", "ssa_coverage(actions=continuous,dazzle=true)"})
  public String game;

  private SsaCoverage loaded;
  private SsaState state;
  private SplittableRandom rng;
  private final int[] joint = new int[2];
  private int episode;

  /** Loads the game (tables are built here, outside the measurement) and starts an episode. */
  @Setup
  public void setUp() {
    loaded = (SsaCoverage) Games.load(game);
    if (loaded.settings().sats() * 2 != SENSORS) {
      throw new IllegalStateException(game + " does not have 12 sensors per side");
    }
    rng = new SplittableRandom(42);
    restart();
  }

  private void restart() {
    state = loaded.newInitialState();
    state.apply(episode);
    episode = (episode + 1) % loaded.settings().episodes();
  }

  /** One step of all 24 sensors with random tasking; returns Blue's return so far. */
  @Benchmark
  @OperationsPerInvocation(SENSORS)
  public double randomStep() {
    if (state.isTerminal()) {
      restart();
    }
    int step = state.step();
    while (state.step() == step && !state.isTerminal()) {
      for (int p = 0; p < 2; p++) {
        joint[p] = state.legalAction(p, rng.nextInt(state.legalActionCount(p)));
      }
      state.apply(joint);
    }
    return state.rewards()[0];
  }
}
