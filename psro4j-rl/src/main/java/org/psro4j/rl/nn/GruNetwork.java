package org.psro4j.rl.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import java.util.SplittableRandom;

/**
 * A gated recurrent unit core (Cho et al., "Learning Phrase Representations using RNN
 * Encoder-Decoder for Statistical Machine Translation", EMNLP 2014) with a linear output head:
 * {@code r = σ(x W_r + h U_r + b_r)}, {@code z = σ(x W_z + h U_z + b_z)}, {@code n = tanh(x W_n +
 * b_n + r ⊙ (h U_n + c_n))}, {@code h' = (1 − z) ⊙ n + z ⊙ h}, {@code y = h' W_o + b_o}.
 */
public final class GruNetwork extends RecurrentCore {

  private final NDArray inputWeights;
  private final NDArray recurrentWeights;
  private final NDArray inputBias;
  private final NDArray recurrentBias;

  /**
   * A fresh network with {@code inputSize} inputs, {@code hiddenSize} state, {@code outputSize}.
   */
  public GruNetwork(int inputSize, int hiddenSize, int outputSize, long seed, Device device) {
    super(inputSize, hiddenSize, outputSize, device);
    SplittableRandom random = new SplittableRandom(seed);
    double bound = 1.0 / Math.sqrt(hiddenSize);
    inputWeights = add(uniform(random, inputSize, 3 * hiddenSize, bound));
    recurrentWeights = add(uniform(random, hiddenSize, 3 * hiddenSize, bound));
    inputBias = add(manager().zeros(new Shape(3 * hiddenSize)));
    recurrentBias = add(manager().zeros(new Shape(3 * hiddenSize)));
    initialiseHead(random);
  }

  @Override
  public String type() {
    return "gru";
  }

  @Override
  public NDList initialState(NDManager scope, int batch) {
    return new NDList(scope.zeros(new Shape(batch, hiddenSize())));
  }

  @Override
  public NDList step(NDArray x, NDList state) {
    NDArray h = state.get(0);
    NDList gx = x.matMul(inputWeights).add(inputBias).split(3, 1);
    NDList gh = h.matMul(recurrentWeights).add(recurrentBias).split(3, 1);
    NDArray r = Activation.sigmoid(gx.get(0).add(gh.get(0)));
    NDArray z = Activation.sigmoid(gx.get(1).add(gh.get(1)));
    NDArray n = gx.get(2).add(r.mul(gh.get(2))).tanh();
    return new NDList(z.neg().add(1f).mul(n).add(z.mul(h)));
  }
}
