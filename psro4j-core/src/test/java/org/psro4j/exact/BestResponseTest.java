package org.psro4j.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.testing.TestPolicies;

class BestResponseTest {

  private final Game kuhn = Games.load("kuhn_poker");

  @Test
  void equalsTheBestOfAllPureStrategiesOnKuhn() {
    GameTree tree = GameTree.of(kuhn);
    for (long seed = 0; seed < 4; seed++) {
      TabularPolicy opponent = TestPolicies.random(kuhn, seed);
      for (int player = 0; player < 2; player++) {
        BestResponseResult br = BestResponse.of(kuhn, player, opponent);
        double best = Double.NEGATIVE_INFINITY;
        int first = tree.firstInfoState(player);
        int count = tree.firstInfoState(player + 1) - first;
        for (int mask = 0; mask < 1 << count; mask++) {
          TabularPolicy.Builder pure = TabularPolicy.builder(kuhn.toString());
          for (int j = 0; j < count; j++) {
            int bet = (mask >> j) & 1;
            pure.put(tree.infoState(first + j), new int[] {0, 1}, new double[] {1 - bet, bet});
          }
          Policy[] profile = {opponent, opponent};
          profile[player] = pure.build();
          best = Math.max(best, TestPolicies.naiveReturns(kuhn.newInitialState(), profile)[player]);
        }
        assertThat(br.value()).isCloseTo(best, offset(1e-14));
        Policy[] played = {opponent, opponent};
        played[player] = br.policy();
        assertThat(ExpectedReturns.of(kuhn, played)[player]).isCloseTo(br.value(), offset(1e-14));
      }
    }
  }

  @Test
  void returnsADeterministicTableOfTheRespondersStatesOnly() {
    BestResponseResult br = BestResponse.of(kuhn, 1, TabularPolicy.uniform(kuhn));
    assertThat(br.player()).isEqualTo(1);
    assertThat(br.policy().infoStates())
        .containsExactlyInAnyOrder("0p", "1p", "2p", "0b", "1b", "2b");
    for (String s : br.policy().infoStates()) {
      assertThat(br.policy().probabilities(s)).containsAnyOf(1.0).containsAnyOf(0.0);
    }
    // Against uniform, player 1 folds J and calls K facing a bet.
    assertThat(br.policy().probabilities("0b")).containsExactly(1.0, 0.0);
    assertThat(br.policy().probabilities("2b")).containsExactly(0.0, 1.0);
  }

  @Test
  void tiesAndUnreachedStatesGoToTheLowestAction() {
    // Player 0 always checks with J: J's later state "0pb" is reached. Against an opponent who
    // never bets after a check, "0pb" is unreached and its counterfactual values are all 0.
    TabularPolicy neverBet =
        TabularPolicy.builder(kuhn.toString())
            .put("0p", new int[] {0, 1}, new double[] {1, 0})
            .put("1p", new int[] {0, 1}, new double[] {1, 0})
            .put("2p", new int[] {0, 1}, new double[] {1, 0})
            .put("0b", new int[] {0, 1}, new double[] {1, 0})
            .put("1b", new int[] {0, 1}, new double[] {1, 0})
            .put("2b", new int[] {0, 1}, new double[] {1, 0})
            .build();
    BestResponseResult br = BestResponse.of(kuhn, 0, null, neverBet);
    for (String s : new String[] {"0pb", "1pb", "2pb"}) {
      assertThat(br.policy().probabilities(s)).containsExactly(1.0, 0.0);
    }
    // The opponent always folds to a bet, so betting wins 1 for every card; checking wins 1 only
    // with the higher card: betting is strictly best.
    assertThat(br.policy().probabilities("0")).containsExactly(0.0, 1.0);
    assertThat(br.value()).isCloseTo(1.0, offset(1e-15));
  }

  @Test
  void threePlayerBestResponseBeatsRandomDeviations() {
    Game kuhn3 = Games.load("kuhn_poker(players=3)");
    TabularPolicy others = TestPolicies.random(kuhn3, 3);
    for (int player = 0; player < 3; player++) {
      BestResponseResult br = BestResponse.of(kuhn3, player, others);
      Policy[] played = {others, others, others};
      played[player] = br.policy();
      assertThat(ExpectedReturns.of(kuhn3, played)[player]).isCloseTo(br.value(), offset(1e-14));
      for (long seed = 10; seed < 30; seed++) {
        played[player] = TestPolicies.random(kuhn3, seed);
        assertThat(ExpectedReturns.of(kuhn3, played)[player]).isLessThanOrEqualTo(br.value());
      }
    }
  }

  @Test
  void rejectsAPlayerOutOfRange() {
    assertThatThrownBy(() -> BestResponse.of(kuhn, 2, TabularPolicy.uniform(kuhn)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("player 2");
  }
}
