package org.psro4j.solvers;

/**
 * Puts back the weight the log-barrier path of {@link ZeroSumCentre} leaves on strategies outside
 * the optimal support when it stops. On the central path x_i·z_i = μ for every row strategy, z_i
 * being its shortfall against the opponent's strategy, so the barrier's endpoint gives each
 * non-support strategy a weight μ/z_i of order 1e−13 instead of an exact 0. PSRO with exact best
 * responses depends on that: a strategy with weight 1e−13 still reaches its information states, so
 * the next best response also plays well there (where it would otherwise take the first of many
 * tied actions), and the Leduc NashConv curve of issue #13 is that of the centre. μ is the last
 * barrier parameter {@link ZeroSumCentre} uses, 1/t for the largest power of 8 with (m+n)/t ≥
 * 1e−13, in units of the largest absolute payoff.
 */
final class CentralPathEnd {

  private CentralPathEnd() {}

  /**
   * The row strategy {@code x} with weight μ/z_i on every strategy it leaves at 0, where z_i =
   * max(A·y) − (A·y)_i for the opponent's {@code y} ({@code payoffs[i][j]} is the row player's
   * payoff); strategies with z_i below 1e−9 of the scale are left alone. Renormalised.
   */
  static double[] withBarrierWeights(double[][] payoffs, double[] x, double[] y) {
    int m = payoffs.length;
    int n = payoffs[0].length;
    double scale = 0;
    for (double[] row : payoffs) {
      for (double v : row) {
        scale = Math.max(scale, Math.abs(v));
      }
    }
    if (scale == 0) {
      return x;
    }
    double t = 1;
    while ((m + n) / (t * 8) >= 1e-13) {
      t *= 8;
    }
    double mu = 1 / t;
    double[] ay = Products.times(payoffs, y);
    double best = Double.NEGATIVE_INFINITY;
    for (double v : ay) {
      best = Math.max(best, v);
    }
    double[] out = x.clone();
    double sum = 0;
    for (int i = 0; i < m; i++) {
      double shortfall = (best - ay[i]) / scale;
      if (out[i] == 0 && shortfall > 1e-9) {
        out[i] = mu / shortfall;
      }
      sum += out[i];
    }
    for (int i = 0; i < m; i++) {
      out[i] /= sum;
    }
    return out;
  }
}
