package org.psro4j.solvers;

import org.psro4j.metagame.EmpiricalGame;

/**
 * The deviation-gain matrix A of the (coarse) correlated-equilibrium polytope {σ ∈ Δ : Aσ ≤ ε},
 * stored by columns (one column per joint profile) because every column has only Σ_p (k_p − 1)
 * non-zeros for both concepts.
 *
 * <ul>
 *   <li>CCE: one row per player p and deviation t: A[(p,t)][a] = u_p(t, a_−p) − u_p(a); Σ_p k_p
 *       rows.
 *   <li>CE: one row per player p, recommendation s and deviation t ≠ s: A[(p,s,t)][a] = u_p(t,
 *       a_−p) − u_p(s, a_−p) if a_p = s, else 0; Σ_p k_p(k_p − 1) rows.
 * </ul>
 *
 * Payoffs are divided by the game's largest absolute payoff so that the solvers' tolerances are
 * relative; {@link #scale()} converts back.
 */
final class DeviationConstraints {

  final int rows;
  final int columns;
  final int[][] columnRows;
  final double[][] columnValues;
  final double[] welfare;
  final String[] rowKeys;
  private final double scale;

  DeviationConstraints(EmpiricalGame game, boolean correlated) {
    int players = game.players();
    scale = GameChecks.payoffScale(game);
    columns = game.jointSize();
    int[] offset = new int[players + 1];
    for (int p = 0; p < players; p++) {
      int k = game.size(p);
      offset[p + 1] = offset[p] + (correlated ? k * (k - 1) : k);
    }
    rows = offset[players];
    rowKeys = new String[rows];
    for (int p = 0; p < players; p++) {
      int k = game.size(p);
      for (int s = 0; s < (correlated ? k : 1); s++) {
        for (int t = 0; t < k; t++) {
          if (correlated && t != s) {
            rowKeys[offset[p] + s * (k - 1) + (t < s ? t : t - 1)] = p + ":" + s + ">" + t;
          } else if (!correlated) {
            rowKeys[offset[p] + t] = p + ":" + t;
          }
        }
      }
    }
    columnRows = new int[columns][];
    columnValues = new double[columns][];
    welfare = new double[columns];
    int perColumn = 0;
    for (int p = 0; p < players; p++) {
      perColumn += game.size(p) - 1;
    }
    for (int a = 0; a < columns; a++) {
      int[] r = new int[perColumn];
      double[] v = new double[perColumn];
      int n = 0;
      for (int p = 0; p < players; p++) {
        int k = game.size(p);
        int stride = game.stride(p);
        int s = game.strategyAt(a, p);
        int base = a - s * stride;
        double own = game.payoff(p, a);
        welfare[a] += own / scale;
        for (int t = 0; t < k; t++) {
          if (t == s) {
            continue;
          }
          r[n] = correlated ? offset[p] + s * (k - 1) + (t < s ? t : t - 1) : offset[p] + t;
          v[n] = (game.payoff(p, base + t * stride) - own) / scale;
          n++;
        }
      }
      columnRows[a] = r;
      columnValues[a] = v;
    }
  }

  /** The largest absolute payoff; constraint values are in units of it. */
  double scale() {
    return scale;
  }

  /** A·σ. */
  double[] times(double[] sigma) {
    double[] out = new double[rows];
    for (int a = 0; a < columns; a++) {
      double w = sigma[a];
      if (w != 0) {
        int[] r = columnRows[a];
        double[] v = columnValues[a];
        for (int i = 0; i < r.length; i++) {
          out[r[i]] += w * v[i];
        }
      }
    }
    return out;
  }

  /** Aᵀ·λ. */
  double[] transposeTimes(double[] lambda) {
    double[] out = new double[columns];
    for (int a = 0; a < columns; a++) {
      int[] r = columnRows[a];
      double[] v = columnValues[a];
      double s = 0;
      for (int i = 0; i < r.length; i++) {
        s += v[i] * lambda[r[i]];
      }
      out[a] = s;
    }
    return out;
  }

  /** An upper estimate of ‖A‖₂² by power iteration on AᵀA (30 steps, 10% margin). */
  double spectralNormSquared() {
    double[] x = new double[columns];
    java.util.Arrays.fill(x, 1 / Math.sqrt(Math.max(1, columns)));
    double estimate = 0;
    for (int it = 0; it < 30; it++) {
      double[] y = transposeTimes(times(x));
      double norm = 0;
      for (double v : y) {
        norm += v * v;
      }
      norm = Math.sqrt(norm);
      if (norm == 0) {
        return 0;
      }
      estimate = norm;
      for (int a = 0; a < columns; a++) {
        x[a] = y[a] / norm;
      }
    }
    return 1.1 * estimate;
  }
}
