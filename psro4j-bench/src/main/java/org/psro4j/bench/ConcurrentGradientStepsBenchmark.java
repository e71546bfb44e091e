package org.psro4j.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
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
import org.psro4j.game.Games;
import org.psro4j.rl.nn.Adam;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.nn.ThreadGradients;

/**
 * Two learners' gradient steps in one JVM, in turn on one thread or at once on two threads, as
 * Pipeline PSRO's two workers or PSRO's two per-player best responses take them. Each learner is
 * DQN's default network on Leduc poker (observation → 64 → 64 → 3 actions, Adam, norm clip 10) and
 * each invocation is 200 DQN-style steps per learner (squared TD error of the taken action's Q on a
 * fixed batch of 256 random rows, seeds 1 and 2). {@code mode}: {@code in-turn} (one thread, one
 * learner after the other), {@code at-once} (two threads, one learner each, stepping concurrently
 * with {@link ThreadGradients}) and {@code at-once-locked} (the same two threads with every step
 * inside one JVM-wide lock, as the removed {@code GradientLock} did). The {@code cpuNanos} and
 * {@code wallNanos} counters sum the process's CPU time and the wall time per iteration: their
 * ratio is the number of cores busy. On a machine other processes load, that ratio is capped by the
 * scheduler's share for this process (Linux autogroups share CPU per session, not per thread), so
 * {@code blocks} also counts the learners' threads' voluntary context switches during the steps
 * (from {@code /proc/thread-self/status}): a thread that waits for a lock, Java's or one inside
 * libtorch, gives up its core voluntarily, while one that is only preempted for other processes
 * does not. About one block per step means the steps are serialised; none means they overlap. Run:
 * {@code OMP_WAIT_POLICY=PASSIVE java --enable-native-access=ALL-UNNAMED -jar
 * psro4j-bench/target/benchmarks.jar ConcurrentGradientStepsBenchmark -f 1 -wi 2 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConcurrentGradientStepsBenchmark {

  private static final int STEPS = 200;
  private static final int BATCH = 256;
  private static final ReentrantLock JVM_WIDE = new ReentrantLock();

  /** {@code in-turn}, {@code at-once} or {@code at-once-locked}. */
  @Param({"in-turn", "at-once", "at-once-locked"})
  public String mode;

  private final List<Learner> learners = new ArrayList<>();
  private ExecutorService pool;

  /** Process CPU and wall time, summed per iteration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Times {
    /** Process CPU nanoseconds spent in the invocations. */
    public long cpuNanos;

    /** Wall nanoseconds of the invocations. */
    public long wallNanos;

    /** Voluntary context switches of the learners' threads during their steps (Linux only). */
    public long blocks;

    /** Clears the sums per iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      cpuNanos = 0;
      wallNanos = 0;
      blocks = 0;
    }
  }

  /** One learner: its network, optimiser and fixed batch. */
  private static final class Learner {
    private final MlpNetwork network;
    private final Adam adam;
    private final float[] observations;
    private final float[] oneHot;
    private final float[] targets;

    Learner(ObservationSpec spec, long seed) {
      int in = spec.size();
      int actions = spec.numActions();
      network =
          MlpNetwork.create(new int[] {in, 64, 64, actions}, 1.0, seed, DjlRuntime.device("cpu"));
      adam = new Adam(network, 5e-4, 10);
      SplittableRandom random = new SplittableRandom(seed);
      observations = new float[BATCH * in];
      for (int i = 0; i < observations.length; i++) {
        observations[i] = random.nextInt(2);
      }
      oneHot = new float[BATCH * actions];
      targets = new float[BATCH];
      for (int r = 0; r < BATCH; r++) {
        oneHot[r * actions + random.nextInt(actions)] = 1f;
        targets[r] = (float) random.nextDouble(-1, 1);
      }
    }

    /** Runs the steps; returns how often this thread blocked meanwhile. */
    long steps(boolean locked) {
      long blocked = voluntarySwitches();
      int in = network.inputSize();
      int actions = network.outputSize();
      for (int s = 0; s < STEPS; s++) {
        if (locked) {
          JVM_WIDE.lock();
        }
        try {
          try (NDManager scope = network.manager().newSubManager();
              ThreadGradients gradients = ThreadGradients.record()) {
            NDArray q =
                network
                    .forward(scope.create(observations, new Shape(BATCH, in)))
                    .mul(scope.create(oneHot, new Shape(BATCH, actions)))
                    .sum(new int[] {1});
            gradients.backward(q.sub(scope.create(targets)).square().mean());
          }
          adam.step();
        } finally {
          if (locked) {
            JVM_WIDE.unlock();
          }
        }
      }
      return voluntarySwitches() - blocked;
    }
  }

  /** The calling thread's voluntary context switches so far; 0 where Linux's count is absent. */
  private static long voluntarySwitches() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/thread-self/status"))) {
        if (line.startsWith("voluntary_ctxt_switches:")) {
          return Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
        }
      }
      return 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** Builds both learners and the two-thread pool. */
  @Setup
  public void setUp() {
    ObservationSpec spec = ObservationSpec.of(Games.load("leduc_poker"));
    learners.add(new Learner(spec, 1));
    learners.add(new Learner(spec, 2));
    pool = Executors.newFixedThreadPool(2);
  }

  /** Frees the networks and stops the pool. */
  @TearDown
  public void tearDown() {
    pool.close();
    for (Learner l : learners) {
      l.network.close();
    }
  }

  /** 200 gradient steps of each learner. */
  @Benchmark
  public void twoLearners(Times times) throws InterruptedException, ExecutionException {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long wall = System.nanoTime();
    long blocked = 0;
    if (mode.equals("in-turn")) {
      for (Learner l : learners) {
        blocked += l.steps(false);
      }
    } else {
      boolean locked = mode.equals("at-once-locked");
      List<Future<Long>> running = new ArrayList<>();
      for (Learner l : learners) {
        running.add(pool.submit(() -> l.steps(locked)));
      }
      for (Future<Long> f : running) {
        blocked += f.get();
      }
    }
    times.blocks += blocked;
    times.wallNanos += System.nanoTime() - wall;
    times.cpuNanos += os.getProcessCpuTime() - cpu;
  }
}
