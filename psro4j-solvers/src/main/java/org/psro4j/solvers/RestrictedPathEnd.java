package org.psro4j.solvers;

import java.util.stream.IntStream;

/**
 * The end of a zero-sum game's central path ({@link ZeroSumInteriorPoint#pathEnd}) from an interior
 * point on the strategies the previous iteration's equilibrium supports, as column and row
 * generation does for large LPs (Dantzig and Wolfe 1960; for PSRO's growing meta-game, McMahan,
 * Gordon and Blum 2003, "Planning in the presence of cost functions controlled by an adversary",
 * whose double oracle solves each restricted game). The strategies left out keep their path-end
 * weights μ/z ({@link OutsideStrategies}), so the point is the full game's to rounding; it is
 * accepted only when every left-out strategy falls short of the value by at least {@link #MARGIN}
 * (scaled payoff units): a strategy nearer the optimal face joins the restricted game and the solve
 * runs again. Late in a Leduc PSRO run the supports hold about half the strategies, so each Newton
 * step factors a matrix of about half the size (an eighth of the work). Returns null when the
 * restricted game would not be much smaller or does not verify within {@link #ATTEMPTS} solves; the
 * caller then solves the full game.
 */
final class RestrictedPathEnd {

  /** Games whose smaller side has fewer strategies are solved whole: they take under 1 ms. */
  static final int MIN_SIZE = 64;

  /**
   * A previous weight above this puts a strategy in the first restricted game: the path's end gives
   * a strategy outside the support the weight μ/z (μ about 4e−16 at 300 strategies), so this keeps
   * the supported strategies and those within a few 1e−3 (scaled) of the value, the ones a new
   * strategy most often brings into the support.
   */
  static final double SUPPORT = 1e-13;

  /** The shortfall, in units of the largest payoff, a left-out strategy must keep. */
  static final double MARGIN = 1e-6;

  /** Restricted solves before giving up. */
  static final int ATTEMPTS = 5;

  /**
   * A restricted game whose Newton step (normal matrix and Cholesky) costs more than this share of
   * the full game's is not worth it: its solves take a few more steps.
   */
  private static final double LARGEST_SHARE = 0.5;

  private RestrictedPathEnd() {}

  /**
   * The path's end of the scaled game {@code a} (entries in [−1, 1]) at {@code mu}, restricted
   * first to the strategies {@code previousRow} and {@code previousColumn} (the previous, smaller
   * game's equilibrium) weight above {@link #SUPPORT} and the strategies they do not cover; null
   * when not applicable (the caller solves the full game).
   */
  static ZeroSumInteriorPoint.Solution solve(
      double[][] a, double[] previousRow, double[] previousColumn, double mu) {
    int m = a.length;
    int n = a[0].length;
    if (Math.min(m, n) < MIN_SIZE || previousRow.length > m || previousColumn.length > n) {
      return null;
    }
    boolean[] inRows = supported(previousRow, m);
    boolean[] inColumns = supported(previousColumn, n);
    if (indices(inRows, true).length > indices(inColumns, true).length) {
      // Each Newton step factors a matrix on the row side: solve the column player's game.
      ZeroSumInteriorPoint.Solution s =
          solve(ZeroSumInteriorPoint.columnPlayersGame(a), previousColumn, previousRow, mu);
      return s == null ? null : s.sidesSwapped();
    }
    int iterations = 0;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      int[] rows = indices(inRows, true);
      int[] columns = indices(inColumns, true);
      if (stepCost(rows.length, columns.length) > LARGEST_SHARE * stepCost(m, n)) {
        return null;
      }
      OutsideStrategies outside =
          new OutsideStrategies(
              a, rows, columns, indices(inRows, false), indices(inColumns, false), mu);
      double[][] sub = new double[rows.length][columns.length];
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < columns.length; c++) {
          sub[r][c] = a[rows[r]][columns[c]];
        }
      }
      InteriorPointIterates iterates =
          new InteriorPointIterates(
              sub,
              WarmStart.mixed(restricted(previousRow, rows), rows.length),
              WarmStart.mixed(restricted(previousColumn, columns), columns.length),
              WarmStart.OFFSET);
      iterates.leaveOut(outside);
      iterations += iterates.runToCentre(mu).iterations();
      double[][] full = iterates.fullStrategies();
      if (outside.rowShortfall >= MARGIN && outside.columnShortfall >= MARGIN) {
        return new ZeroSumInteriorPoint.Solution(
            full[0],
            full[1],
            InteriorPointIterates.gap(a, full[0], full[1]),
            iterations,
            false,
            rows,
            columns);
      }
      // Every left-out strategy as near the value as the worst one joins, not only those below
      // the margin: each solve may reveal the next strategy that beats the value.
      double band = Math.max(MARGIN, -Math.min(outside.rowShortfall, outside.columnShortfall));
      outside.markRowsBelow(band, inRows);
      outside.markColumnsBelow(band, inColumns);
    }
    return null;
  }

  /** Multiply–adds of one Newton step's normal matrix and Cholesky on the smaller side. */
  private static double stepCost(int m, int n) {
    double small = Math.min(m, n);
    return small * small * Math.max(m, n) / 2 + small * small * small / 6;
  }

  private static boolean[] supported(double[] previous, int size) {
    boolean[] in = new boolean[size];
    for (int i = 0; i < size; i++) {
      in[i] = i >= previous.length || previous[i] > SUPPORT;
    }
    return in;
  }

  private static int[] indices(boolean[] in, boolean value) {
    return IntStream.range(0, in.length).filter(i -> in[i] == value).toArray();
  }

  private static double[] restricted(double[] previous, int[] kept) {
    double[] p = new double[kept.length];
    for (int k = 0; k < kept.length; k++) {
      p[k] = kept[k] < previous.length ? previous[kept[k]] : 0;
    }
    return p;
  }
}
