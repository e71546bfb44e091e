package org.psro4j.solvers;

import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaGameGaps;
import org.psro4j.metagame.MetaSolverException;

/**
 * The two-player constant-sum branch of {@link NashSolver}: the equilibrium at the analytic centre
 * of the optimal face, as the end point of the log-barrier path ({@link CentralPathEnd}), reached
 * by the primal–dual interior-point method ({@link ZeroSumInteriorPoint#pathEnd}). If that does not
 * verify, the barrier path itself ({@link ZeroSumCentre}) and last a simplex vertex ({@link
 * ZeroSumLp}). Every candidate's NashConv is measured on the game before it is returned; if none is
 * within the limit the solve fails with the best gap found.
 */
final class ZeroSumNash {

  private ZeroSumNash() {}

  /**
   * Verified equilibrium marginals of the constant-sum game {@code g} whose row player's payoffs
   * are {@code rows} and column player's {@code columns} (indexed [own][opponent]); {@code limit}
   * is the largest NashConv accepted, {@code centre} selects the central equilibrium over a vertex;
   * {@code start} ({x0, y0} or null) starts the interior point ({@link WarmStart}) and {@code
   * previous} (the previous, smaller game's equilibrium {x, y}, or null) first restricts it to that
   * equilibrium's supports ({@link RestrictedPathEnd}, verified on the whole game).
   */
  static double[][] solve(
      EmpiricalGame g,
      double[][] rows,
      double[][] columns,
      double limit,
      boolean centre,
      double[][] start,
      double[][] previous) {
    double best = Double.POSITIVE_INFINITY;
    if (centre) {
      // The end of the barrier path (the analytic centre with μ/z_i on the other strategies)
      // from the interior point; each player's μ is in units of its own largest payoff, as the
      // barrier path had it, so a constant-sum game whose scales differ is solved once per side.
      ZeroSumInteriorPoint.Solution end = ZeroSumInteriorPoint.pathEnd(rows, start, previous);
      double[] column =
          largest(rows) == largest(columns)
              ? end.column()
              : ZeroSumInteriorPoint.pathEnd(
                      columns,
                      start == null ? null : new double[][] {start[1], start[0]},
                      previous == null ? null : new double[][] {previous[1], previous[0]})
                  .row();
      double[][] candidate = {end.row(), column};
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

  private static double largest(double[][] payoffs) {
    double scale = 0;
    for (double[] row : payoffs) {
      for (double v : row) {
        scale = Math.max(scale, Math.abs(v));
      }
    }
    return scale;
  }
}
