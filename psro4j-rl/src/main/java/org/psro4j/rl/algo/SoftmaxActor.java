package org.psro4j.rl.algo;

import java.util.SplittableRandom;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.rl.rollout.LearnerActor;

/** Samples from the masked softmax of a policy network; one forward pass per call. */
public final class SoftmaxActor implements LearnerActor {

  private final MlpNetwork network;

  /** An actor sampling from {@code network}'s masked softmax. */
  public SoftmaxActor(MlpNetwork network) {
    this.network = network;
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
    float[] logits = network.predict(observations, rows);
    int numActions = network.outputSize();
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
