package org.psro4j.cfr;

import java.util.Arrays;
import java.util.Objects;
import org.psro4j.exact.Exploitability;
import org.psro4j.exact.GameTree;
import org.psro4j.exact.NashConvResult;
import org.psro4j.exact.TreeStrategies;
import org.psro4j.game.Game;
import org.psro4j.policy.TabularPolicy;

/**
 * Counterfactual regret minimisation for n-player games with chance (Zinkevich, Johanson, Bowling
 * and Piccione 2007, "Regret Minimization in Games with Incomplete Information"), with the CFR+
 * refinements of Tammelin et al. 2015 and linear averaging chosen by {@link CfrOptions}.
 *
 * <p>Each iteration does, per player, one forward pass over the {@link GameTree} for counterfactual
 * reach and one backward pass for counterfactual action values, so it costs O(players x nodes) with
 * no string work. The solver keeps its state and can run more iterations at any time. Not
 * thread-safe.
 */
public final class Cfr {

  private final GameTree tree;
  private final CfrOptions options;
  private final double[] current;
  private final double[] regrets;
  private final double[] cumulative;
  private final double[] counterfactualValues;
  private final double[] edges;
  private final double[] weights;
  private final double[] edgeValues;
  private final double[] reach;
  private final double[] nodeValues;
  private final double[] ownReach;
  private int iterations;

  /** A solver for {@code game}, starting from the uniform policy. */
  public Cfr(Game game, CfrOptions options) {
    this(GameTree.of(game), options);
  }

  /** A solver on an already built tree, starting from the uniform policy. */
  public Cfr(GameTree tree, CfrOptions options) {
    this.tree = Objects.requireNonNull(tree, "tree");
    this.options = Objects.requireNonNull(options, "options");
    current = TreeStrategies.uniform(tree);
    regrets = new double[tree.numSlots()];
    cumulative = new double[tree.numSlots()];
    counterfactualValues = new double[tree.numSlots()];
    edges = tree.edgeProbabilities(current);
    weights = new double[tree.numEdges()];
    edgeValues = new double[tree.numEdges()];
    reach = new double[tree.numNodes()];
    nodeValues = new double[tree.numNodes()];
    ownReach = new double[tree.numInfoStates()];
  }

  /** Runs {@code iterations} iterations of the {@code options} variant on {@code game}. */
  public static CfrResult solve(Game game, CfrOptions options, int iterations) {
    return solve(game, options, iterations, null);
  }

  /** As {@link #solve(Game, CfrOptions, int)}, telling {@code listener} after each iteration. */
  public static CfrResult solve(
      Game game, CfrOptions options, int iterations, CfrListener listener) {
    Cfr cfr = new Cfr(game, options);
    cfr.run(iterations, listener);
    return cfr.result();
  }

  /** Runs {@code count} more iterations. */
  public void run(int count) {
    run(count, null);
  }

  /** Runs {@code count} more iterations, telling {@code listener} (may be null) after each. */
  public void run(int count, CfrListener listener) {
    if (count <= 0) {
      throw new IllegalArgumentException("iterations " + count + " must be positive");
    }
    for (int done = 1; done <= count; done++) {
      iterate();
      if (listener != null) {
        listener.afterIteration(this, done, count);
      }
    }
  }

  /** Runs one iteration. */
  public void iterate() {
    int t = ++iterations;
    double averageWeight = options.averageWeight(t);
    int n = tree.numPlayers();
    if (options.alternatingUpdates()) {
      for (int p = 0; p < n; p++) {
        computeCounterfactualValues(p);
        accumulateAverage(p, averageWeight);
        updateRegretsAndStrategy(p);
      }
    } else {
      for (int p = 0; p < n; p++) {
        computeCounterfactualValues(p);
      }
      for (int p = 0; p < n; p++) {
        accumulateAverage(p, averageWeight);
      }
      for (int p = 0; p < n; p++) {
        updateRegretsAndStrategy(p);
      }
    }
  }

