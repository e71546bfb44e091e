package org.psro4j.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psro4j.exact.Exploitability;
import org.psro4j.exact.GameTree;
import org.psro4j.exact.TreeStrategies;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyAggregator;
import org.psro4j.psro.IterationResult;
import org.psro4j.psro.PopulationDriver;

/**
 * The rows of a Pipeline PSRO run (McAleer et al., NeurIPS 2020), one per promotion, whichever
 * engine runs it (threads or a cluster): each player's population as its fixed policies (what the
 * meta-game holds; levels still training are counted apart in {@value #ACTIVE_LEVELS}), the fixed
 * table's meta-strategy as marginals over the state's slots (zero on active levels), the exact
 * NashConv of that meta-strategy over the fixed policies when the game can be walked, and the
 * promotions, steps, episodes and table updates since the previous row; for a meta-solver with a
 * fallback, the solves since the previous row that the fallback answered ({@value
 * PopulationDriver#SOLVER_FALLBACKS}, as the population drivers write it). Building a row costs one
 * exact best response per player on walkable games.
 */
public final class PromotionResults {

  /**
   * The extra column counting the levels, over all players, that hold a policy but are not fixed
   * yet (training, or submitted and waiting for their entries).
   */
  public static final String ACTIVE_LEVELS = "active_levels";

  /** The policy a fixed level holds. */
  @FunctionalInterface
  public interface FixedPolicies {
    /** The policy of {@code player} at {@code level}. */
    Policy at(int player, int level);
  }

  private final GameTree tree;

  /**
   * Fixed levels' strategy vectors by player and level, each read once: a fixed level never changes
   * its policy, and every row aggregates all of them (a Leduc run's rows read ~85 DQN policies per
   * player each, once per promotion).
   */
  private final Map<Long, double[]> fixedVectors = new HashMap<>();

  private long lastPromotions;
  private long lastSteps;
  private long lastEpisodes;
  private long lastUpdates;
  private double lastEvalSeconds;
  private int lastFallbacks;

  /** Rows with the exact NashConv on {@code tree}, or NaN when {@code tree} is null. */
  public PromotionResults(GameTree tree) {
    this.tree = tree;
  }

  /**
   * The strategy vector of {@code player}'s fixed {@code level}, read once from {@code policies}.
   */
  private double[] vector(FixedPolicies policies, int player, int level) {
    return fixedVectors.computeIfAbsent(
        ((long) player << 32) | level,
        key -> {
          double[] v = new double[tree.numSlots()];
          TreeStrategies.fill(tree, player, policies.at(player, level), v);
          return v;
        });
  }

  /** Counts the next row from {@code m}'s totals (a resumed run); evaluation time from zero. */
  public void startFrom(PipelineManager m) {
    synchronized (m) {
      lastPromotions = m.promotions();
      lastSteps = m.totalSteps();
      lastEpisodes = m.totalEpisodes();
      lastUpdates = m.tableUpdates();
    }
    lastFallbacks = m.solver.fallbackCount().orElse(0);
    lastEvalSeconds = 0;
  }

  /** The promotions counted up to the last row. */
  public long promotions() {
    return lastPromotions;
  }

  /**
   * The row of {@code iteration}: {@code m} is read under its lock, {@code policies} gives the
   * fixed policies, {@code evalSeconds} is the evaluation time spent so far.
   */
  public IterationResult next(
      PipelineManager m,
      FixedPolicies policies,
      int iteration,
      double wallSeconds,
      double seconds,
      double evalSeconds) {
    MetaStrategy meta;
    List<List<Integer>> fixed;
    long promotions;
    long steps;
    long episodes;
    long updates;
    int[] sizes;
    java.util.OptionalInt fallbacks;
    synchronized (m) {
      sizes = m.stateSizes();
      meta = m.fixedMetaStrategy();
      fixed = m.fixedLevels();
      promotions = m.promotions();
      steps = m.totalSteps();
      episodes = m.totalEpisodes();
      updates = m.tableUpdates();
      fallbacks = m.solver.fallbackCount(); // after the solve above
    }
    Map<String, Double> extras = new LinkedHashMap<>();
    if (fallbacks.isPresent()) {
      extras.put(
          PopulationDriver.SOLVER_FALLBACKS, (double) (fallbacks.getAsInt() - lastFallbacks));
      lastFallbacks = fallbacks.getAsInt();
    }
    int[] fixedCounts = new int[sizes.length];
    int active = 0;
    for (int p = 0; p < sizes.length; p++) {
      fixedCounts[p] = fixed.get(p).size();
      active += sizes[p] - fixedCounts[p];
    }
    extras.put(ACTIVE_LEVELS, (double) active);
    double[][] marginals = new double[sizes.length][];
    List<double[]> weights = new ArrayList<>();
    for (int p = 0; p < sizes.length; p++) {
      // Marginals over the state's slots: the fixed table's meta-strategy, zero on active levels.
      marginals[p] = new double[sizes[p]];
      double[] fixedWeights = meta == null ? new double[fixed.get(p).size()] : meta.marginal(p);
      for (int k = 0; k < fixed.get(p).size(); k++) {
        marginals[p][fixed.get(p).get(k)] = fixedWeights[k];
      }
      weights.add(fixedWeights);
    }
    double nashConv = Double.NaN;
    if (tree != null && meta != null) {
      double[] strategy = new double[tree.numSlots()];
      for (int p = 0; p < sizes.length; p++) {
        int player = p;
        List<Integer> levels = fixed.get(p);
        PolicyAggregator.aggregate(
            tree,
            p,
            levels.size(),
            weights.get(p),
            k -> vector(policies, player, levels.get(k)),
            strategy);
      }
      nashConv = Exploitability.nashConv(tree, strategy).nashConv();
    }
    double[] brValues = new double[sizes.length];
    Arrays.fill(brValues, Double.NaN);
    IterationResult r =
        new IterationResult(
            iteration,
            wallSeconds,
            seconds,
            fixedCounts,
            marginals,
            meta == null ? Double.NaN : meta.gap(),
            nashConv,
            "nash_conv",
            brValues,
            (int) (promotions - lastPromotions),
            steps - lastSteps,
            episodes - lastEpisodes,
            Double.NaN,
            0,
            evalSeconds - lastEvalSeconds,
            (int) (updates - lastUpdates),
            0,
            Double.NaN,
            Double.NaN,
            extras);
    lastPromotions = promotions;
    lastSteps = steps;
    lastEpisodes = episodes;
    lastUpdates = updates;
    lastEvalSeconds = evalSeconds;
    return r;
  }
}
