package org.psro4j.bench;

import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.psro.Opponents;
import org.psro4j.rl.algo.SoftmaxActor;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.rollout.Trajectories;
import org.psro4j.rl.rollout.VectorRollouts;

/**
 * Environment steps per second of {@link VectorRollouts} on Leduc poker with 256 games at once: the
 * learner (a fresh 64x64 MLP, seed 1) samples from its masked softmax in one forward pass per step,
 * the co-player is another neural policy (seed 2) batched the same way, chance is sampled; each
 * invocation collects at least 51,200 player moves. The {@code steps} counter is the throughput in
 * moves per second ({@code shards} 1 or 2 rollout threads). Run: {@code OMP_WAIT_POLICY=PASSIVE
 * java --enable-native-access=ALL-UNNAMED -jar psro4j-bench/target/benchmarks.jar
 * RolloutThroughputBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RolloutThroughputBenchmark {

  /** Rollout threads. */
  @Param({"1", "2"})
  public int shards;

  private VectorRollouts rollouts;
  private SoftmaxActor actor;
  private MlpNetwork learner;
  private long seed;

  /** Counts environment steps so JMH reports them per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Steps {
    /** Player moves made. */
    public long steps;

    /** Clears the count per iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      steps = 0;
    }
  }

  /** Builds the networks and the runner. */
  @Setup
  public void setUp() {
    Game leduc = Games.load("leduc_poker");
    ObservationSpec spec = ObservationSpec.of(leduc);
    int[] sizes = {spec.size(), 64, 64, spec.numActions()};
    learner = MlpNetwork.create(sizes, 1.0, 1, DjlRuntime.device("cpu"));
    NeuralPolicy opponent =
        new NeuralPolicy(
            leduc.toString(),
            spec,
            NeuralPolicy.Head.SOFTMAX,
            MlpNetwork.create(sizes, 1.0, 2, DjlRuntime.device("cpu")));
    List<List<Policy>> pops = List.of(List.of(opponent), List.of(opponent));
    rollouts =
        new VectorRollouts(
            leduc,
            new Opponents.Independent(0, pops, new double[][] {{1}, {1}}),
            spec,
            256,
            shards);
    actor = new SoftmaxActor(learner);
  }

  /** Frees the learner's parameters. */
  @TearDown
  public void tearDown() {
    learner.close();
  }

  /** One collection of at least 51,200 moves. */
  @Benchmark
  public Trajectories collect(Steps counter) {
    Trajectories t = rollouts.collect(actor, 51_200, seed++);
    counter.steps += t.environmentSteps();
    return t;
  }
}
