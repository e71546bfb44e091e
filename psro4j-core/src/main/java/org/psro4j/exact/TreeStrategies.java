package org.psro4j.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.psro4j.game.Game;
import org.psro4j.game.State;
import org.psro4j.policy.BatchPolicy;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;

/**
 * Strategy vectors on a {@link GameTree}: conversions between {@link Policy} objects and the flat
 * {@code double[tree.numSlots()]} arrays the exact algorithms work on. Any policy is asked once per
 * information state (a {@link TabularPolicy} is read directly, without building states).
 *
 * <p>A <i>profile</i> is one policy for all players or one per player.
 */
public final class TreeStrategies {

  private TreeStrategies() {}

  /** Every information state plays uniformly. */
  public static double[] uniform(GameTree tree) {
    double[] strategy = new double[tree.numSlots()];
    for (int i = 0; i < tree.numInfoStates(); i++) {
      int k = tree.numActions(i);
      Arrays.fill(strategy, tree.slotOffset(i), tree.slotOffset(i) + k, 1.0 / k);
    }
    return strategy;
  }

  /** Every information state plays its first (lowest) legal action. */
  public static double[] firstAction(GameTree tree) {
    double[] strategy = new double[tree.numSlots()];
    for (int i = 0; i < tree.numInfoStates(); i++) {
      strategy[tree.slotOffset(i)] = 1.0;
    }
    return strategy;
  }

  /** The strategy vector of {@code profile}: one policy for all players, or one per player. */
  public static double[] of(GameTree tree, Policy... profile) {
    checkProfile(tree, profile);
    double[] strategy = new double[tree.numSlots()];
    for (int p = 0; p < tree.numPlayers(); p++) {
      fill(tree, p, profile.length == 1 ? profile[0] : profile[p], strategy);
    }
    return strategy;
  }

  /**
   * Writes {@code policy}'s probabilities at {@code player}'s information states into place; a
   * policy that is also a {@link BatchPolicy} is asked once about all of them.
   */
  public static void fill(GameTree tree, int player, Policy policy, double[] strategy) {
    Objects.requireNonNull(policy, "policy");
    if (policy instanceof BatchPolicy batch) {
      // Neural policies answer all information states in one forward pass.
      fillBatch(tree, player, batch, strategy);
      return;
    }
    checkStrategy(tree, strategy);
    int end = tree.firstInfoState(player + 1);
    for (int i = tree.firstInfoState(player); i < end; i++) {
      if (policy instanceof TabularPolicy table) {
        table.copyProbabilities(
            tree.infoState(i), tree.legalActionsView(i), strategy, tree.slotOffset(i));
      } else {
        double[] probabilities = policy.actionProbabilities(tree.representativeState(i), player);
        put(tree, i, probabilities, strategy);
      }
    }
  }

  /** The strategy vector of a profile of batch policies: one for all players, or one per player. */
  public static double[] ofBatch(GameTree tree, BatchPolicy... profile) {
    Objects.requireNonNull(profile, "profile");
    if (profile.length != 1 && profile.length != tree.numPlayers()) {
      throw new IllegalArgumentException(profileMessage(tree, profile.length));
    }
    double[] strategy = new double[tree.numSlots()];
    for (int p = 0; p < tree.numPlayers(); p++) {
      fillBatch(tree, p, profile.length == 1 ? profile[0] : profile[p], strategy);
    }
    return strategy;
  }

  /** Asks {@code policy} once about all of {@code player}'s information states and writes them. */
  public static void fillBatch(GameTree tree, int player, BatchPolicy policy, double[] strategy) {
    Objects.requireNonNull(policy, "policy");
    checkStrategy(tree, strategy);
    int first = tree.firstInfoState(player);
    int end = tree.firstInfoState(player + 1);
    List<State> states = new ArrayList<>(end - first);
    for (int i = first; i < end; i++) {
      states.add(tree.representativeState(i));
    }
    double[][] answers = policy.actionProbabilities(states, player);
    if (answers == null || answers.length != states.size()) {
      throw new IllegalArgumentException(
          "batch policy answered "
              + (answers == null ? "null" : answers.length + " states")
              + " for "
              + states.size()
              + " states of player "
              + player);
    }
    for (int i = first; i < end; i++) {
      put(tree, i, answers[i - first], strategy);
    }
  }

