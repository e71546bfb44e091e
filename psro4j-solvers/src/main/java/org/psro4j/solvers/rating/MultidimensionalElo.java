package org.psro4j.solvers.rating;

import java.util.SplittableRandom;

/**
 * Multidimensional Elo (mElo_2k, Balduzzi, Tuyls, Pérolat and Graepel, "Re-evaluating evaluation",
 * NeurIPS 2018): Elo plus a cyclic part, p(i beats j) = σ(α (r_i − s_j) + c_iᵀ Ω d_j) with α = ln
 * 10 / 400 and Ω = Σ_{l<k} (e_{2l} e_{2l+1}ᵀ − e_{2l+1} e_{2l}ᵀ), so that non-transitive games such
 * as rock–paper–scissors, which plain Elo rates all equal, are predicted too. Fitted by full-batch
 * gradient descent (Adam, Kingma and Ba 2015) on the cross-entropy to the win probabilities,
 * starting from the Elo fit and small seeded vectors. Cost O(rows × columns × k) per step.
 *
 * @param ratings the transitive part, in Elo points
 * @param rowVectors player 0's policies' 2k-vectors c_i
 * @param columnVectors player 1's policies' 2k-vectors d_j
 */
public record MultidimensionalElo(
    EloRatings ratings, double[][] rowVectors, double[][] columnVectors) {

  private static final double ALPHA = Math.log(10) / EloRatings.SCALE;

  /**
   * Fits mElo with {@code k} cyclic pairs (k ≥ 1) on {@code table}, for {@code steps} gradient
   * steps, from {@code seed}.
   */
  public static MultidimensionalElo fit(WinProbabilities table, int k, int steps, long seed) {
    return fit(table, EloRatings.fit(table), k, steps, seed);
  }

  /**
   * As {@link #fit(WinProbabilities, int, int, long)}, starting from {@code elo}, the Elo fit of
   * {@code table} the caller already has (so it is not fitted twice).
   */
  public static MultidimensionalElo fit(
      WinProbabilities table, EloRatings elo, int k, int steps, long seed) {
    if (elo.rows().length != table.rows() || elo.columns().length != table.columns()) {
      throw new IllegalArgumentException(
          "Elo ratings of a "
              + elo.rows().length
              + "x"
              + elo.columns().length
              + " table do not fit a "
              + table.rows()
              + "x"
              + table.columns()
              + " table");
    }
    if (k < 1) {
      throw new IllegalArgumentException("k " + k + ": need at least one cyclic pair");
    }
    int n = table.rows();
    int m = table.columns();
    int dim = 2 * k;
    double[][] p = table.p();
    // Parameters in one vector: r (n), s (m), c (n × dim), d (m × dim); r and s in logit units.
    int size = n + m + (n + m) * dim;
    double[] x = new double[size];
    for (int i = 0; i < n; i++) {
      x[i] = ALPHA * elo.rows()[i];
    }
    for (int j = 0; j < m; j++) {
      x[n + j] = ALPHA * elo.columns()[j];
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int t = n + m; t < size; t++) {
      x[t] = 0.1 * (random.nextDouble() * 2 - 1);
    }
    double[] grad = new double[size];
    double[] first = new double[size];
    double[] second = new double[size];
    double rate = 0.05;
    double b1 = 0.9;
    double b2 = 0.999;
    for (int step = 1; step <= steps; step++) {
      java.util.Arrays.fill(grad, 0);
      for (int i = 0; i < n; i++) {
        int ci = n + m + i * dim;
        for (int j = 0; j < m; j++) {
          int dj = n + m + (n + j) * dim;
          double logit = x[i] - x[n + j] + cyclic(x, ci, dj, k);
          double residual = sigmoid(logit) - p[i][j]; // d(cross-entropy)/d(logit)
          grad[i] += residual;
          grad[n + j] -= residual;
          for (int l = 0; l < k; l++) {
            int a = 2 * l;
            int b = a + 1;
            // c Ω d = Σ_l (c_a d_b − c_b d_a)
            grad[ci + a] += residual * x[dj + b];
            grad[ci + b] -= residual * x[dj + a];
            grad[dj + b] += residual * x[ci + a];
            grad[dj + a] -= residual * x[ci + b];
          }
        }
      }
      double c1 = 1 - Math.pow(b1, step);
      double c2 = 1 - Math.pow(b2, step);
      for (int t = 0; t < size; t++) {
        double g = grad[t] / (n * m);
        first[t] = b1 * first[t] + (1 - b1) * g;
        second[t] = b2 * second[t] + (1 - b2) * g * g;
        x[t] -= rate * (first[t] / c1) / (Math.sqrt(second[t] / c2) + 1e-12);
      }
    }
    double[] r = new double[n];
    double[] s = new double[m];
    double mean = 0;
    for (int i = 0; i < n; i++) {
      r[i] = x[i] / ALPHA;
      mean += r[i];
    }
    for (int j = 0; j < m; j++) {
      s[j] = x[n + j] / ALPHA;
      mean += s[j];
    }
    mean /= n + m;
    for (int i = 0; i < n; i++) {
      r[i] -= mean;
    }
    for (int j = 0; j < m; j++) {
      s[j] -= mean;
    }
    double[][] c = new double[n][];
    double[][] d = new double[m][];
    for (int i = 0; i < n; i++) {
      c[i] = java.util.Arrays.copyOfRange(x, n + m + i * dim, n + m + (i + 1) * dim);
    }
    for (int j = 0; j < m; j++) {
      d[j] = java.util.Arrays.copyOfRange(x, n + m + (n + j) * dim, n + m + (n + j + 1) * dim);
    }
    return new MultidimensionalElo(new EloRatings(r, s), c, d);
  }

  /** The model's probability that player 0's policy i beats player 1's policy j. */
  public double winProbability(int i, int j) {
    double logit = ALPHA * (ratings.rows()[i] - ratings.columns()[j]);
    double[] c = rowVectors[i];
    double[] d = columnVectors[j];
    for (int a = 0; a < c.length; a += 2) {
      logit += c[a] * d[a + 1] - c[a + 1] * d[a];
    }
    return sigmoid(logit);
  }

  private static double cyclic(double[] x, int ci, int dj, int k) {
    double v = 0;
    for (int l = 0; l < k; l++) {
      v += x[ci + 2 * l] * x[dj + 2 * l + 1] - x[ci + 2 * l + 1] * x[dj + 2 * l];
    }
    return v;
  }

  private static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }
}
