package org.psro4j.rl.algo;

import org.psro4j.rl.rollout.Trajectories;

/**
 * Rows of a {@link Trajectories} gathered for one gradient step: observations, legal masks, the
 * mask as an additive logit penalty ({@code -1e9} on illegal actions) and the chosen actions
 * one-hot.
 *
 * @param observations row-major observations
 * @param masks row-major legal masks
 * @param maskPenalty row-major penalties
 * @param oneHotActions row-major one-hot actions
 */
record Minibatch(float[] observations, float[] masks, float[] maskPenalty, float[] oneHotActions) {

  /** Large enough to zero a softmax entry, small enough to stay finite in float arithmetic. */
  static final float ILLEGAL_LOGIT_PENALTY = -1e9f;

  /** Rows {@code order[from..from+rows)} of {@code t}. */
  static Minibatch gather(Trajectories t, int[] order, int from, int rows) {
    int in = t.observationSize();
    int numActions = t.numActions();
    float[] obs = new float[rows * in];
    float[] masks = new float[rows * numActions];
    float[] penalty = new float[rows * numActions];
    float[] oneHot = new float[rows * numActions];
    for (int r = 0; r < rows; r++) {
      int i = order[from + r];
      System.arraycopy(t.observations(), i * in, obs, r * in, in);
      System.arraycopy(t.masks(), i * numActions, masks, r * numActions, numActions);
      for (int a = 0; a < numActions; a++) {
        penalty[r * numActions + a] = masks[r * numActions + a] > 0 ? 0f : ILLEGAL_LOGIT_PENALTY;
      }
      oneHot[r * numActions + t.actions()[i]] = 1f;
    }
    return new Minibatch(obs, masks, penalty, oneHot);
  }
}
