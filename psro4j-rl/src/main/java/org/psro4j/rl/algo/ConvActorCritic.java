package org.psro4j.rl.algo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.SplittableRandom;
import org.psro4j.rl.nn.ConvNetwork;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.rl.rollout.LearnerActor;

/**
 * What {@link PpoLearner} trains with {@code policy_net=conv}: a {@link ConvNetwork} policy and a
 * separate {@link MlpNetwork} value over the same tensor (each with its own optimiser and gradient
 * clip, so the value loss does not crowd out the policy gradient); also the rollouts' actor,
 * sampling from the masked softmax of the policy's scores.
 */
final class ConvActorCritic implements ActorCritic, LearnerActor {

  private final ConvNetwork network;
  private final MlpNetwork value;

  ConvActorCritic(ConvNetwork network, MlpNetwork value) {
    this.network = network;
    this.value = value;
  }

  @Override
  public NDManager manager() {
    return network.manager();
  }

  @Override
  public NDArray logits(NDArray x) {
    return network.forward(x);
  }

  @Override
  public NDArray values(NDArray x) {
    return value.forward(x);
  }

  @Override
  public float[] predictValues(float[] observations, int rows) {
    return value.predict(observations, rows);
  }

  @Override
  public List<NDArray> policyParameters() {
    return network.parameters();
  }

  @Override
  public List<NDArray> valueParameters() {
    return value.parameters();
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
