package org.psro4j.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.testing.TestPolicies;

class ProfileEvaluatorTest {

  @Test
  void agreesWithExpectedReturnsOnEveryProfile() {
    for (String name :
        new String[] {"kuhn_poker(players=3)", "leduc_poker", "goofspiel(num_cards=3)"}) {
      Game game = Games.load(name);
      int n = game.numPlayers();
      ProfileEvaluator evaluator = new ProfileEvaluator(GameTree.of(game));
      TabularPolicy[][] populations = new TabularPolicy[n][2];
      for (int p = 0; p < n; p++) {
        for (int k = 0; k < 2; k++) {
          populations[p][k] = TestPolicies.random(game, 10 * p + k);
          assertThat(evaluator.add(p, populations[p][k])).isEqualTo(k);
        }
      }
      for (int mask = 0; mask < 1 << n; mask++) {
        int[] indices = new int[n];
        TabularPolicy[] profile = new TabularPolicy[n];
        for (int p = 0; p < n; p++) {
          indices[p] = (mask >> p) & 1;
          profile[p] = populations[p][indices[p]];
        }
        assertThat(evaluator.returns(indices))
            .as("%s profile %d", name, mask)
            .containsExactly(ExpectedReturns.of(game, profile), offset(1e-13));
      }
    }
  }

  @Test
  void rejectsUnknownIndicesNamingThem() {
    Game kuhn = Games.load("kuhn_poker");
    ProfileEvaluator evaluator = new ProfileEvaluator(GameTree.of(kuhn));
    evaluator.add(0, TabularPolicy.uniform(kuhn));
    evaluator.add(1, TabularPolicy.uniform(kuhn));
    assertThat(evaluator.size(1)).isEqualTo(1);
    assertThatThrownBy(() -> evaluator.returns(0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("player 1 has no policy 3");
    assertThatThrownBy(() -> evaluator.returns(0))
        .hasMessageContaining("one policy index per player (2), not 1");
  }
}
