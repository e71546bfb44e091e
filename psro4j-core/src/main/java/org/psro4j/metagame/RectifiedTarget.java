package org.psro4j.metagame;

import java.util.ArrayList;
import java.util.List;

/**
 * One training target of rectified Nash (Balduzzi et al. 2019, "Open-ended Learning in Symmetric
 * Zero-sum Games"): player {@code player}'s strategy {@code strategy}, which carries Nash weight
 * {@code weight}, trains against {@code opponentDistribution} (over the opponent's strategies,
 * summing to 1). A support strategy that neither beats nor ties any Nash-weighted opponent strategy
 * gets no target.
 */
public record RectifiedTarget(
    int player, int strategy, double weight, double[] opponentDistribution) {

  /** Validates and copies. */
  public RectifiedTarget {
    if (player < 0 || strategy < 0) {
      throw new IllegalArgumentException(
          "player " + player + " and strategy " + strategy + " must be non-negative");
    }
    opponentDistribution = opponentDistribution.clone();
  }

  /** A copy of the opponent distribution. */
  @Override
  public double[] opponentDistribution() {
    return opponentDistribution.clone();
  }

  /** Nash weight below which a strategy is outside the support. */
  public static final double SUPPORT_THRESHOLD = 1e-12;

  /**
   * The rectified targets of a complete two-player {@code game} given a Nash {@code equilibrium}
   * (marginals), in order of player, then strategy: each supported strategy i of p trains against
   * the opponent's Nash mixture restricted to the strategies j it beats or ties, u_p(i, j) ≥ u_q(i,
   * j), renormalised.
   */
  public static List<RectifiedTarget> of(EmpiricalGame g, double[][] equilibrium) {
    if (g.players() != 2 || equilibrium.length != 2) {
      throw new IllegalArgumentException(
          "rectified targets need a two-player game and equilibrium");
    }
    List<RectifiedTarget> targets = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      int q = 1 - p;
      double[] own = equilibrium[p];
      double[] opponent = equilibrium[q];
      if (own.length != g.size(p) || opponent.length != g.size(q)) {
        throw new IllegalArgumentException("the equilibrium's sizes do not match the game's");
      }
      for (int i = 0; i < own.length; i++) {
        if (own[i] <= SUPPORT_THRESHOLD) {
          continue;
        }
        double[] target = new double[opponent.length];
        double mass = 0;
        for (int j = 0; j < opponent.length; j++) {
          int flat = p == 0 ? i * g.size(1) + j : j * g.size(1) + i;
          if (opponent[j] > 0 && g.payoff(p, flat) >= g.payoff(q, flat)) {
            target[j] = opponent[j];
            mass += opponent[j];
          }
        }
        if (mass > 0) {
          for (int j = 0; j < target.length; j++) {
            target[j] /= mass;
          }
          targets.add(new RectifiedTarget(p, i, own[i], target));
        }
      }
    }
    return targets;
  }
}
