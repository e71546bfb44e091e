package org.psro4j.solvers;

import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaGameGaps;
import org.psro4j.metagame.MetaSolverException;

/**
 * The two-player constant-sum branch of {@link NashSolver}: the central equilibrium by the
 * primal–dual interior-point method ({@link ZeroSumInteriorPoint}), then, only if that does not
 * verify, the log-barrier path ({@link ZeroSumCentre}) and last a simplex vertex ({@link
 * ZeroSumLp}). Every candidate's NashConv is measured on the game before it is returned; if none is
 * within the limit the solve fails with the best gap found.
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
      double[][] candidate = {ipm.row(), ipm.column()};
      double gap = MetaGameGaps.nashConv(g, candidate);
      if (gap <= limit) {
        return candidate;
      }
      best = gap;
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
}
