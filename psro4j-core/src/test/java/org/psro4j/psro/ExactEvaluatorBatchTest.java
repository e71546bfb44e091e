package org.psro4j.psro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.testing.TestPolicies;

class ExactEvaluatorBatchTest {

  @Test
  void batchOnTwoThreadsEqualsOneEntryAtATime() {
    Game game = Games.load("kuhn_poker(players=3)");
    Policy[][] populations = new Policy[3][];
    for (int p = 0; p < 3; p++) {
      populations[p] =
          new Policy[] {
            TabularPolicy.uniform(game),
            TabularPolicy.firstAction(game),
            TestPolicies.random(game, 7 + p),
            TestPolicies.random(game, 70 + p)
          };
    }
    List<Policy[]> profiles = new ArrayList<>();
    for (int a = 0; a < 4; a++) {
      for (int b = 0; b < 4; b++) {
        for (int c = 0; c < 4; c++) {
          profiles.add(new Policy[] {populations[0][a], populations[1][b], populations[2][c]});
        }
      }
    }
    List<PayoffEvaluator.Evaluation> batch = new ExactEvaluator(game).evaluateAll(profiles, 2);
    ExactEvaluator single = new ExactEvaluator(game);
    for (int i = 0; i < profiles.size(); i++) {
      PayoffEvaluator.Evaluation one = single.evaluate(game, profiles.get(i), 0);
      assertThat(batch.get(i).exact()).isTrue();
      assertThat(batch.get(i).mean()).containsExactly(one.mean(), offset(1e-12));
    }
  }
}
