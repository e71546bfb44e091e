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
import org.openjdk.jmh.annotations.TearDown;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.JavaMlp;
import org.psro4j.rl.nn.MlpNetwork;

/**
 * Per-step inference latency of a 64x64 ReLU MLP with Leduc's sizes (30 inputs, 3 outputs, seed 1)
 * at batch 1 and 256: DJL's PyTorch engine ({@link MlpNetwork#predict}, one libtorch thread)
 * against the same forward pass in plain Java arrays with the same weights. Inputs are random (seed
 * 7). Run: {@code OMP_WAIT_POLICY=PASSIVE java --enable-native-access=ALL-UNNAMED -jar
 * psro4j-bench/target/benchmarks.jar InferenceLatencyBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InferenceLatencyBenchmark {

  /** Observations per forward pass. */
  @Param({"1", "256"})
  public int batch;

  private MlpNetwork network;
  private JavaMlp javaMlp;
  private float[] inputs;

  /** Builds the network, copies its weights into Java arrays and draws the inputs. */
  @Setup
  public void setUp() {
    int[] sizes = {30, 64, 64, 3};
    network = MlpNetwork.create(sizes, 1.0, 1, DjlRuntime.device("cpu"));
    javaMlp = new JavaMlp(network);
    SplittableRandom random = new SplittableRandom(7);
    inputs = new float[batch * sizes[0]];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = random.nextDouble() < 0.2 ? 1f : 0f;
    }
  }

  /** Frees the parameters. */
  @TearDown
  public void tearDown() {
    network.close();
  }

  /** One forward pass through DJL. */
  @Benchmark
  public float[] djl() {
    return network.predict(inputs, batch);
  }

  /** The same forward pass in plain Java ({@link JavaMlp}, what NeuralPolicy uses for few rows). */
  @Benchmark
  public float[] plainJava() {
    return javaMlp.predict(inputs, batch);
  }
}
