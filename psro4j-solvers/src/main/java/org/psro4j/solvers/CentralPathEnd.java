package org.psro4j.solvers;

/**
 * Where the log-barrier path of {@link ZeroSumCentre} stops: the barrier parameter μ = 1/t for the
 * largest power of 8 with (m+n)/t ≥ 1e−13, in units of the largest absolute payoff. On the central
 * path x_i·z_i = μ for every row strategy, z_i being its shortfall against the opponent's strategy,
 * so the endpoint gives each strategy outside the optimal support a weight μ/z_i of order 1e−13
 * instead of an exact 0. PSRO with exact best responses depends on that: a strategy with weight
 * 1e−13 still reaches its information states, so the next best response also plays well there
 * (where it would otherwise take the first of many tied actions). {@link
 * ZeroSumInteriorPoint#pathEnd} returns that point.
 */
final class CentralPathEnd {

  private CentralPathEnd() {}

  /** μ at the end of the barrier path of an m×n game, in units of the largest absolute payoff. */
  static double mu(int m, int n) {
    double t = 1;
    while ((m + n) / (t * 8) >= 1e-13) {
      t *= 8;
    }
    return 1 / t;
  }
}
