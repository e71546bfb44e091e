package org.psro4j.rl.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.games.blotto.ContinuousBlotto;
import org.psro4j.policy.FixedContinuousPolicy;
import org.psro4j.policy.Policy;
import org.psro4j.psro.Opponents;
import org.psro4j.rl.nn.ObservationSpec;

class ContinuousRolloutsTest {

  private static final ContinuousBlotto BLOTTO =
      (ContinuousBlotto) Games.load("continuous_blotto(fields=3)");

  /** The learner always plays (0.2, 0.4, 0.4) as an action vector (allocation (0.2, 0.4, 0.4)). */
  private static final ContinuousActor FIXED_LEARNER =
      (obs, rows, random, actions) -> {
        for (int r = 0; r < rows; r++) {
          actions[3 * r] = 0.2f;
          actions[3 * r + 1] = 0.4f;
          actions[3 * r + 2] = 0.4f;
        }
      };

  @Test
  void correlatedCoPlayersAreDrawnPerEpisodeAndRewardsAreTheLearnersReturns() {
    // Player 0 learns; player 1 plays (0.5, 0.3, 0.2) (learner wins fields 2 and 3: +1/3) or
    // (0.1, 0.1, 0.8) (learner wins fields 1 and 2: +1/3 as well) or (0.1, 0.45, 0.45) (wins
    // field 1 only: -1/3), with probabilities 0.5, 0.25, 0.25: mean 0.5/3 + 0.25/3 - 0.25/3.
    Policy a = new FixedContinuousPolicy(new double[] {0.5, 0.3, 0.2});
    Policy b = new FixedContinuousPolicy(new double[] {0.1, 0.1, 0.8});
    Policy c = new FixedContinuousPolicy(new double[] {0.1, 0.45, 0.45});
    Opponents opponents =
        new Opponents.Correlated(
            0,
            List.of(new Policy[] {null, a}, new Policy[] {null, b}, new Policy[] {null, c}),
            new double[] {0.5, 0.25, 0.25});
    Game game = BLOTTO;
    ContinuousRollouts rollouts =
        new ContinuousRollouts(game, opponents, ObservationSpec.ofContinuous(game), 8, 2);
    ContinuousTrajectories t = rollouts.collect(FIXED_LEARNER, 8000, 3);
    // One simultaneous move of both players per episode, one learner transition each.
    assertThat(t.environmentSteps()).isEqualTo(2L * t.episodes());
    assertThat(t.size()).isEqualTo(t.episodes());
    assertThat(t.environmentSteps()).isGreaterThanOrEqualTo(8000);
    double sum = 0;
    for (int i = 0; i < t.size(); i++) {
      assertThat(t.done()[i]).isTrue();
      assertThat(Math.abs(t.rewards()[i])).isCloseTo(1f / 3, within(1e-6f));
      sum += t.rewards()[i];
      // The learner's observation before its move: its one-hot seat, nothing allocated yet.
      assertThat(t.observations()[i * t.observationSize()]).isEqualTo(1f);
    }
    assertThat(sum / t.size()).isCloseTo(t.meanReturn(), within(1e-6));
    assertThat(t.meanReturn()).isCloseTo(0.5 / 3, within(0.03));
    // Deterministic per seed.
    ContinuousTrajectories again = rollouts.collect(FIXED_LEARNER, 8000, 3);
    assertThat(again.meanReturn()).isEqualTo(t.meanReturn());
  }
}
