package org.psro4j.rl.algo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.SplittableRandom;
import org.psro4j.rl.nn.ConvNetwork;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.rl.rollout.LearnerActor;

/**
 * A {@link ConvNetwork} as what {@link PpoLearner} trains (policy and value share the torso; the
 * pass made for the logits of a minibatch is reused for its values) and as the rollouts' actor,
 * sampling from the masked softmax of its scores.
 */
final class ConvActorCritic implements ActorCritic, LearnerActor {

  private final ConvNetwork network;
  private NDArray lastInput;
  private NDList lastOutput;

  ConvActorCritic(ConvNetwork network) {
    this.network = network;
  }

  @Override
  public NDManager manager() {
    return network.manager();
  }

  private NDList forward(NDArray x) {
    if (x != lastInput) {
      lastInput = x;
      lastOutput = network.forward(x);
    }
    return lastOutput;
  }

  @Override
  public NDArray logits(NDArray x) {
    return forward(x).get(0);
  }

  @Override
  public NDArray values(NDArray x) {
    NDArray v = forward(x).get(1);
    lastInput = null;
    lastOutput = null;
    return v;
  }

  @Override
  public float[] predictValues(float[] observations, int rows) {
    return network.predictValues(observations, rows);
  }

  @Override
  public List<NDArray> policyParameters() {
    return network.policyParameters();
  }

  @Override
  public List<NDArray> valueParameters() {
    return network.valueParameters();
  }

  @Override
  public void act(
      float[] observations,
      float[] masks,
      int[][] legal,
      int rows,
      SplittableRandom random,
      int[] actions,
      float[] logProbabilities) {
    float[] logits = network.predictLogits(observations, rows);
    int numActions = network.shape().numActions();
    for (int i = 0; i < rows; i++) {
      double[] p =
          NeuralPolicy.probabilities(logits, i * numActions, legal[i], NeuralPolicy.Head.SOFTMAX);
      double u = random.nextDouble();
      double acc = 0;
      int pick = p.length - 1;
      for (int j = 0; j < p.length; j++) {
        acc += p[j];
        if (u < acc) {
          pick = j;
          break;
        }
      }
      actions[i] = legal[i][pick];
      logProbabilities[i] = (float) Math.log(Math.max(p[pick], 1e-30));
    }
  }
}
