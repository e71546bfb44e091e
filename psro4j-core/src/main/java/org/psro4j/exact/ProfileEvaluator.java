package org.psro4j.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.psro4j.policy.Policy;

/**
 * Exact expected returns of many profiles built from fixed per-player populations, as PSRO's payoff
 * tables need. Each policy added is read once and kept as its own reach at every terminal (the
 * product of its own probabilities on the path); a profile's returns are then {@code sum over
 * terminals z of chance(z) * prod_p reach_p(z) * u(z)}, O(players x terminals) per profile with no
 * tree pass. Memory: one {@code double} per terminal per policy (44 KB per policy on Leduc).
 *
 * <p>Adding is not thread-safe; once policies are added, {@link #returns} may run concurrently.
 */
public final class ProfileEvaluator {

  private final GameTree tree;
  private final double[][] chanceWeightedReturns;
  private final List<List<double[]>> reaches = new ArrayList<>();

  /** An evaluator with empty populations on {@code tree}. */
  public ProfileEvaluator(GameTree tree) {
    this.tree = Objects.requireNonNull(tree, "tree");
    int n = tree.numPlayers();
    int terminals = tree.numTerminals();
    double[] edges = tree.edgeProbabilities(new double[tree.numSlots()]);
    Arrays.fill(edges, 0, tree.numSlots(), 1.0);
    double[] chanceReach = new double[tree.numNodes()];
    tree.forwardReach(edges, chanceReach);
    chanceWeightedReturns = new double[n][terminals];
    for (int t = 0; t < terminals; t++) {
      double chance = chanceReach[tree.terminalNode(t)];
      for (int p = 0; p < n; p++) {
        chanceWeightedReturns[p][t] = chance * tree.terminalReturn(p, t);
      }
    }
    for (int p = 0; p < n; p++) {
      reaches.add(new ArrayList<>());
    }
  }

  /** The tree it evaluates on. */
  public GameTree tree() {
    return tree;
  }

  /** Adds {@code policy} to {@code player}'s population; returns its index there. */
  public int add(int player, Policy policy) {
    tree.checkPlayer(player);
    double[] strategy = new double[tree.numSlots()];
    TreeStrategies.fill(tree, player, policy, strategy);
    return addStrategy(player, strategy);
  }

  /**
   * Adds a strategy vector (only {@code player}'s slots are read) to {@code player}'s population;
   * returns its index there.
   */
  public int addStrategy(int player, double[] strategy) {
    List<double[]> population = reaches.get(player);
    population.add(terminalReach(player, strategy));
    return population.size() - 1;
  }

  /**
   * {@code player}'s own reach at every terminal under {@code strategy} (only its slots are read):
   * what this evaluator keeps per policy, for callers that cache it themselves.
   */
  public double[] terminalReach(int player, double[] strategy) {
    tree.checkPlayer(player);
    TreeStrategies.checkStrategy(tree, strategy);
    int slotStart = tree.slotOffset(tree.firstInfoState(player));
    int slotEnd = tree.slotOffset(tree.firstInfoState(player + 1));
    double[] edges = new double[tree.numEdges()];
    Arrays.fill(edges, 1.0);
    System.arraycopy(strategy, slotStart, edges, slotStart, slotEnd - slotStart);
    double[] reach = new double[tree.numNodes()];
    tree.forwardReach(edges, reach);
    double[] atTerminals = new double[tree.numTerminals()];
    for (int t = 0; t < atTerminals.length; t++) {
      atTerminals[t] = reach[tree.terminalNode(t)];
    }
    return atTerminals;
  }

  /** The reach vector of {@code player}'s policy {@code index} at every terminal (not a copy). */
  double[] reach(int player, int index) {
    return reaches.get(player).get(index);
  }

  /** Chance reach times {@code player}'s return at every terminal (not a copy). */
  double[] chanceWeightedReturns(int player) {
    return chanceWeightedReturns[player];
  }

  /** Number of policies of {@code player}. */
  public int size(int player) {
    tree.checkPlayer(player);
    return reaches.get(player).size();
  }

  /** Each player's expected return when player p plays its policy {@code indices[p]}. */
  public double[] returns(int... indices) {
    int n = tree.numPlayers();
    if (indices.length != n) {
      throw new IllegalArgumentException(
          "a profile has one policy index per player (" + n + "), not " + indices.length);
    }
    double[][] members = new double[n][];
    for (int p = 0; p < n; p++) {
      List<double[]> population = reaches.get(p);
      if (indices[p] < 0 || indices[p] >= population.size()) {
        throw new IllegalArgumentException(
            "player "
                + p
                + " has no policy "
                + indices[p]
                + " (population size "
                + population.size()
                + ")");
      }
      members[p] = population.get(indices[p]);
    }
    return returnsOf(members);
  }

  /**
   * Each player's expected return when every player p plays the policy whose {@link #terminalReach}
   * is {@code members[p]}.
   */
  public double[] returnsOf(double[][] members) {
    int n = tree.numPlayers();
    if (members.length != n) {
      throw new IllegalArgumentException(
          "a profile has one reach vector per player (" + n + "), not " + members.length);
    }
    double[] returns = new double[n];
    int terminals = tree.numTerminals();
    if (n == 2) {
      // The common case, without branches in the loop.
      double[] a = members[0];
      double[] b = members[1];
      double[] u0 = chanceWeightedReturns[0];
      double[] u1 = chanceWeightedReturns[1];
      double r0 = 0;
      double r1 = 0;
      for (int t = 0; t < terminals; t++) {
        double reach = a[t] * b[t];
        r0 += reach * u0[t];
        r1 += reach * u1[t];
      }
      returns[0] = r0;
      returns[1] = r1;
      return returns;
    }
    for (int t = 0; t < terminals; t++) {
      double reach = members[0][t];
      for (int p = 1; p < n && reach != 0; p++) {
        reach *= members[p][t];
      }
      if (reach != 0) {
        for (int p = 0; p < n; p++) {
          returns[p] += reach * chanceWeightedReturns[p][t];
        }
      }
    }
    return returns;
  }
}
