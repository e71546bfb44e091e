package org.psro4j.solvers.rating;

/**
 * Elo ratings of both players' policies fitted to a table of win probabilities: the Bradley–Terry
 * model p(i beats j) = 1 / (1 + 10^((s_j − r_i) / 400)) (Elo 1978; Bradley and Terry 1952), fitted
 * by maximum likelihood with fractional wins through Hunter's (2004) minorize–maximize iteration,
 * accelerated with SQUAREM (Varadhan and Roland 2008). A prior of {@value #PRIOR_GAMES} drawn games
 * against an opponent of rating 0 keeps ratings finite when a policy always wins or always loses
 * and barely moves the others. Ratings are shifted to mean 0 over all policies. Cost O(rows ×
 * columns) per sweep.
 *
 * @param rows player 0's policies' ratings
 * @param columns player 1's policies' ratings
 */
public record EloRatings(double[] rows, double[] columns) {

  /** Points per factor of ten in odds, as in chess. */
  public static final double SCALE = 400.0;

  /** Weight of the prior: drawn games of each policy against a rating-0 opponent. */
  public static final double PRIOR_GAMES = 1e-3;

  // Largest change of log(gamma) by one MM sweep at which the fit stops (ratings then move by
  // < 2e-7 points per sweep).
  private static final double TOLERANCE = 1e-9;
  private static final int MAX_SWEEPS = 20_000;

  /**
   * Fits the ratings of {@code table}. Plain MM sweeps crawl where a policy wins or loses nearly
   * every game (its rating drifts to the prior's bound by a factor 1 − O(prior) per sweep: 20,000
   * sweeps did not get there on small Leduc meta-games), so the sweeps are accelerated with SQUAREM
   * (Varadhan and Roland 2008): two sweeps give a direction and its curvature, a step along them is
   * taken and stabilised by one more sweep, and kept only if the likelihood did not drop below the
   * plain two sweeps'. The fixed point, the maximum-likelihood ratings, is the same.
   */
  public static EloRatings fit(WinProbabilities table) {
    int n = table.rows();
    int m = table.columns();
    double[][] p = table.p();
    double[] wins = new double[n];
    double[] losses = new double[m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        wins[i] += p[i][j];
        losses[j] += 1 - p[i][j];
      }
    }
    // x = log gamma of the rows, then of the columns; gamma = 10^(rating / 400).
    double[] x = new double[n + m];
    int sweeps = 0;
    while (sweeps < MAX_SWEEPS) {
      double[] x1 = sweep(x, n, m, wins, losses);
      double[] x2 = sweep(x1, n, m, wins, losses);
      sweeps += 2;
      double[] r = new double[x.length];
      double[] v = new double[x.length];
      double rr = 0;
      double vv = 0;
      double change = 0;
      for (int k = 0; k < x.length; k++) {
        r[k] = x1[k] - x[k];
        v[k] = x2[k] - x1[k] - r[k];
        rr += r[k] * r[k];
        vv += v[k] * v[k];
        change = Math.max(change, Math.abs(r[k]));
      }
      if (change < TOLERANCE) {
        x = x1;
        break;
      }
      double alpha = vv > 0 ? -Math.sqrt(rr / vv) : -1;
      if (!(alpha < -1)) {
        x = x2;
        continue;
      }
      double[] jump = new double[x.length];
      for (int k = 0; k < x.length; k++) {
        jump[k] = x[k] - 2 * alpha * r[k] + alpha * alpha * v[k];
      }
      double[] stabilised = sweep(jump, n, m, wins, losses);
      sweeps++;
      x = logLikelihood(stabilised, n, m, p) >= logLikelihood(x2, n, m, p) ? stabilised : x2;
    }
    double[] ratings = new double[n + m];
    double mean = 0;
    for (int k = 0; k < ratings.length; k++) {
      ratings[k] = SCALE * x[k] / Math.log(10);
      mean += ratings[k];
    }
    mean /= ratings.length;
    double[] r = new double[n];
    double[] s = new double[m];
    for (int i = 0; i < n; i++) {
      r[i] = ratings[i] - mean;
    }
    for (int j = 0; j < m; j++) {
      s[j] = ratings[n + j] - mean;
    }
    return new EloRatings(r, s);
  }

  /**
   * One MM sweep of Hunter (2004) on log gamma: rows, then columns against the updated rows. The
   * prior is {@value #PRIOR_GAMES} drawn games against gamma = 1.
   */
  private static double[] sweep(double[] x, int n, int m, double[] wins, double[] losses) {
    double[] g = new double[n];
    double[] d = new double[m];
    for (int i = 0; i < n; i++) {
      g[i] = Math.exp(x[i]);
    }
    for (int j = 0; j < m; j++) {
      d[j] = Math.exp(x[n + j]);
    }
    for (int i = 0; i < n; i++) {
      double denominator = PRIOR_GAMES / (g[i] + 1);
      for (int j = 0; j < m; j++) {
        denominator += 1 / (g[i] + d[j]);
      }
      g[i] = (wins[i] + PRIOR_GAMES / 2) / denominator;
    }
    for (int j = 0; j < m; j++) {
      double denominator = PRIOR_GAMES / (d[j] + 1);
      for (int i = 0; i < n; i++) {
        denominator += 1 / (g[i] + d[j]);
      }
      d[j] = (losses[j] + PRIOR_GAMES / 2) / denominator;
    }
    double[] out = new double[n + m];
    for (int i = 0; i < n; i++) {
      out[i] = Math.log(g[i]);
    }
    for (int j = 0; j < m; j++) {
      out[n + j] = Math.log(d[j]);
    }
    return out;
  }

  /** The objective the sweeps climb: log-likelihood of the table plus the prior's games. */
  private static double logLikelihood(double[] x, int n, int m, double[][] p) {
    double ll = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        double z = x[i] - x[n + j];
        ll -= p[i][j] * softplus(-z) + (1 - p[i][j]) * softplus(z);
      }
    }
    for (double xk : x) {
      ll -= PRIOR_GAMES / 2 * (softplus(-xk) + softplus(xk));
    }
    return ll;
  }

  /** log(1 + e^z) without overflow. */
  private static double softplus(double z) {
    return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
  }

  /** The model's probability that player 0's policy i beats player 1's policy j. */
  public double winProbability(int i, int j) {
    return 1 / (1 + Math.pow(10, (columns[j] - rows[i]) / SCALE));
  }
}
