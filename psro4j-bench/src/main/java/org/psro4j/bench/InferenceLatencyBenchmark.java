package org.psro4j.bench;

import java.util.List;
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
  private float[][] weights;
  private float[][] biases;
  private int[] sizes;
  private float[] inputs;

  /** Builds the network, copies its weights into Java arrays and draws the inputs. */
  @Setup
  public void setUp() {
    sizes = new int[] {30, 64, 64, 3};
    network = MlpNetwork.create(sizes, 1.0, 1, DjlRuntime.device("cpu"));
    List<ai.djl.ndarray.NDArray> params = network.parameters();
    int layers = sizes.length - 1;
    weights = new float[layers][];
    biases = new float[layers][];
    for (int l = 0; l < layers; l++) {
      weights[l] = params.get(2 * l).toFloatArray();
      biases[l] = params.get(2 * l + 1).toFloatArray();
    }
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

  /** The same forward pass in plain Java (row-major weights {@code [in, out]}). */
  @Benchmark
  public float[] plainJava() {
    float[] h = inputs;
    for (int l = 0; l < weights.length; l++) {
      int in = sizes[l];
      int out = sizes[l + 1];
      float[] w = weights[l];
      float[] z = new float[batch * out];
      for (int r = 0; r < batch; r++) {
        int zo = r * out;
        System.arraycopy(biases[l], 0, z, zo, out);
        for (int i = 0; i < in; i++) {
          float x = h[r * in + i];
          if (x == 0f) {
            continue;
          }
          int wo = i * out;
          for (int o = 0; o < out; o++) {
            z[zo + o] += x * w[wo + o];
          }
        }
        if (l < weights.length - 1) {
          for (int o = 0; o < out; o++) {
            z[zo + o] = Math.max(0f, z[zo + o]);
          }
        }
      }
      h = z;
    }
    return h;
  }
}
