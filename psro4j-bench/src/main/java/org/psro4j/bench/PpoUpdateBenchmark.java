package org.psro4j.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.psro.Opponents;
import org.psro4j.rl.algo.PpoLearner;
import org.psro4j.rl.algo.PpoSettings;
import org.psro4j.rl.algo.SoftmaxActor;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.rollout.Trajectories;
import org.psro4j.rl.rollout.VectorRollouts;

/**
 * PPO gradient updates per second on Leduc poker: one rollout of 16,384 moves against uniform play
 * (seed 1) is collected once, then each invocation runs {@link PpoLearner#learn} over it (4 epochs,
 * minibatches of 512, 64x64 policy and value MLPs, Adam); the {@code updates} counter is the
 * throughput in minibatch updates per second (each a forward and backward pass of both networks
 * plus two Adam steps). Run: {@code OMP_WAIT_POLICY=PASSIVE java --enable-native-access=ALL-UNNAMED
 * -jar psro4j-bench/target/benchmarks.jar PpoUpdateBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PpoUpdateBenchmark {

  private MlpNetwork policy;
  private MlpNetwork value;
  private PpoLearner learner;
  private Trajectories rollout;
  private final SplittableRandom random = new SplittableRandom(5);

  /** Counts updates so JMH reports them per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Updates {
    /** Gradient updates made. */
    public long updates;

    /** Clears the count per iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      updates = 0;
    }
  }

  /** Builds the networks and collects the rollout. */
  @Setup
  public void setUp() {
    Game leduc = Games.load("leduc_poker");
    ObservationSpec spec = ObservationSpec.of(leduc);
    PpoSettings settings = PpoSettings.fromOptions(Map.of());
    policy =
        MlpNetwork.create(
            new int[] {spec.size(), 64, 64, spec.numActions()}, 0.01, 1, DjlRuntime.device("cpu"));
    value = MlpNetwork.create(new int[] {spec.size(), 64, 64, 1}, 1.0, 2, DjlRuntime.device("cpu"));
    learner = new PpoLearner(policy, value, settings);
    List<List<Policy>> pops =
        List.of(List.of(TabularPolicy.uniform(leduc)), List.of(TabularPolicy.uniform(leduc)));
    rollout =
        new VectorRollouts(
                leduc, new Opponents.Independent(0, pops, new double[][] {{1}, {1}}), spec, 128, 2)
            .collect(new SoftmaxActor(policy), 16_384, 1);
  }

  /** Frees the parameters. */
  @TearDown
  public void tearDown() {
    policy.close();
    value.close();
  }

  /** One learning pass over the rollout. */
  @Benchmark
  public int learn(Updates counter) {
    int n = learner.learn(rollout, 0.01, random);
    counter.updates += n;
    return n;
  }
}
