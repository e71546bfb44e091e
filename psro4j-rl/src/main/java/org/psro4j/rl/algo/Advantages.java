package org.psro4j.rl.algo;

import org.psro4j.rl.rollout.Trajectories;

/**
 * Generalised advantage estimation (Schulman et al., "High-Dimensional Continuous Control Using
 * Generalized Advantage Estimation", ICLR 2016) over complete episodes: {@code δ_t = r_t + γ
 * V(s_{t+1}) − V(s_t)}, {@code A_t = δ_t + γλ A_{t+1}}, with {@code V = 0} after an episode ends.
 */
final class Advantages {

  final float[] advantages;
  final float[] returns;

  private Advantages(float[] advantages, float[] returns) {
    this.advantages = advantages;
    this.returns = returns;
  }

  /** Advantages (normalised to mean 0, standard deviation 1) and value targets. */
  static Advantages of(Trajectories t, float[] values, double gamma, double lambda) {
    int n = t.size();
    float[] adv = new float[n];
    float[] ret = new float[n];
    float[] rewards = t.rewards();
    boolean[] done = t.done();
    double next = 0;
    for (int i = n - 1; i >= 0; i--) {
      double nextValue = done[i] || i == n - 1 ? 0 : values[i + 1];
      double nextAdvantage = done[i] || i == n - 1 ? 0 : next;
      double delta = rewards[i] + gamma * nextValue - values[i];
      next = delta + gamma * lambda * nextAdvantage;
      adv[i] = (float) next;
      ret[i] = (float) (next + values[i]);
    }
    double mean = 0;
    for (float a : adv) {
      mean += a;
    }
    mean /= Math.max(1, n);
    double var = 0;
    for (float a : adv) {
      var += (a - mean) * (a - mean);
    }
    double std = Math.sqrt(var / Math.max(1, n)) + 1e-8;
    for (int i = 0; i < n; i++) {
      adv[i] = (float) ((adv[i] - mean) / std);
    }
    return new Advantages(adv, ret);
  }
}
