package org.psro4j.rl.rollout;

/** {@link Trajectories} written by hand for tests of what consumes them. */
public final class HandTrajectories {

  private HandTrajectories() {}

  /**
   * Transitions with one-number observations {@code obs[i]}, all {@code numActions} actions legal,
   * action {@code actions[i]}, reward {@code rewards[i]} and episode end {@code done[i]}.
   */
  public static Trajectories of(
      int numActions, float[] obs, int[] actions, float[] rewards, boolean[] done) {
    Trajectories t = new Trajectories(1, numActions);
    float[] mask = new float[numActions];
    java.util.Arrays.fill(mask, 1f);
    for (int i = 0; i < obs.length; i++) {
      int row = t.add(obs, i, mask, 0, actions[i], 0f);
      t.setReward(row, rewards[i], done[i]);
    }
    return t;
  }
}
