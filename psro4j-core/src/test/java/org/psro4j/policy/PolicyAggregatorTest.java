package org.psro4j.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.exact.BestResponse;
import org.psro4j.exact.BestResponseResult;
import org.psro4j.exact.ExpectedReturns;
import org.psro4j.exact.GameTree;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.testing.TestPolicies;

class PolicyAggregatorTest {

  @Test
  void mixtureEarnsTheWeightedAverageOfItsPoliciesReturns() {
    // Kuhn's theorem: the realization-weighted behaviour policy is outcome-equivalent to the
    // mixture, so against fixed co-players its returns are the weighted average (exact, 1e-12).
    for (String name : new String[] {"kuhn_poker", "kuhn_poker(players=3)", "leduc_poker"}) {
      Game game = Games.load(name);
      int n = game.numPlayers();
      for (int player = 0; player < n; player++) {
        TabularPolicy a = TestPolicies.random(game, 100 + player);
        TabularPolicy b = TestPolicies.random(game, 200 + player);
        TabularPolicy c = TestPolicies.random(game, 300 + player);
        TabularPolicy others = TestPolicies.random(game, 400);
        double[] w = {0.2, 0.5, 0.3};
        List<List<TabularPolicy>> populations = new java.util.ArrayList<>();
        List<double[]> weights = new java.util.ArrayList<>();
        for (int p = 0; p < n; p++) {
          populations.add(p == player ? List.of(a, b, c) : List.of(others));
          weights.add(p == player ? w : new double[] {1.0});
        }
        TabularPolicy mixed = PolicyAggregator.aggregate(game, populations, weights);
        double[] expected = new double[n];
        TabularPolicy[] members = {a, b, c};
        for (int k = 0; k < 3; k++) {
          double[] r = ExpectedReturns.of(game, profile(n, player, members[k], others));
          for (int q = 0; q < n; q++) {
            expected[q] += w[k] * r[q];
          }
        }
        assertThat(ExpectedReturns.of(game, profile(n, player, mixed, others)))
            .as("%s, mixing player %d", name, player)
            .containsExactly(expected, offset(1e-12));
      }
    }
  }

  @Test
  void bothPlayersMixedAtOnceGiveTheDoubleAverage() {
    Game game = Games.load("kuhn_poker");
    TabularPolicy a0 = TestPolicies.random(game, 1);
    TabularPolicy b0 = TestPolicies.random(game, 2);
    TabularPolicy a1 = TestPolicies.random(game, 3);
    TabularPolicy b1 = TestPolicies.random(game, 4);
    double[] w0 = {0.6, 0.4};
    double[] w1 = {0.1, 0.9};
    TabularPolicy mixed =
        PolicyAggregator.aggregate(
            game, List.of(List.of(a0, b0), List.of(a1, b1)), List.of(w0, w1));
    double expected = 0;
    TabularPolicy[] p0 = {a0, b0};
    TabularPolicy[] p1 = {a1, b1};
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        expected += w0[i] * w1[j] * ExpectedReturns.of(game, p0[i], p1[j])[0];
      }
    }
    assertThat(ExpectedReturns.of(game, mixed)[0]).isCloseTo(expected, offset(1e-12));
  }

  @Test
  void oneCoPlayersMixtureIsEnoughToBestRespond() {
    // Aggregating only player 1 suffices to best-respond for player 0: the response's value
    // against the behaviour policy equals its mixture-weighted value against the members.
    Game game = Games.load("leduc_poker");
    GameTree tree = GameTree.of(game);
    List<TabularPolicy> population =
        List.of(TestPolicies.random(game, 21), TestPolicies.random(game, 22));
    double[] w = {0.25, 0.75};
    double[] strategy = new double[tree.numSlots()];
    PolicyAggregator.aggregate(tree, 1, population, w, strategy);
    BestResponseResult br = BestResponse.of(tree, 0, strategy);
    double mixed = 0;
    for (int k = 0; k < 2; k++) {
      mixed += w[k] * ExpectedReturns.of(game, br.policy(), population.get(k))[0];
    }
    assertThat(br.value()).isCloseTo(mixed, offset(1e-12));
    assertThatThrownBy(() -> PolicyAggregator.aggregate(tree, 2, population, w, strategy))
        .hasMessageContaining("player 2");
  }

  @Test
  void unreachedStatesTakeTheWeightAverage() {
    // Both policies always bet with J at "0", so player 0's state "0pb" is never reached.
    Game game = Games.load("kuhn_poker");
    double[] bet = {0, 1};
    TabularPolicy a = withJackPlay(TabularPolicy.uniform(game), bet);
    TabularPolicy b = withJackPlay(TabularPolicy.firstAction(game), bet);
    TabularPolicy mixed =
        PolicyAggregator.aggregate(
            game,
            List.of(List.of(a, b), List.of(a)),
            List.of(new double[] {1, 3}, new double[] {1}));
    // 1/4 * (1/2, 1/2) + 3/4 * (1, 0).
    assertThat(mixed.probabilities("0pb"))
        .containsExactly(new double[] {0.875, 0.125}, offset(1e-15));
    // "1pb" is reached with own probability 1/2 under a and 1 under b: weights 1/8 and 3/4.
    assertThat(mixed.probabilities("1pb"))
        .containsExactly(new double[] {13.0 / 14.0, 1.0 / 14.0}, offset(1e-15));
  }

  @Test
  void rejectsBadWeightsNamingThem() {
    Game game = Games.load("kuhn_poker");
    TabularPolicy u = TabularPolicy.uniform(game);
    List<List<TabularPolicy>> pops = List.of(List.of(u), List.of(u));
    assertThatThrownBy(
            () ->
                PolicyAggregator.aggregate(
                    game, pops, List.of(new double[] {-1}, new double[] {1})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight -1.0 of policy 0 of player 0");
    assertThatThrownBy(
            () ->
                PolicyAggregator.aggregate(
                    game, pops, List.of(new double[] {1, 0}, new double[] {1})))
        .hasMessageContaining("1 policies but 2 weights");
    assertThatThrownBy(
            () ->
                PolicyAggregator.aggregate(game, pops, List.of(new double[] {0}, new double[] {1})))
        .hasMessageContaining("sum to 0.0");
    assertThatThrownBy(() -> PolicyAggregator.aggregate(game, List.of(List.of(u)), List.of()))
        .hasMessageContaining("one population and one weight vector per player (2)");
  }

  private static TabularPolicy withJackPlay(TabularPolicy base, double[] jack) {
    TabularPolicy.Builder b = TabularPolicy.builder(base.game());
    for (String s : base.infoStates()) {
      b.put(s, base.legalActions(s), s.equals("0") ? jack : base.probabilities(s));
    }
    return b.build();
  }

  private static Policy[] profile(int n, int player, Policy mine, Policy others) {
    Policy[] profile = new Policy[n];
    java.util.Arrays.fill(profile, others);
    profile[player] = mine;
    return profile;
  }
}
