package org.psro4j.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.testing.TestPolicies;

class ProfileBlocksTest {

  @Test
  void blockwiseReturnsEqualTheProfileByProfileOnesOnEveryProfile() {
    for (String name :
        new String[] {
          "kuhn_poker",
          "kuhn_poker(players=3)",
          "kuhn_poker(players=4)",
          "leduc_poker",
          "goofspiel(num_cards=3)"
        }) {
      Game game = Games.load(name);
      int n = game.numPlayers();
      ProfileEvaluator evaluator = new ProfileEvaluator(GameTree.of(game));
      int k = 3;
      for (int p = 0; p < n; p++) {
        evaluator.add(p, TabularPolicy.uniform(game));
        evaluator.add(p, TabularPolicy.firstAction(game));
        evaluator.add(p, TestPolicies.random(game, 10 * p + 1));
      }
      List<int[]> profiles = new ArrayList<>();
      int[] index = new int[n];
      do {
        profiles.add(index.clone());
      } while (next(index, k));
      assertAgree(evaluator, profiles, name);
      // The profiles JPSRO adds when every player's third policy is new, in its order.
      List<int[]> fresh = new ArrayList<>();
      for (int[] profile : profiles) {
        for (int i : profile) {
          if (i == k - 1) {
            fresh.add(profile);
            break;
          }
        }
      }
      assertAgree(evaluator, fresh, name + " new entries");
    }
  }

  private static void assertAgree(ProfileEvaluator evaluator, List<int[]> profiles, String what) {
    double[][] out = new double[profiles.size()][];
    for (Runnable job : ProfileBlocks.jobs(evaluator, profiles, out)) {
      job.run();
    }
    for (int i = 0; i < profiles.size(); i++) {
      assertThat(out[i])
          .as("%s profile %s", what, java.util.Arrays.toString(profiles.get(i)))
          .containsExactly(evaluator.returns(profiles.get(i)), offset(1e-12));
    }
  }

  private static boolean next(int[] index, int k) {
    int p = index.length - 1;
    while (p >= 0 && ++index[p] == k) {
      index[p--] = 0;
    }
    return p >= 0;
  }
}
