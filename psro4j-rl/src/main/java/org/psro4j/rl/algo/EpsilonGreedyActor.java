package org.psro4j.rl.algo;

import java.util.SplittableRandom;
import org.psro4j.rl.nn.MlpNetwork;
import org.psro4j.rl.rollout.LearnerActor;

/**
 * With probability ε a uniformly random legal action, otherwise the legal action with the largest
 * Q-value (lowest index on ties); one forward pass per call.
 */
final class EpsilonGreedyActor implements LearnerActor {

  private final MlpNetwork network;
  private volatile double epsilon;

  EpsilonGreedyActor(MlpNetwork network) {
    this.network = network;
  }

  void setEpsilon(double epsilon) {
    this.epsilon = epsilon;
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
    float[] q = network.predict(observations, rows);
    int numActions = network.outputSize();
    double eps = epsilon;
    for (int i = 0; i < rows; i++) {
      int[] l = legal[i];
      int greedy = argmaxLegal(q, i * numActions, l);
      actions[i] = random.nextDouble() < eps ? l[random.nextInt(l.length)] : greedy;
      double p = (actions[i] == greedy ? 1 - eps : 0) + eps / l.length;
      logProbabilities[i] = (float) Math.log(p);
    }
  }

  /** The legal action with the largest value in {@code q[offset..]}, lowest on ties. */
  static int argmaxLegal(float[] q, int offset, int[] legal) {
    int best = legal[0];
    for (int a : legal) {
      if (q[offset + a] > q[offset + best]) {
        best = a;
      }
    }
    return best;
  }
}
