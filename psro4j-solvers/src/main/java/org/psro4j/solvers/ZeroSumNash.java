package org.psro4j.solvers;

import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaGameGaps;
import org.psro4j.metagame.MetaSolverException;

/**
 * The two-player constant-sum branch of {@link NashSolver}: the equilibrium at the analytic centre
 * of the optimal face. The primal–dual interior-point method ({@link ZeroSumInteriorPoint}) finds
 * the optimal supports; when they make the equilibrium unique it is the answer, otherwise the
 * log-barrier path ({@link ZeroSumCentre}) runs on the support strategies only. If neither
 * verifies, the barrier path on the whole game and last a simplex vertex ({@link ZeroSumLp}).
 * Strategies outside the support keep the tiny weights the barrier path ends with ({@link
 * CentralPathEnd}). Every candidate's NashConv is measured on the game before it is returned; if
 * none is within the limit the solve fails with the best gap found.
 */
final class ZeroSumNash {

  private ZeroSumNash() {}

  /**
   * Verified equilibrium marginals of the constant-sum game {@code g} whose row player's payoffs
   * are {@code rows} and column player's {@code columns} (indexed [own][opponent]); {@code limit}
   * is the largest NashConv accepted, {@code centre} selects the central equilibrium over a vertex.
   */
  static double[][] solve(
      EmpiricalGame g, double[][] rows, double[][] columns, double limit, boolean centre) {
    double best = Double.POSITIVE_INFINITY;
    if (centre) {
      // The two gains sum to NashConv; ask the interior point for a little less than the limit.
      ZeroSumInteriorPoint.Solution ipm = ZeroSumInteriorPoint.solve(rows, 0.5 * limit);
      double[][] candidate = barrierWeights(rows, columns, ipm.row(), ipm.column());
      double gap = MetaGameGaps.nashConv(g, candidate);
      if (gap <= limit && ipm.unique()) {
        return candidate;
      }
      best = gap;
      // Several equilibria: the analytic centre of the optimal face, by the barrier path on the
      // strategies the interior point found in the supports (the others are 0 on the whole face,
      // so the centre is the same as the full game's, at a fraction of the cost).
      double[] faceRow = restrictedCentre(rows, ipm.rowSupport());
      double[] faceColumn = restrictedCentre(columns, ipm.columnSupport());
      if (faceRow != null && faceColumn != null) {
        double[][] face = barrierWeights(rows, columns, faceRow, faceColumn);
        double faceGap = MetaGameGaps.nashConv(g, face);
        if (faceGap <= limit) {
          return face;
        }
        best = Math.min(best, faceGap);
      }
      if (gap <= limit) {
        return candidate;
      }
      double[][] central = {ZeroSumCentre.maximin(rows), ZeroSumCentre.maximin(columns)};
      if (central[0] != null && central[1] != null) {
        gap = MetaGameGaps.nashConv(g, central);
        if (gap <= limit) {
          return central;
        }
        best = Math.min(best, gap);
      }
    }
    double[][] vertex = {ZeroSumLp.maximin(rows), ZeroSumLp.maximin(columns)};
    double gap = MetaGameGaps.nashConv(g, vertex);
    if (gap <= limit) {
      return vertex;
    }
    best = Math.min(best, gap);
    throw new MetaSolverException(
        "no zero-sum Nash of the "
            + rows.length
            + "x"
            + columns.length
            + " game within NashConv "
            + limit
            + " (best "
            + best
            + (centre ? " over interior point, barrier path and simplex" : " by the simplex")
            + "); raise the tolerance option");
  }

  /** Both strategies with the barrier endpoint's weights off their supports. */
  private static double[][] barrierWeights(
      double[][] rows, double[][] columns, double[] x, double[] y) {
    return new double[][] {
      CentralPathEnd.withBarrierWeights(rows, x, y),
      CentralPathEnd.withBarrierWeights(columns, y, x)
    };
  }

  /** The centre of {@code payoffs} restricted to the rows in {@code support}, as a full vector. */
  private static double[] restrictedCentre(double[][] payoffs, int[] support) {
    if (support.length == 0) {
      return null;
    }
    double[][] sub = new double[support.length][];
    for (int t = 0; t < support.length; t++) {
      sub[t] = payoffs[support[t]];
    }
    double[] centre = ZeroSumCentre.maximin(sub);
    if (centre == null) {
      return null;
    }
    double[] full = new double[payoffs.length];
    for (int t = 0; t < support.length; t++) {
      full[support[t]] = centre[t];
    }
    return full;
  }
}
