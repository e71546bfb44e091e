package org.psro4j.rl.neupl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.exact.ExpectedReturns;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.ExactBestResponse;
import org.psro4j.psro.Opponents;
import org.psro4j.psro.OracleResult;
import org.psro4j.rl.algo.PpoSettings;
import org.psro4j.rl.nn.ConditionalMlp;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.ObservationSpec;

/**
 * The shared-encoder best-response head on 3-player Kuhn poker: against a correlated mixture of two
 * population members per co-player, PPO on the head reaches within 0.05 of the exact best
 * response's value (bound with margin for this seed and budget).
 */
class BestResponseHeadOracleTest {

  private static final Game KUHN3 = Games.load("kuhn_poker(players=3)");

  @Test
  void headLearnsNearlyExactBestResponseAgainstCorrelatedMembers() {
    PopulationNetworkSpec spec =
        new PopulationNetworkSpec(
            ObservationSpec.of(KUHN3),
            new int[] {32, 32},
            3,
            4,
            16,
            ConditionalMlp.Conditioning.FILM);
    FrozenPopulation frozen;
    try (PopulationNetwork net = new PopulationNetwork(spec, 21, DjlRuntime.device("cpu"))) {
      for (int p = 0; p < 3; p++) {
        net.addMember(p);
        net.addMember(p);
      }
      frozen = net.freeze();
    }
    String g = KUHN3.toString();
    List<Policy[]> profiles = new ArrayList<>();
    double[] weights = {0.5, 0.3, 0.2};
    int[][] picks = {{0, 0}, {1, 0}, {1, 1}};
    for (int[] pick : picks) {
      profiles.add(
          new Policy[] {
            null,
            new PopulationMember(g, frozen, 1, pick[0]),
            new PopulationMember(g, frozen, 2, pick[1])
          });
    }
    Opponents.Correlated opponents = new Opponents.Correlated(0, profiles, weights);
    BestResponseTask task = new BestResponseTask(KUHN3, 0, opponents, 5, null, "p0_it1");
    PpoSettings ppo =
        PpoSettings.fromOptions(
            Map.of("br_steps", "40000", "num_envs", "32", "rollout_steps", "1024", "lr", "0.003"));
    OracleResult head = new BestResponseHeadOracle(ppo, 96).bestResponse(task);
    double exact = new ExactBestResponse().bestResponse(task).value();
    double value = 0;
    for (int i = 0; i < profiles.size(); i++) {
      Policy[] profile = profiles.get(i).clone();
      profile[0] = head.policy();
      value += weights[i] * ExpectedReturns.of(KUHN3, profile)[0];
    }
    assertThat(head.policy()).isInstanceOf(BestResponseHeadPolicy.class);
    assertThat(head.steps()).isGreaterThanOrEqualTo(40000);
    assertThat(value).isGreaterThan(exact - 0.05);
  }
}
