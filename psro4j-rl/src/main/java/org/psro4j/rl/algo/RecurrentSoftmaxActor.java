package org.psro4j.rl.algo;

import java.util.SplittableRandom;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.rl.nn.RecurrentCore;
import org.psro4j.rl.rollout.LearnerActor;

/**
 * Samples from the masked softmax of a recurrent core, one step per decision: each game's memory is
 * its recurrent state (a {@code float[]}, {@code null} at the episode's start), advanced here.
 */
final class RecurrentSoftmaxActor implements LearnerActor {

  private final RecurrentCore core;

  RecurrentSoftmaxActor(RecurrentCore core) {
    this.core = core;
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
    act(observations, masks, legal, rows, random, actions, logProbabilities, new Object[rows]);
  }

  @Override
  public void act(
      float[] observations,
      float[] masks,
      int[][] legal,
      int rows,
      SplittableRandom random,
      int[] actions,
      float[] logProbabilities,
      Object[] memories) {
    float[][] states = new float[rows][];
    for (int i = 0; i < rows; i++) {
      states[i] = (float[]) memories[i];
    }
    float[] logits = core.stepRows(observations, rows, states);
    int numActions = core.outputSize();
    for (int i = 0; i < rows; i++) {
      memories[i] = states[i];
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
