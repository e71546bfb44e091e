package org.psro4j.metagame;

import java.util.Objects;

/**
 * Equilibrium gaps of a distribution on an empirical game, computed directly from the payoff tensor
 * (no solver involved) so that drivers and tests can check what a solver reports.
 *
 * <p>Each gap is a sum over players of that player's best deviation gain, the convention of
 * NashConv (Lanctot et al. 2017); see {@link GapKind}. Costs: NashConv O(n·N), CCE gap O(N·Σ_p
 * k_p), CE gap O(N·max_p k_p) for N joint profiles.
 */
public final class MetaGameGaps {

  private MetaGameGaps() {}

  /** The product distribution of the marginals over the joint profiles, in flat order. */
  public static double[] productDistribution(EmpiricalGame game, double[][] marginals) {
    checkMarginals(game, marginals);
    double[] joint = new double[game.jointSize()];
    int[] profile = new int[game.players()];
    for (int flat = 0; flat < joint.length; flat++) {
      double w = 1;
      for (int p = 0; p < profile.length; p++) {
        w *= marginals[p][profile[p]];
      }
      joint[flat] = w;
      advance(game, profile);
    }
    return joint;
  }

  /** Each player's payoff when every player draws a strategy from its marginal independently. */
  public static double[] expectedPayoffs(EmpiricalGame game, double[][] marginals) {
    return expectedPayoffs(game, productDistribution(game, marginals));
  }

  /** Each player's expected payoff under a joint distribution over profiles. */
  public static double[] expectedPayoffs(EmpiricalGame game, double[] joint) {
    checkJoint(game, joint);
    double[] value = new double[game.players()];
    for (int flat = 0; flat < joint.length; flat++) {
      if (joint[flat] != 0) {
        for (int p = 0; p < value.length; p++) {
          value[p] += joint[flat] * game.payoff(p, flat);
        }
      }
    }
    return value;
  }

  /** u_p(s, σ_−p) for each strategy s of {@code player} against the others' marginals. */
  public static double[] strategyPayoffs(EmpiricalGame game, int player, double[][] marginals) {
    checkMarginals(game, marginals);
    double[] result = new double[game.size(player)];
    int[] profile = new int[game.players()];
    for (int flat = 0; flat < game.jointSize(); flat++) {
      double w = 1;
      for (int q = 0; q < profile.length; q++) {
        if (q != player) {
          w *= marginals[q][profile[q]];
        }
      }
      if (w != 0) {
        result[profile[player]] += w * game.payoff(player, flat);
      }
      advance(game, profile);
    }
    return result;
  }

  /** Per player, max_s u_p(s, σ_−p) − u_p(σ) (never negative up to rounding). */
  public static double[] nashConvGains(EmpiricalGame game, double[][] marginals) {
    double[] gains = new double[game.players()];
    for (int p = 0; p < gains.length; p++) {
      double[] u = strategyPayoffs(game, p, marginals);
      double value = 0;
      double best = Double.NEGATIVE_INFINITY;
      for (int s = 0; s < u.length; s++) {
        value += marginals[p][s] * u[s];
        best = Math.max(best, u[s]);
      }
      gains[p] = Math.max(0, best - value);
    }
    return gains;
  }

  /** NashConv of the product of the marginals: the sum of {@link #nashConvGains}. */
  public static double nashConv(EmpiricalGame game, double[][] marginals) {
    return sum(nashConvGains(game, marginals));
  }

  /** Per player, max(0, max_s' E_σ[u_p(s', a_−p)] − E_σ[u_p(a)]). */
  public static double[] cceGains(EmpiricalGame game, double[] joint) {
    checkJoint(game, joint);
    double[] gains = new double[game.players()];
    for (int p = 0; p < gains.length; p++) {
      int k = game.size(p);
      int stride = game.stride(p);
      double[] deviation = new double[k];
      double value = 0;
      for (int flat = 0; flat < joint.length; flat++) {
        double w = joint[flat];
        if (w == 0) {
          continue;
        }
        value += w * game.payoff(p, flat);
        int base = flat - game.strategyAt(flat, p) * stride;
        for (int s = 0; s < k; s++) {
          deviation[s] += w * game.payoff(p, base + s * stride);
        }
      }
      double best = Double.NEGATIVE_INFINITY;
      for (double d : deviation) {
        best = Math.max(best, d);
      }
      gains[p] = Math.max(0, best - value);
    }
    return gains;
  }

  /** The CCE gap: the sum of {@link #cceGains}. */
  public static double cceGap(EmpiricalGame game, double[] joint) {
    return sum(cceGains(game, joint));
  }

  /**
   * Per player, the gain of the best swap deviation: Σ_s max(0, max_s' Σ_{a_−p} σ(s, a_−p)·(u_p(s',
   * a_−p) − u_p(s, a_−p))).
   */
  public static double[] ceGains(EmpiricalGame game, double[] joint) {
    checkJoint(game, joint);
    double[] gains = new double[game.players()];
    for (int p = 0; p < gains.length; p++) {
      int k = game.size(p);
      int stride = game.stride(p);
      double[][] regret = new double[k][k];
      for (int flat = 0; flat < joint.length; flat++) {
        double w = joint[flat];
        if (w == 0) {
          continue;
        }
        int s = game.strategyAt(flat, p);
        int base = flat - s * stride;
        double own = game.payoff(p, flat);
        for (int t = 0; t < k; t++) {
          regret[s][t] += w * (game.payoff(p, base + t * stride) - own);
        }
      }
      for (int s = 0; s < k; s++) {
        double best = 0;
        for (int t = 0; t < k; t++) {
          best = Math.max(best, regret[s][t]);
        }
        gains[p] += best;
      }
    }
    return gains;
  }

  /** The CE gap: the sum of {@link #ceGains}. */
  public static double ceGap(EmpiricalGame game, double[] joint) {
    return sum(ceGains(game, joint));
  }

  /** Each player's marginal of a joint distribution. */
  public static double[][] marginalsOf(EmpiricalGame game, double[] joint) {
    checkJoint(game, joint);
    double[][] marginals = new double[game.players()][];
    for (int p = 0; p < marginals.length; p++) {
      marginals[p] = new double[game.size(p)];
    }
    for (int flat = 0; flat < joint.length; flat++) {
      for (int p = 0; p < marginals.length; p++) {
        marginals[p][game.strategyAt(flat, p)] += joint[flat];
      }
    }
    return marginals;
  }

  private static void advance(EmpiricalGame game, int[] profile) {
    for (int p = profile.length - 1; p >= 0; p--) {
      if (++profile[p] < game.size(p)) {
        return;
      }
      profile[p] = 0;
    }
  }

  private static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }

  private static void checkMarginals(EmpiricalGame game, double[][] marginals) {
    Objects.requireNonNull(marginals, "marginals");
    if (marginals.length != game.players()) {
      throw new IllegalArgumentException(
          marginals.length + " marginals for a " + game.players() + "-player game");
    }
    for (int p = 0; p < marginals.length; p++) {
      if (marginals[p].length != game.size(p)) {
        throw new IllegalArgumentException(
            "marginal "
                + p
                + " has "
                + marginals[p].length
                + " entries, player "
                + p
                + " has "
                + game.size(p)
                + " strategies");
      }
    }
  }

  private static void checkJoint(EmpiricalGame game, double[] joint) {
    Objects.requireNonNull(joint, "joint");
    if (joint.length != game.jointSize()) {
      throw new IllegalArgumentException(
          "joint distribution has " + joint.length + " entries, the game " + game.jointSize());
    }
  }
}
