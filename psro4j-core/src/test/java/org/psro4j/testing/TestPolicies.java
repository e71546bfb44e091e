package org.psro4j.testing;

import java.util.SplittableRandom;
import org.psro4j.exact.GameTree;
import org.psro4j.game.ChanceOutcome;
import org.psro4j.game.Game;
import org.psro4j.game.State;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;

/** Policies and a naive evaluator shared by the exact-analysis tests. */
public final class TestPolicies {

  private TestPolicies() {}

  /**
   * A random policy over every information state of {@code game}: each distribution drawn
   * uniformly, with some actions set to 0 (so that some states are unreached), from {@code seed}.
   */
  public static TabularPolicy random(Game game, long seed) {
    GameTree tree = GameTree.of(game);
    SplittableRandom random = new SplittableRandom(seed);
    TabularPolicy.Builder builder = TabularPolicy.builder(game.toString());
    for (int i = 0; i < tree.numInfoStates(); i++) {
      int k = tree.numActions(i);
      double[] p = new double[k];
      double sum = 0;
      for (int a = 0; a < k; a++) {
        p[a] = random.nextDouble() < 0.2 ? 0.0 : random.nextDouble();
        sum += p[a];
      }
      if (sum == 0) {
        p[random.nextInt(k)] = 1.0;
        sum = 1.0;
      }
      for (int a = 0; a < k; a++) {
        p[a] /= sum;
      }
      builder.put(tree.infoState(i), tree.legalActions(i), p);
    }
    return builder.build();
  }

  /**
   * A Nash equilibrium of two-player Kuhn poker from Kuhn's (1950) one-parameter family, with cards
   * 0 = J, 1 = Q, 2 = K and actions pass (0) / bet (1). Player 0 bets J with probability alpha,
   * never bets Q, bets K with probability 3 alpha; after check-bet it folds J, calls Q with
   * probability alpha + 1/3 and calls K. Player 1, facing a bet, folds J, calls Q with probability
   * 1/3 and calls K; after a check it bets J with probability 1/3, checks Q and bets K.
   */
  public static TabularPolicy kuhnNash(double alpha) {
    int[] actions = {0, 1};
    double callQ = alpha + 1.0 / 3.0;
    return TabularPolicy.builder("kuhn_poker(players=2)")
        .put("0", actions, bet(alpha))
        .put("1", actions, bet(0))
        .put("2", actions, bet(3 * alpha))
        .put("0pb", actions, bet(0))
        .put("1pb", actions, bet(callQ))
        .put("2pb", actions, bet(1))
        .put("0b", actions, bet(0))
        .put("1b", actions, bet(1.0 / 3.0))
        .put("2b", actions, bet(1))
        .put("0p", actions, bet(1.0 / 3.0))
        .put("1p", actions, bet(0))
        .put("2p", actions, bet(1))
        .build();
  }

  private static double[] bet(double probability) {
    return new double[] {1.0 - probability, probability};
  }

  /** Expected returns by plain recursion over states, independent of {@link GameTree}. */
  public static double[] naiveReturns(State state, Policy... profile) {
    int n = state.game().numPlayers();
    if (state.isTerminal()) {
      return state.returns();
    }
    double[] total = new double[n];
    if (state.isChanceNode()) {
      for (ChanceOutcome o : state.chanceOutcomes()) {
        add(total, naiveReturns(state.child(o.action()), profile), o.probability());
      }
      return total;
    }
    int player = state.currentPlayer();
    Policy policy = profile.length == 1 ? profile[0] : profile[player];
    double[] probabilities = policy.actionProbabilities(state, player);
    int[] actions = state.legalActions(player);
    for (int a = 0; a < actions.length; a++) {
      if (probabilities[a] > 0) {
        add(total, naiveReturns(state.child(actions[a]), profile), probabilities[a]);
      }
    }
    return total;
  }

  private static void add(double[] total, double[] values, double weight) {
    for (int p = 0; p < total.length; p++) {
      total[p] += weight * values[p];
    }
  }
}
