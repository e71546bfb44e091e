package org.psro4j.solvers;

/**
 * The strategies a support-restricted path-end solve ({@link RestrictedPathEnd}) leaves out of its
 * interior point, held at the weights they have at the end of the full game's central path: a row
 * strategy i outside the restricted rows gets x_i = μ/z_i, z_i = w − (Ay)_i its shortfall, and a
 * column strategy j outside gets y_j = μ/s_j, s_j = (Aᵀx)_j − v. Those weights are O(μ/z) (about
 * 1e−13), but together they move the opponent's payoffs by about as much as the restricted
 * support's own slacks (x_i·z_i = μ there too), so the restricted iterates carry them as offsets on
 * the payoffs and on the simplex sums, recomputed from the current iterates before every Newton
 * step. Their own Newton rows are left out, so each step sees the offsets of the iterates before
 * it: near the path's end their coupling is not small (a left-out row's diagonal z²/μ and its share
 * of the normal matrix are both O(1/μ)), and the centring steps converge linearly (factors 0.6–0.9
 * on Leduc's late meta-games) instead of quadratically; {@link InteriorPointIterates#runToCentre}
 * stops them once a step no longer halves the deviation.
 */
final class OutsideStrategies {

  /**
   * The shortfall below which a left-out strategy's weight μ/z is computed at this floor: on the
   * way to the path's end a left-out strategy can look as good as the value (it then fails the
   * check at the end, {@link RestrictedPathEnd#MARGIN}), and its weight must stay O(μ/margin).
   */
  static final double FLOOR = RestrictedPathEnd.MARGIN;

  /** The duality measure below which the shortfalls are taken as settled. */
  static final double SETTLED = 1e-6;

  private final double[][] a;
  private final int[] rows;
  private final int[] columns;
  private final int[] outRows;
  private final int[] outColumns;
  private final double mu;
  private final double[] xOut;
  private final double[] yOut;
  private final double[] zOut;
  private final double[] sOut;

  /** The payoff offsets: on the kept columns' Aᵀx (length |columns|) and kept rows' Ay. */
  final double[] columnOffset;

  final double[] rowOffset;

  /** The left-out weights' sums: each player's kept weights sum to 1 minus these. */
  double rowWeight;

  double columnWeight;

  /** The smallest shortfall of a left-out row and of a left-out column at the last update. */
  double rowShortfall;

  double columnShortfall;

  /**
   * For the scaled game {@code a}, kept rows and columns (ascending), the left-out ones and the
   * path's end μ.
   */
  OutsideStrategies(
      double[][] a, int[] rows, int[] columns, int[] outRows, int[] outColumns, double mu) {
    this.a = a;
    this.rows = rows;
    this.columns = columns;
    this.outRows = outRows;
    this.outColumns = outColumns;
    this.mu = mu;
    this.xOut = new double[outRows.length];
    this.yOut = new double[outColumns.length];
    this.zOut = new double[outRows.length];
    this.sOut = new double[outColumns.length];
    this.columnOffset = new double[columns.length];
    this.rowOffset = new double[rows.length];
  }

  /**
   * Recomputes the left-out weights and the offsets from the kept strategies {@code x} (over {@code
   * rows}), {@code y} (over {@code columns}) and the values v and w; the left-out weights of the
   * other side are those of the previous update (they move the shortfalls by O(μ) only).
   */
  void update(double[] x, double[] y, double v, double w) {
    rowShortfall = Double.POSITIVE_INFINITY;
    rowWeight = 0;
    for (int k = 0; k < outRows.length; k++) {
      double[] ai = a[outRows[k]];
      double ay = 0;
      for (int c = 0; c < columns.length; c++) {
        ay += ai[columns[c]] * y[c];
      }
      for (int c = 0; c < outColumns.length; c++) {
        ay += ai[outColumns[c]] * yOut[c];
      }
      double z = w - ay;
      zOut[k] = z;
      rowShortfall = Math.min(rowShortfall, z);
      xOut[k] = mu / Math.max(z, FLOOR);
      rowWeight += xOut[k];
    }
    columnShortfall = Double.POSITIVE_INFINITY;
    columnWeight = 0;
    // Aᵀx on the left-out columns, row by row (the rows are contiguous).
    double[] atx = new double[outColumns.length];
    for (int r = 0; r < rows.length; r++) {
      addRow(a[rows[r]], x[r], atx);
    }
    for (int k = 0; k < outRows.length; k++) {
      addRow(a[outRows[k]], xOut[k], atx);
    }
    for (int c = 0; c < outColumns.length; c++) {
      double s = atx[c] - v;
      sOut[c] = s;
      columnShortfall = Math.min(columnShortfall, s);
      yOut[c] = mu / Math.max(s, FLOOR);
      columnWeight += yOut[c];
    }
    java.util.Arrays.fill(columnOffset, 0);
    for (int k = 0; k < outRows.length; k++) {
      double[] ai = a[outRows[k]];
      double xk = xOut[k];
      for (int c = 0; c < columns.length; c++) {
        columnOffset[c] += ai[columns[c]] * xk;
      }
    }
    for (int r = 0; r < rows.length; r++) {
      double[] ai = a[rows[r]];
      double d = 0;
      for (int c = 0; c < outColumns.length; c++) {
        d += ai[outColumns[c]] * yOut[c];
      }
      rowOffset[r] = d;
    }
  }

  private void addRow(double[] ai, double weight, double[] atx) {
    for (int c = 0; c < outColumns.length; c++) {
      atx[c] += ai[outColumns[c]] * weight;
    }
  }

  /**
   * Whether a left-out strategy already beats the value while the iterates' duality measure is
   * below {@link #SETTLED}: the restricted game is then the wrong one, and going on only makes its
   * weight (clamped at μ/{@link #FLOOR}) swing the offsets from step to step.
   */
  boolean violated(double measure) {
    return measure < SETTLED && Math.min(rowShortfall, columnShortfall) < 0;
  }

  /** Marks in {@code inRows} the left-out rows whose shortfall is below {@code margin}. */
  void markRowsBelow(double margin, boolean[] inRows) {
    for (int k = 0; k < outRows.length; k++) {
      if (!(zOut[k] >= margin)) {
        inRows[outRows[k]] = true;
      }
    }
  }

  /** Marks in {@code inColumns} the left-out columns whose shortfall is below {@code margin}. */
  void markColumnsBelow(double margin, boolean[] inColumns) {
    for (int c = 0; c < outColumns.length; c++) {
      if (!(sOut[c] >= margin)) {
        inColumns[outColumns[c]] = true;
      }
    }
  }

  /** The full game's row strategy: {@code x} on the kept rows, the left-out weights elsewhere. */
  double[] fullRow(double[] x) {
    return full(x, rows, xOut, outRows, a.length);
  }

  /** The full game's column strategy. */
  double[] fullColumn(double[] y) {
    return full(y, columns, yOut, outColumns, a[0].length);
  }

  private static double[] full(double[] kept, int[] in, double[] out, int[] outIndex, int size) {
    double[] p = new double[size];
    for (int k = 0; k < in.length; k++) {
      p[in[k]] = kept[k];
    }
    for (int k = 0; k < outIndex.length; k++) {
      p[outIndex[k]] = out[k];
    }
    return p;
  }
}
