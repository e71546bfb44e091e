package org.psro4j.solvers;

/**
 * The Lemke–Howson algorithm for one Nash equilibrium of a two-player (bimatrix) game (Lemke and
 * Howson 1964), in the tableau form of von Stengel ("Computing equilibria for two-person games",
 * Handbook of Game Theory 3, 2002) with the lexicographic minimum-ratio test, which makes it
 * terminate on degenerate games (ties, duplicate or dominated strategies, constant payoffs).
 *
 * <p>Payoffs are mapped affinely to [1, 2] per player (equilibria are invariant to that), so the
 * polytopes P = {x ≥ 0 : Bᵀx ≤ 1} and Q = {y ≥ 0 : Ay ≤ 1} are bounded. Variables are numbered by
 * their label: in the P tableau label i &lt; m is x_i and m+j the slack s_j; in the Q tableau i
 * &lt; m is the slack r_i and m+j is y_j. Each pivot is O((m+n)·max(m, n)); the path length is
 * usually small but exponential in the worst case, so the pivot count is capped.
 */
final class LemkeHowson {

  private static final double PIVOT_TOLERANCE = 1e-12;
  private static final double TIE_TOLERANCE = 1e-12;

  private final int m;
  private final int n;
  private final double[][] p;
  private final double[][] q;
  private final int[] basisP;
  private final int[] basisQ;

  private LemkeHowson(double[][] rowPayoffs, double[][] columnPayoffs) {
    m = rowPayoffs.length;
    n = rowPayoffs[0].length;
    double[][] a = normalised(rowPayoffs);
    double[][] b = normalised(columnPayoffs);
    int width = m + n + 1;
    p = new double[n][width];
    basisP = new int[n];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        p[j][i] = b[i][j];
      }
      p[j][m + j] = 1;
      p[j][m + n] = 1;
      basisP[j] = m + j;
    }
    q = new double[m][width];
    basisQ = new int[m];
    for (int i = 0; i < m; i++) {
      q[i][i] = 1;
      for (int j = 0; j < n; j++) {
        q[i][m + j] = a[i][j];
      }
      q[i][m + n] = 1;
      basisQ[i] = i;
    }
  }

  /**
   * Follows the path that starts by dropping {@code label} (0..m+n−1) and returns {x, y}, or null
   * if the path exceeds {@code maxPivots} or meets a column with no positive entry (a numerical
   * breakdown).
   */
  static double[][] solve(
      double[][] rowPayoffs, double[][] columnPayoffs, int label, int maxPivots) {
    LemkeHowson lh = new LemkeHowson(rowPayoffs, columnPayoffs);
    return lh.follow(label, maxPivots) ? lh.strategies() : null;
  }

  private boolean follow(int dropped, int maxPivots) {
    int entering = dropped;
    boolean inP = dropped < m;
    for (int pivots = 0; pivots < maxPivots; pivots++) {
      double[][] t = inP ? p : q;
      int[] basis = inP ? basisP : basisQ;
      int firstSlack = inP ? m : 0;
      int row = lexicographicMinimumRatio(t, entering, firstSlack, basis.length);
      if (row < 0) {
        return false;
      }
      int leaving = basis[row];
      pivot(t, row, entering);
      basis[row] = entering;
      if (leaving == dropped) {
        return true;
      }
      entering = leaving;
      inP = !inP;
    }
    return false;
  }

  /** The row leaving the basis when {@code column} enters, ties broken lexicographically. */
  private static int lexicographicMinimumRatio(
      double[][] t, int column, int firstSlack, int slackCount) {
    int rows = t.length;
    int rhs = t[0].length - 1;
    boolean[] candidate = new boolean[rows];
    int count = 0;
    for (int r = 0; r < rows; r++) {
      if (t[r][column] > PIVOT_TOLERANCE) {
        candidate[r] = true;
        count++;
      }
    }
    if (count == 0) {
      return -1;
    }
    for (int key = -1; key < slackCount && count > 1; key++) {
      int c = key < 0 ? rhs : firstSlack + key;
      double best = Double.POSITIVE_INFINITY;
      for (int r = 0; r < rows; r++) {
        if (candidate[r]) {
          best = Math.min(best, t[r][c] / t[r][column]);
        }
      }
      double slack = TIE_TOLERANCE * Math.max(1, Math.abs(best));
      for (int r = 0; r < rows; r++) {
        if (candidate[r] && t[r][c] / t[r][column] > best + slack) {
          candidate[r] = false;
          count--;
        }
      }
    }
    for (int r = 0; r < rows; r++) {
      if (candidate[r]) {
        return r;
      }
    }
    return -1;
  }

  private static void pivot(double[][] t, int row, int column) {
    double[] pivotRow = t[row];
    double inverse = 1 / pivotRow[column];
    for (int c = 0; c < pivotRow.length; c++) {
      pivotRow[c] *= inverse;
    }
    pivotRow[column] = 1;
    for (int r = 0; r < t.length; r++) {
      if (r == row) {
        continue;
      }
      double factor = t[r][column];
      if (factor != 0) {
        double[] target = t[r];
        for (int c = 0; c < target.length; c++) {
          target[c] -= factor * pivotRow[c];
        }
        target[column] = 0;
      }
    }
  }

  private double[][] strategies() {
    double[] x = new double[m];
    double[] y = new double[n];
    for (int r = 0; r < n; r++) {
      if (basisP[r] < m) {
        x[basisP[r]] = Math.max(0, p[r][m + n]);
      }
    }
    for (int r = 0; r < m; r++) {
      if (basisQ[r] >= m) {
        y[basisQ[r] - m] = Math.max(0, q[r][m + n]);
      }
    }
    return new double[][] {normalise(x), normalise(y)};
  }

  private static double[] normalise(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    if (s > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= s;
      }
    }
    return v;
  }

  private static double[][] normalised(double[][] payoffs) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : payoffs) {
      for (double v : row) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    double range = max > min ? max - min : 1;
    double[][] out = new double[payoffs.length][];
    for (int i = 0; i < payoffs.length; i++) {
      out[i] = new double[payoffs[i].length];
      for (int j = 0; j < out[i].length; j++) {
        out[i][j] = 1 + (payoffs[i][j] - min) / range;
      }
    }
    return out;
  }
}
