package org.psro4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.psro4j.game.ContinuousState;
import org.psro4j.game.Games;
import org.psro4j.mujoco.ffi.MjData;
import org.psro4j.mujoco.ffi.MjModel;

/**
 * {@code mj_step} through the java.lang.foreign bindings on the bundled cheetah model (9 dofs, 6
 * motors, timestep 0.01 s), in steps per second, to set against MuJoCo's own {@code
 * mujoco-testspeed} on the same file with the same zero control ({@code mujoco-testspeed
 * cheetah.xml 200000 1 0}). {@code step} is one {@code mj_step} from a continuing simulation;
 * {@code stepWithCtrl} also writes the six controls first; {@code gameControlStep} is one control
 * step of {@code mujoco_cheetah} (five {@code mj_step}s plus copying the state in and out of a
 * pooled {@code mjData}). Run: {@code psro4j-bench/jmh MujocoStepBenchmark -f 1 -wi 3 -i 5 -jvmArgs
 * --enable-native-access=ALL-UNNAMED}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MujocoStepBenchmark {

  private Path file;
  private MjModel model;
  private MjData data;
  private final double[] ctrl = new double[6];
  private ContinuousState state;
  private final double[][] idle = {{0.5, 0.5, 0.5}, {0.5, 0.5, 0.5}};

  /** Copies the bundled model to a file and loads it. */
  @Setup
  public void setUp() throws IOException {
    file = Files.createTempFile("cheetah", ".xml");
    try (InputStream in =
        MjModel.class.getResourceAsStream("/org/psro4j/mujoco/models/cheetah.xml")) {
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    model = MjModel.load(file);
    data = new MjData(model);
  }

  /** Starts every iteration from the reset pose, as testspeed does. */
  @Setup(Level.Iteration)
  public void reset() {
    data.reset();
    state = (ContinuousState) Games.load("mujoco_cheetah(horizon=1000000)").newInitialState();
  }

  /** Frees the native model and data. */
  @TearDown
  public void tearDown() throws IOException {
    data.close();
    model.close();
    Files.deleteIfExists(file);
  }

  /** One {@code mj_step}. */
  @Benchmark
  public void step() {
    data.step();
  }

  /** Writes the controls, then one {@code mj_step}. */
  @Benchmark
  public void stepWithCtrl() {
    data.writeCtrl(ctrl);
    data.step();
  }

  /** One control step of the game: five {@code mj_step}s and the state copied in and out. */
  @Benchmark
  public void gameControlStep() {
    state.applyContinuous(idle);
  }
}
