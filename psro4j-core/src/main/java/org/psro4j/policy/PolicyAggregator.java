package org.psro4j.policy;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.psro4j.exact.GameTree;
import org.psro4j.exact.TreeStrategies;
import org.psro4j.game.Game;

/**
 * Turns a mixture over a population of policies into the one behaviour policy that plays it (Kuhn's
 * theorem; realization weights as in Heinrich et al. 2015 and OpenSpiel's {@code
 * policy_aggregator.py}). At an information state s of player p,
 *
 * <pre>
 *   pi(a | s) = sum_k w_k * reach_k(s) * pi_k(a | s) / sum_k w_k * reach_k(s)
 * </pre>
 *
 * where reach_k(s) is the product of policy k's own probabilities on p's path to s. Where every
 * reach is 0 the weight average {@code sum_k w_k pi_k(a | s)} is used. The result earns the same
 * expected returns as the mixture against any co-players, so NashConv of a meta-strategy is exact.
 *
 * <p>Cost per player: each policy with positive weight is read once per information state, plus
 * O(information states) arithmetic per policy; zero-weight policies are skipped.
 */
public final class PolicyAggregator {

  private PolicyAggregator() {}

  /**
   * The behaviour policy playing, for each player p, policy k of {@code populations.get(p)} with
   * probability {@code weights.get(p)[k]} (weights are normalised; they must be non-negative with a
   * positive sum). Covers every information state of every player.
   */
  public static TabularPolicy aggregate(
      Game game, List<? extends List<? extends Policy>> populations, List<double[]> weights) {
    GameTree tree = GameTree.of(game);
    return TreeStrategies.toTabularPolicy(tree, aggregate(tree, populations, weights));
  }

  /** As {@link #aggregate(Game, List, List)}, as a strategy vector on {@code tree}. */
  public static double[] aggregate(
      GameTree tree, List<? extends List<? extends Policy>> populations, List<double[]> weights) {
    return aggregate(tree, populations, weights, null);
  }

  /**
   * As {@link #aggregate(GameTree, List, List)}, reading each policy's strategy vector from {@code
   * vectors} (e.g. a run's cache that reads every policy once): {@code vectors.apply(p, policy)}
   * holds {@code policy}'s probabilities in player p's slots, as {@link TreeStrategies#fill} writes
   * them, and is only read. Null reads the policies afresh. The result is bit for bit the same.
   */
  public static double[] aggregate(
      GameTree tree,
      List<? extends List<? extends Policy>> populations,
      List<double[]> weights,
      BiFunction<Integer, Policy, double[]> vectors) {
    Objects.requireNonNull(populations, "populations");
    Objects.requireNonNull(weights, "weights");
    int n = tree.numPlayers();
    if (populations.size() != n || weights.size() != n) {
      throw new IllegalArgumentException(
          "need one population and one weight vector per player ("
              + n
              + "), got "
              + populations.size()
              + " populations and "
              + weights.size()
              + " weight vectors");
    }
    double[] result = new double[tree.numSlots()];
    for (int p = 0; p < n; p++) {
      List<? extends Policy> population = populations.get(p);
      if (vectors == null) {
        aggregate(tree, p, population, weights.get(p), result);
      } else {
        int player = p;
        aggregate(
            tree,
            p,
            population.size(),
            weights.get(p),
            k -> vectors.apply(player, population.get(k)),
            result);
      }
    }
    return result;
  }

  /**
   * Writes the behaviour strategy of one player's mixture into {@code player}'s slots of {@code
   * strategy}, leaving the other slots alone; e.g. to best-respond to one co-player's mixture.
   */
  public static void aggregate(
      GameTree tree,
      int player,
      List<? extends Policy> population,
      double[] weights,
      double[] strategy) {
    Objects.requireNonNull(population, "population of player " + player);
    double[] member = new double[tree.numSlots()];
    aggregate(
        tree,
        player,
        population.size(),
        weights,
        k -> {
          TreeStrategies.fill(tree, player, population.get(k), member);
          return member;
        },
        strategy);
  }

  /**
   * As {@link #aggregate(GameTree, int, List, double[], double[])} for a population of {@code size}
   * policies whose strategy vectors {@code members} gives, e.g. from a cache that reads each policy
   * once for a whole run: {@code members.apply(k)} holds member k's probabilities in {@code
   * player}'s slots (as {@link TreeStrategies#fill} writes them) and is only read, before the next
   * call. The result is bit for bit that of reading the policies afresh.
   */
  public static void aggregate(
      GameTree tree,
      int player,
      int size,
      double[] weights,
      IntFunction<double[]> members,
      double[] strategy) {
    Objects.requireNonNull(strategy, "strategy");
    if (player < 0 || player >= tree.numPlayers()) {
      throw new IllegalArgumentException(
          "player " + player + " is not in 0.." + (tree.numPlayers() - 1));
    }
    if (strategy.length != tree.numSlots()) {
      throw new IllegalArgumentException(
          "strategy has length " + strategy.length + ", expected " + tree.numSlots());
    }
    double[] w = normalised(player, size, weights);
    int first = tree.firstInfoState(player);
    int end = tree.firstInfoState(player + 1);
    int slotStart = tree.slotOffset(first);
    int slotEnd = tree.slotOffset(end);
    int numInfo = end - first;
    double[] numerator = new double[slotEnd - slotStart];
    double[] plain = new double[slotEnd - slotStart];
    double[] denominator = new double[numInfo];
    double[] reach = new double[numInfo];
    for (int k = 0; k < w.length; k++) {
      if (w[k] == 0) {
        continue;
      }
      double[] member = members.apply(k);
      for (int i = first; i < end; i++) {
        int parentSlot = tree.parentSlot(i);
        double r =
            parentSlot < 0 ? 1.0 : reach[tree.parentInfoState(i) - first] * member[parentSlot];
        reach[i - first] = r;
        double weighted = w[k] * r;
        denominator[i - first] += weighted;
        int offset = tree.slotOffset(i);
        for (int s = offset; s < offset + tree.numActions(i); s++) {
          numerator[s - slotStart] += weighted * member[s];
          plain[s - slotStart] += w[k] * member[s];
        }
      }
    }
    for (int i = first; i < end; i++) {
      double d = denominator[i - first];
      int offset = tree.slotOffset(i);
      for (int s = offset; s < offset + tree.numActions(i); s++) {
        strategy[s] = d > 0 ? numerator[s - slotStart] / d : plain[s - slotStart];
      }
    }
  }

  private static double[] normalised(int player, int size, double[] weights) {
    double[] w = Objects.requireNonNull(weights, "weights of player " + player);
    if (w.length != size) {
      throw new IllegalArgumentException(
          "player " + player + " has " + size + " policies but " + w.length + " weights");
    }
    double sum = 0;
    for (int k = 0; k < w.length; k++) {
      if (!(w[k] >= 0) || Double.isInfinite(w[k])) {
        throw new IllegalArgumentException(
            "weight " + w[k] + " of policy " + k + " of player " + player + " is not >= 0");
      }
      sum += w[k];
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("weights of player " + player + " sum to " + sum);
    }
    double[] out = new double[w.length];
    for (int k = 0; k < w.length; k++) {
      out[k] = w[k] / sum;
    }
    return out;
  }
}
