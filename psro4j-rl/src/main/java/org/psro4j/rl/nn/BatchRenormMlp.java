package org.psro4j.rl.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A ReLU perceptron with batch renormalisation (Ioffe, "Batch Renormalization: Towards Reducing
 * Minibatch Dependence in Batch-Normalized Models", NeurIPS 2017) on its input and after every
 * hidden activation, the critic layout of CrossQ (Bhatt et al., ICLR 2024): {@code BN(x) -> [Dense
 * -> ReLU -> BN]* -> Dense}. In training mode a layer normalises by the batch's mean and deviation,
 * corrected towards the running ones by {@code r = clip(σ_B / σ, 1/r_max, r_max)} and {@code d =
 * clip((μ_B − μ) / σ, −d_max, d_max)} (both without gradient; plain batch normalisation during the
 * first {@code warmup} training passes), and moves the running statistics by {@code momentum}; in
 * evaluation mode it uses the running statistics only. Not thread-safe.
 */
public final class BatchRenormMlp implements AutoCloseable {

  private static final float EPSILON = 1e-3f;

  private final NDManager manager;
  private final int[] layerSizes;
  private final NDArray[] weights;
  private final NDArray[] biases;
  private final NDArray[] scales;
  private final NDArray[] shifts;
  private final NDArray[] runningMeans;
  private final NDArray[] runningVariances;
  private final float momentum;
  private final float rMax;
  private final float dMax;
  private final long warmup;
  private long trainingPasses;

  /**
   * A fresh network (He-uniform dense weights from {@code seed}, unit scales, zero shifts, running
   * statistics 0 and 1).
   *
   * @param layerSizes input size, hidden sizes, output size
   * @param seed initialisation seed
   * @param device where the parameters live
   * @param momentum weight of a batch in the running statistics, in {@code (0, 1]}
   * @param rMax bound of the deviation correction, at least 1
   * @param dMax bound of the mean correction, at least 0
   * @param warmup training passes of plain batch normalisation before renormalising
   */
  public BatchRenormMlp(
      int[] layerSizes,
      long seed,
      Device device,
      double momentum,
      double rMax,
      double dMax,
      long warmup) {
    if (layerSizes.length < 2 || Arrays.stream(layerSizes).anyMatch(s -> s <= 0)) {
      throw new IllegalArgumentException("bad layer sizes " + Arrays.toString(layerSizes));
    }
    if (!(momentum > 0 && momentum <= 1) || !(rMax >= 1) || !(dMax >= 0) || warmup < 0) {
      throw new IllegalArgumentException(
          "bad renormalisation settings: momentum "
              + momentum
              + ", r_max "
              + rMax
              + ", d_max "
              + dMax
              + ", warmup "
              + warmup);
    }
    this.layerSizes = layerSizes.clone();
    this.momentum = (float) momentum;
    this.rMax = (float) rMax;
    this.dMax = (float) dMax;
    this.warmup = warmup;
    manager = DjlRuntime.engine().newBaseManager(device);
    SplittableRandom random = new SplittableRandom(seed);
    int layers = layerSizes.length - 1;
    weights = new NDArray[layers];
    biases = new NDArray[layers];
    for (int l = 0; l < layers; l++) {
      int in = layerSizes[l];
      int out = layerSizes[l + 1];
      double bound = Math.sqrt(6.0 / in);
      float[] values = new float[in * out];
      for (int i = 0; i < values.length; i++) {
        values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
      }
      weights[l] = manager.create(values, new Shape(in, out));
      biases[l] = manager.zeros(new Shape(out));
    }
    // Normalisation before layer l, for l = 0 (the input) .. layers - 1 (the last hidden).
    scales = new NDArray[layers];
    shifts = new NDArray[layers];
    runningMeans = new NDArray[layers];
    runningVariances = new NDArray[layers];
    for (int l = 0; l < layers; l++) {
      Shape shape = new Shape(layerSizes[l]);
      scales[l] = manager.ones(shape);
      shifts[l] = manager.zeros(shape);
      runningMeans[l] = manager.zeros(shape);
      runningVariances[l] = manager.ones(shape);
    }
  }

  /** Input size, hidden sizes, output size. */
  public int[] layerSizes() {
    return layerSizes.clone();
  }

  /** The manager holding the parameters. */
  public NDManager manager() {
    return manager;
  }

  /** The trained parameters: dense weights and biases, normalisation scales and shifts. */
  public List<NDArray> parameters() {
    List<NDArray> out = new ArrayList<>();
    for (int l = 0; l < weights.length; l++) {
      out.add(weights[l]);
      out.add(biases[l]);
      out.add(scales[l]);
      out.add(shifts[l]);
    }
    return out;
  }

  /** The running means and variances of every normalisation, means first (the live arrays). */
  public List<NDArray> runningStatistics() {
    List<NDArray> out = new ArrayList<>(List.of(runningMeans));
    out.addAll(List.of(runningVariances));
    return out;
  }

  /** Training passes made (the renormalisation warm-up counts them). */
  public long trainingPasses() {
    return trainingPasses;
  }

  /** Sets the training-pass count (restoring a saved network, with its statistics). */
  public void restoreTrainingPasses(long passes) {
    trainingPasses = passes;
  }

  /** The running means of every normalisation, input first (a copy). */
  public float[][] runningMeans() {
    DjlRuntime.inferenceMode();
    float[][] out = new float[runningMeans.length][];
    for (int l = 0; l < out.length; l++) {
      out[l] = runningMeans[l].toFloatArray();
    }
    return out;
  }

  /**
   * The outputs {@code [rows, out]} for inputs {@code [rows, in]}, attached to x's manager. In
   * training mode the batch statistics normalise (so rows influence each other) and the running
   * statistics move; in evaluation mode rows are independent and nothing changes.
   */
  public NDArray forward(NDArray x, boolean training) {
    NDArray h = x;
    for (int l = 0; l < weights.length; l++) {
      h = training ? normaliseTraining(h, l) : normaliseEvaluation(h, l);
      h = h.matMul(weights[l]).add(biases[l]);
      if (l < weights.length - 1) {
        h = Activation.relu(h);
      }
    }
    if (training) {
      trainingPasses++;
    }
    return h;
  }

  private NDArray normaliseTraining(NDArray h, int l) {
    NDArray mean = h.mean(new int[] {0});
    NDArray centred = h.sub(mean);
    NDArray variance = centred.square().mean(new int[] {0});
    NDArray deviation = variance.add(EPSILON).sqrt();
    NDArray normalised = centred.div(deviation);
    NDArray batchMean = mean.stopGradient();
    NDArray batchVariance = variance.stopGradient();
    if (trainingPasses >= warmup) {
      NDArray runningDeviation = runningDeviation(h, l);
      NDArray r = deviation.stopGradient().div(runningDeviation).clip(1 / rMax, rMax);
      NDArray d = batchMean.sub(runningMeans[l]).div(runningDeviation).clip(-dMax, dMax);
      normalised = normalised.mul(r).add(d);
    }
    runningMeans[l].muli(1 - momentum).addi(batchMean.mul(momentum));
    runningVariances[l].muli(1 - momentum).addi(batchVariance.mul(momentum));
    return normalised.mul(scales[l]).add(shifts[l]);
  }

  private NDArray normaliseEvaluation(NDArray h, int l) {
    NDArray deviation = runningDeviation(h, l);
    return h.sub(runningMeans[l]).div(deviation).mul(scales[l]).add(shifts[l]);
  }

  /** The running deviation of layer {@code l}, in {@code h}'s manager (not the network's). */
  private NDArray runningDeviation(NDArray h, int l) {
    return h.getManager().create(EPSILON).add(runningVariances[l]).sqrt();
  }

  @Override
  public void close() {
    manager.close();
  }
}
