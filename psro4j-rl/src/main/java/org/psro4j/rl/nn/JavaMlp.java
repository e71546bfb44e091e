package org.psro4j.rl.nn;

import java.util.List;

/**
 * A frozen copy of an {@link MlpNetwork}'s weights in plain Java arrays, for forward passes on a
 * handful of rows: at batch 1 it takes about 1 µs where a DJL call costs about 13 µs (see {@code
 * InferenceLatencyBenchmark}); from a few dozen rows on, libtorch's kernels win. Immutable and
 * thread-safe.
 */
public final class JavaMlp {

  private final int[] sizes;
  private final float[][] weights;
  private final float[][] biases;

  /** Copies the current weights of {@code network}. */
  public JavaMlp(MlpNetwork network) {
    DjlRuntime.inferenceMode();
    sizes = network.layerSizes();
    List<ai.djl.ndarray.NDArray> params = network.parameters();
    int layers = sizes.length - 1;
    weights = new float[layers][];
    biases = new float[layers][];
    for (int l = 0; l < layers; l++) {
      weights[l] = params.get(2 * l).toFloatArray();
      biases[l] = params.get(2 * l + 1).toFloatArray();
    }
  }

  /** The outputs of {@code rows} inputs laid out row by row, as {@link MlpNetwork#predict}. */
  public float[] predict(float[] inputs, int rows) {
    float[] h = inputs;
    for (int l = 0; l < weights.length; l++) {
      int in = sizes[l];
      int out = sizes[l + 1];
      float[] w = weights[l];
      float[] z = new float[rows * out];
      for (int r = 0; r < rows; r++) {
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