  /**
   * The table of {@code profile} on every information state of {@code game}: one policy for all
   * players, or one per player. Each policy is asked once per information state.
   */
  public static TabularPolicy tabulate(Game game, Policy... profile) {
    GameTree tree = GameTree.of(game);
    return toTabularPolicy(tree, of(tree, profile));
  }

  /**
   * Like {@link #tabulate}, for policies that answer many states at once (neural networks): each is
   * called once per player with all of that player's information states.
   */
  public static TabularPolicy tabulateBatch(Game game, BatchPolicy... profile) {
    GameTree tree = GameTree.of(game);
    return toTabularPolicy(tree, ofBatch(tree, profile));
  }

  /** The table of a strategy vector over all information states. */
  public static TabularPolicy toTabularPolicy(GameTree tree, double[] strategy) {
    return table(tree, strategy, 0, tree.numInfoStates());
  }

  /** The table of a strategy vector over {@code player}'s information states only. */
  public static TabularPolicy toTabularPolicy(GameTree tree, double[] strategy, int player) {
    return table(tree, strategy, tree.firstInfoState(player), tree.firstInfoState(player + 1));
  }

  private static TabularPolicy table(GameTree tree, double[] strategy, int from, int to) {
    checkStrategy(tree, strategy);
    TabularPolicy.Builder builder = TabularPolicy.builder(tree.game().toString());
    for (int i = from; i < to; i++) {
      int offset = tree.slotOffset(i);
      double[] probabilities = Arrays.copyOfRange(strategy, offset, offset + tree.numActions(i));
      builder.put(tree.infoState(i), tree.legalActionsView(i), probabilities);
    }
    return builder.build();
  }

  private static void put(GameTree tree, int i, double[] probabilities, double[] strategy) {
    String where =
        "information state "
            + TabularPolicy.quote(tree.infoState(i))
            + " of player "
            + tree.infoStatePlayer(i);
    int k = tree.numActions(i);
    if (probabilities == null || probabilities.length != k) {
      throw new IllegalArgumentException(
          "policy gave "
              + (probabilities == null ? "null" : probabilities.length + " probabilities")
              + " at "
              + where
              + ", which has "
              + k
              + " legal actions");
    }
    double sum = 0;
    for (double p : probabilities) {
      if (!(p >= 0) || Double.isInfinite(p)) {
        throw new IllegalArgumentException("policy gave probability " + p + " at " + where);
      }
      sum += p;
    }
    if (Math.abs(sum - 1.0) > TabularPolicy.SUM_TOLERANCE) {
      throw new IllegalArgumentException("policy's probabilities sum to " + sum + " at " + where);
    }
    System.arraycopy(probabilities, 0, strategy, tree.slotOffset(i), k);
  }

  static void checkProfile(GameTree tree, Policy[] profile) {
    Objects.requireNonNull(profile, "profile");
    if (profile.length != 1 && profile.length != tree.numPlayers()) {
      throw new IllegalArgumentException(profileMessage(tree, profile.length));
    }
  }

  private static String profileMessage(GameTree tree, int length) {
    return "a profile has 1 policy or one per player ("
        + tree.numPlayers()
        + " for "
        + tree.game()
        + "), not "
        + length;
  }

  static void checkStrategy(GameTree tree, double[] strategy) {
    Objects.requireNonNull(strategy, "strategy");
    if (strategy.length != tree.numSlots()) {
      throw new IllegalArgumentException(
          "strategy vector has length "
              + strategy.length
              + ", the tree of "
              + tree.game()
              + " needs "
              + tree.numSlots());
    }
  }
}
