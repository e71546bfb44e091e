package org.psro4j.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.testing.TestPolicies;

class LeducExactTest {

  private final Game leduc = Games.load("leduc_poker");

  @Test
  void treeHas936InformationStates() {
    // Two-player Leduc poker has 936 information states, the count usually cited for it;
    // 9457 nodes, chance included, is a regression value of this tree.
    GameTree tree = GameTree.of(leduc);
    assertThat(tree.numInfoStates()).isEqualTo(936);
    assertThat(tree.numNodes()).isEqualTo(9457);
  }

  @Test
  void uniformPolicyNashConvMatchesOpenSpiel() {
    // OpenSpiel exploitability_test: NashConv 4.747222222, player gains 2.165625 and 2.581597,
    // player 0's on-policy value -0.078125.
    NashConvResult result = Exploitability.nashConv(leduc, TabularPolicy.uniform(leduc));
    assertThat(result.nashConv()).isCloseTo(4.747222222, offset(1e-9));
    assertThat(result.gains()[0]).isCloseTo(2.165625, offset(1e-9));
    assertThat(result.gains()[1]).isCloseTo(2.581597, offset(1e-6));
    assertThat(result.onPolicyValues()[0]).isCloseTo(-0.078125, offset(1e-12));
  }

  @Test
  void firstActionPolicyHasNashConvTwo() {
    // OpenSpiel exploitability_test: NashConv of the first-action policy is 2.0.
    assertThat(Exploitability.nashConv(leduc, TabularPolicy.firstAction(leduc)).nashConv())
        .isCloseTo(2.0, offset(1e-12));
  }

  @Test
  void expectedReturnsMatchPlainRecursion() {
    TabularPolicy policy = TestPolicies.random(leduc, 11);
    assertThat(ExpectedReturns.of(leduc, policy))
        .containsExactly(TestPolicies.naiveReturns(leduc.newInitialState(), policy), offset(1e-13));
  }

  @Test
  void bestResponseValueIsEarnedByItsPolicy() {
    TabularPolicy opponent = TestPolicies.random(leduc, 12);
    BestResponseResult br = BestResponse.of(leduc, 1, opponent);
    assertThat(ExpectedReturns.of(leduc, opponent, br.policy())[1])
        .isCloseTo(br.value(), offset(1e-13));
    assertThat(br.value()).isGreaterThan(ExpectedReturns.of(leduc, opponent)[1]);
  }
}
