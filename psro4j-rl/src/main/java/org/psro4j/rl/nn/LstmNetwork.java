package org.psro4j.rl.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import java.util.SplittableRandom;

/**
 * A long short-term memory core (Hochreiter and Schmidhuber, "Long Short-Term Memory", Neural
 * Computation 1997; forget gate of Gers et al. 2000) with a linear output head: gates {@code i, f,
 * o = σ(x W + h U + b)}, candidate {@code g = tanh(x W_g + h U_g + b_g)}, {@code c' = f ⊙ c + i ⊙
 * g}, {@code h' = o ⊙ tanh(c')}, {@code y = h' W_o + b_o}. The forget bias starts at 1 (Jozefowicz
 * et al. 2015) so early training keeps memory. The state is {@code (h, c)}.
 */
public final class LstmNetwork extends RecurrentCore {

  private final NDArray inputWeights;
  private final NDArray recurrentWeights;
  private final NDArray bias;

  /**
   * A fresh network with {@code inputSize} inputs, {@code hiddenSize} state, {@code outputSize}.
   */
  public LstmNetwork(int inputSize, int hiddenSize, int outputSize, long seed, Device device) {
    super(inputSize, hiddenSize, outputSize, device);
    SplittableRandom random = new SplittableRandom(seed);
    double bound = 1.0 / Math.sqrt(hiddenSize);
    inputWeights = add(uniform(random, inputSize, 4 * hiddenSize, bound));
    recurrentWeights = add(uniform(random, hiddenSize, 4 * hiddenSize, bound));
    float[] b = new float[4 * hiddenSize];
    java.util.Arrays.fill(b, hiddenSize, 2 * hiddenSize, 1f); // gate order i, f, g, o
    bias = add(manager().create(b));
    initialiseHead(random);
  }

  @Override
  public String type() {
    return "lstm";
  }

  @Override
  public NDList initialState(NDManager scope, int batch) {
    Shape shape = new Shape(batch, hiddenSize());
    return new NDList(scope.zeros(shape), scope.zeros(shape));
  }

  @Override
  public NDList step(NDArray x, NDList state) {
    NDArray h = state.get(0);
    NDArray c = state.get(1);
    NDList gates = x.matMul(inputWeights).add(h.matMul(recurrentWeights)).add(bias).split(4, 1);
    NDArray i = Activation.sigmoid(gates.get(0));
    NDArray f = Activation.sigmoid(gates.get(1));
    NDArray g = gates.get(2).tanh();
    NDArray o = Activation.sigmoid(gates.get(3));
    NDArray next = f.mul(c).add(i.mul(g));
    return new NDList(o.mul(next.tanh()), next);
  }
}