  /** Player {@code p}'s counterfactual action values under the current strategy, into place. */
  private void computeCounterfactualValues(int p) {
    int slotStart = tree.slotOffset(tree.firstInfoState(p));
    int slotEnd = tree.slotOffset(tree.firstInfoState(p + 1));
    System.arraycopy(current, 0, edges, 0, current.length);
    Arrays.fill(edges, slotStart, slotEnd, 1.0);
    tree.forwardReach(edges, reach);
    tree.terminalValues(p, reach, nodeValues);
    // Values weighted by counterfactual reach: only p's own probabilities remain to apply upward.
    Arrays.fill(weights, 1.0);
    System.arraycopy(current, slotStart, weights, slotStart, slotEnd - slotStart);
    Arrays.fill(edgeValues, 0.0);
    tree.backwardAccumulate(nodeValues, weights, edgeValues);
    System.arraycopy(edgeValues, slotStart, counterfactualValues, slotStart, slotEnd - slotStart);
  }

  private void accumulateAverage(int p, double weight) {
    if (weight == 0) {
      return;
    }
    int end = tree.firstInfoState(p + 1);
    for (int i = tree.firstInfoState(p); i < end; i++) {
      int parentSlot = tree.parentSlot(i);
      double r = parentSlot < 0 ? 1.0 : ownReach[tree.parentInfoState(i)] * current[parentSlot];
      ownReach[i] = r;
      double w = weight * r;
      int offset = tree.slotOffset(i);
      for (int s = offset; s < offset + tree.numActions(i); s++) {
        cumulative[s] += w * current[s];
      }
    }
  }

  private void updateRegretsAndStrategy(int p) {
    boolean plus = options.regretMatchingPlus();
    int end = tree.firstInfoState(p + 1);
    for (int i = tree.firstInfoState(p); i < end; i++) {
      int offset = tree.slotOffset(i);
      int last = offset + tree.numActions(i);
      double stateValue = 0;
      for (int s = offset; s < last; s++) {
        stateValue += current[s] * counterfactualValues[s];
      }
      double positive = 0;
      for (int s = offset; s < last; s++) {
        double r = regrets[s] + counterfactualValues[s] - stateValue;
        if (plus && r < 0) {
          r = 0;
        }
        regrets[s] = r;
        positive += Math.max(r, 0);
      }
      for (int s = offset; s < last; s++) {
        current[s] = positive > 0 ? Math.max(regrets[s], 0) / positive : 1.0 / (last - offset);
      }
    }
  }

  /** Iterations run so far. */
  public int iterations() {
    return iterations;
  }

  /** The variant this solver runs. */
  public CfrOptions options() {
    return options;
  }

  /** The tree it runs on. */
  public GameTree tree() {
    return tree;
  }

  /** The current (last iterate's) strategy vector (a copy). */
  public double[] currentStrategy() {
    return current.clone();
  }

  /**
   * The average strategy vector: the weighted average of the iterates, each information state
   * weighted by the player's own reach; uniform where nothing has been accumulated yet.
   */
  public double[] averageStrategy() {
    double[] average = new double[tree.numSlots()];
    for (int i = 0; i < tree.numInfoStates(); i++) {
      int offset = tree.slotOffset(i);
      int k = tree.numActions(i);
      double total = 0;
      for (int s = offset; s < offset + k; s++) {
        total += cumulative[s];
      }
      for (int s = offset; s < offset + k; s++) {
        average[s] = total > 0 ? cumulative[s] / total : 1.0 / k;
      }
    }
    return average;
  }

  /** The average policy as a table over every information state. */
  public TabularPolicy averagePolicy() {
    return TreeStrategies.toTabularPolicy(tree, averageStrategy());
  }

  /** The current policy as a table over every information state. */
  public TabularPolicy currentPolicy() {
    return TreeStrategies.toTabularPolicy(tree, current);
  }

  /** Exact NashConv of the average policy. */
  public NashConvResult nashConv() {
    return Exploitability.nashConv(tree, averageStrategy());
  }

  /** The average policy and its NashConv now. */
  public CfrResult result() {
    double[] average = averageStrategy();
    return new CfrResult(
        options,
        iterations,
        TreeStrategies.toTabularPolicy(tree, average),
        Exploitability.nashConv(tree, average));
  }
}
