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
final class DeviationConstraints extends ConstraintMatrix {

  final double[] welfare;
  final String[] rowKeys;
  private final double scale;

  DeviationConstraints(EmpiricalGame game, boolean correlated) {
    this(Parts.of(game, correlated));
  }

  private DeviationConstraints(Parts parts) {
    super(parts.rows, parts.columnRows, parts.columnValues);
    this.welfare = parts.welfare;
    this.rowKeys = parts.rowKeys;
    this.scale = parts.scale;
  }

  /** The arrays of the matrix, computed before the object exists. */
  private record Parts(
      int rows,
      int[][] columnRows,
      double[][] columnValues,
      double[] welfare,
      String[] rowKeys,
      double scale) {

    static Parts of(EmpiricalGame game, boolean correlated) {
      int players = game.players();
      double scale = GameChecks.payoffScale(game);
      int columns = game.jointSize();
      int[] offset = new int[players + 1];
      for (int p = 0; p < players; p++) {
        int k = game.size(p);
        offset[p + 1] = offset[p] + (correlated ? k * (k - 1) : k);
      }
      int rows = offset[players];
      String[] rowKeys = new String[rows];
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
      int[][] columnRows = new int[columns][];
      double[][] columnValues = new double[columns][];
      double[] welfare = new double[columns];
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
      return new Parts(rows, columnRows, columnValues, welfare, rowKeys, scale);
    }
  }

  /** The largest absolute payoff; constraint values are in units of it. */
  double scale() {
    return scale;
  }
}
