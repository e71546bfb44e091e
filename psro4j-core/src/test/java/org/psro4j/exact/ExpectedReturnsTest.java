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

class ExpectedReturnsTest {

  @Test
  void matchesPlainRecursionOnTwoAndThreePlayerKuhn() {
    for (String name : new String[] {"kuhn_poker", "kuhn_poker(players=3)"}) {
      Game game = Games.load(name);
      for (long seed = 0; seed < 5; seed++) {
        TabularPolicy policy = TestPolicies.random(game, seed);
        double[] expected = TestPolicies.naiveReturns(game.newInitialState(), policy);
        assertThat(ExpectedReturns.of(game, policy)).containsExactly(expected, offset(1e-14));
      }
    }
  }

  @Test
  void kuhnNashEarnsTheGameValue() {
    // Kuhn (1950): player 0's value is -1/18.
    double[] returns = ExpectedReturns.of(Games.load("kuhn_poker"), TestPolicies.kuhnNash(0.2));
    assertThat(returns[0]).isCloseTo(-1.0 / 18.0, offset(1e-15));
    assertThat(returns[1]).isCloseTo(1.0 / 18.0, offset(1e-15));
  }

  @Test
  void asksAnyPolicyOncePerInformationState() {
    Game game = Games.load("kuhn_poker");
    int[] calls = {0};
    Policy alwaysBet =
        (state, player) -> {
          calls[0]++;
          return new double[] {0.0, 1.0};
        };
    double[] returns = ExpectedReturns.of(game, alwaysBet);
    assertThat(calls[0]).isEqualTo(12);
    // Both always bet: a showdown for 2 each; by symmetry player 0 expects 0.
    assertThat(returns[0]).isCloseTo(0.0, offset(1e-15));
  }

  @Test
  void rejectsAPolicyWithBadProbabilitiesNamingTheState() {
    Game game = Games.load("kuhn_poker");
    Policy broken = (state, player) -> new double[] {0.7, 0.7};
    assertThatThrownBy(() -> ExpectedReturns.of(game, broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sum to 1.4")
        .hasMessageContaining("information state '0'");
    Policy wrongLength = (state, player) -> new double[] {1.0};
    assertThatThrownBy(() -> ExpectedReturns.of(game, wrongLength))
        .hasMessageContaining("1 probabilities")
        .hasMessageContaining("2 legal actions");
  }

  @Test
  void rejectsAProfileOfTheWrongSize() {
    Game game = Games.load("kuhn_poker");
    TabularPolicy u = TabularPolicy.uniform(game);
    assertThatThrownBy(() -> ExpectedReturns.of(game, u, u, u))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not 3");
  }
}
