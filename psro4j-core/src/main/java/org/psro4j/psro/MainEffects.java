package org.psro4j.psro;

import org.psro4j.metagame.EmpiricalGame;

/**
 * The additive main-effects model of a partly filled empirical game: player p's payoff at a profile
 * is estimated as μ_p + Σ_q (m_{p,q}(profile[q]) − μ_p), where μ_p is the mean of p's known entries
 * and m_{p,q}(k) the mean of those where player q plays k (μ_p when there are none). Only measured
 * entries (exact or sampled) are fitted on; predicted ones never count as data.
 */
final class MainEffects {

  private final double[] mu;
  private final double[][][] effect;

  private MainEffects(double[] mu, double[][][] effect) {
    this.mu = mu;
    this.effect = effect;
  }

  static MainEffects fit(EmpiricalGame g) {
    int n = g.players();
    int[] sizes = g.sizes();
    double[] sum = new double[n];
    long known = 0;
    double[][][] s = new double[n][n][];
    long[][] c = new long[n][];
    for (int q = 0; q < n; q++) {
      c[q] = new long[sizes[q]];
      for (int p = 0; p < n; p++) {
        s[p][q] = new double[sizes[q]];
      }
    }
    for (int flat = 0; flat < g.jointSize(); flat++) {
      int[] profile = g.profile(flat);
      if (!g.isMeasured(profile)) {
        continue;
      }
      known++;
      for (int q = 0; q < n; q++) {
        c[q][profile[q]]++;
      }
      for (int p = 0; p < n; p++) {
        double v = g.payoff(p, flat);
        sum[p] += v;
        for (int q = 0; q < n; q++) {
          s[p][q][profile[q]] += v;
        }
      }
    }
    double[] mu = new double[n];
    double[][][] effect = new double[n][n][];
    for (int p = 0; p < n; p++) {
      mu[p] = known == 0 ? 0 : sum[p] / known;
      for (int q = 0; q < n; q++) {
        effect[p][q] = new double[sizes[q]];
        for (int k = 0; k < sizes[q]; k++) {
          effect[p][q][k] = c[q][k] == 0 ? 0 : s[p][q][k] / c[q][k] - mu[p];
        }
      }
    }
    return new MainEffects(mu, effect);
  }

  double[] predict(int[] profile) {
    double[] out = new double[mu.length];
    for (int p = 0; p < mu.length; p++) {
      out[p] = mu[p];
      for (int q = 0; q < profile.length; q++) {
        out[p] += effect[p][q][profile[q]];
      }
    }
    return out;
  }
}
