package org.psro4j.cli.measures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.psro4j.exact.ExpectedReturns;
import org.psro4j.exact.GameTree;
import org.psro4j.exact.TreeStrategies;
import org.psro4j.game.Game;
import org.psro4j.play.Episodes;
import org.psro4j.policy.Policy;
import org.psro4j.random.Seeds;
import org.psro4j.state.PolicyRef;
import org.psro4j.state.PolicySlot;
import org.psro4j.state.PopulationView;

/**
 * The mean payoff of a player's meta-strategy against a {@link Baseline} on the other seats, with
 * its standard error. The payoff is linear in the player's own mixture, so each population member
 * is evaluated once against each baseline (kept by policy reference and version) and the
 * meta-strategy's value is the weighted sum: exact by a tree walk where the game can be walked
 * (standard error 0), else sampled with a seed derived from the run's root seed and the member's
 * reference, so a resumed run measures the same numbers. The sampled standard error is that of the
 * stratified estimate, √(Σ_k σ_k² s_k² / m) over members k with m episodes each.
 */
final class BaselinePayoffs {

  private final Game game;
  private final List<Baseline> baselines;
  private final GameTree tree;
  private final double[][] baselineStrategies;
  private final int episodes;
  private final long seed;
  private final Map<String, double[]> memberValues = new HashMap<>();

  /**
   * Payoffs against {@code baselines}: exact when {@code exact} (the game's tree can be walked),
   * else from {@code episodes} episodes per member under the root {@code seed}.
   */
  BaselinePayoffs(Game game, List<Baseline> baselines, boolean exact, int episodes, long seed) {
    this.game = game;
    this.baselines = baselines;
    this.tree = exact ? GameTree.of(game) : null;
    this.episodes = episodes;
    this.seed = seed;
    baselineStrategies = new double[baselines.size()][];
    if (exact) {
      for (int b = 0; b < baselines.size(); b++) {
        baselineStrategies[b] =
            TreeStrategies.of(tree, baselines.get(b).seats().toArray(Policy[]::new));
      }
    }
  }

  /** Whether the values are exact (standard error 0). */
  boolean exact() {
    return tree != null;
  }

  /**
   * Player {@code player}'s mean payoff playing {@code marginal} over its population against
   * baseline {@code b}, and the standard error: {@code {mean, se}}.
   */
  double[] of(int b, int player, double[] marginal, PopulationView population) {
    double mean = 0;
    double variance = 0;
    List<PolicySlot> slots = population.slots(player);
    for (int k = 0; k < marginal.length; k++) {
      if (marginal[k] <= 0) {
        continue;
      }
      double[] v = member(b, slots.get(k));
      mean += marginal[k] * v[0];
      variance += marginal[k] * marginal[k] * v[1];
    }
    return new double[] {mean, Math.sqrt(variance)};
  }

  /** A member's mean payoff against baseline {@code b} and the variance of that mean. */
  private double[] member(int b, PolicySlot slot) {
    PolicyRef ref = slot.ref();
    String key = b + "/" + ref.player() + "/" + ref.slot() + "/" + ref.version();
    double[] known = memberValues.get(key);
    if (known == null) {
      known = tree != null ? exactValue(b, ref.player(), slot.policy()) : sampled(b, ref, slot);
      memberValues.put(key, known);
    }
    return known;
  }

  private double[] exactValue(int b, int player, Policy policy) {
    double[] strategy = baselineStrategies[b].clone();
    TreeStrategies.fill(tree, player, policy, strategy);
    return new double[] {ExpectedReturns.of(tree, strategy)[player], 0};
  }

  private double[] sampled(int b, PolicyRef ref, PolicySlot slot) {
    Policy[] profile = baselines.get(b).seats().toArray(Policy[]::new);
    profile[ref.player()] = slot.policy();
    SplittableRandom random =
        Seeds.random(seed, "baseline", b, ref.player(), ref.slot(), ref.version());
    double mean = 0;
    double m2 = 0;
    for (int e = 1; e <= episodes; e++) {
      double r = Episodes.play(game, profile, random)[ref.player()];
      double d = r - mean;
      mean += d / e;
      m2 += d * (r - mean);
    }
    return new double[] {mean, m2 / (episodes - 1) / episodes};
  }
}
