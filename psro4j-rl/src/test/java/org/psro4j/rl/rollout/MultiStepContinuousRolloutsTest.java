package org.psro4j.rl.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.mujoco.ffi.MuJoCo;
import org.psro4j.policy.FixedContinuousPolicy;
import org.psro4j.policy.Policy;
import org.psro4j.psro.Opponents;
import org.psro4j.rl.nn.ObservationSpec;

/**
 * Continuous rollouts on multi-step episodes ({@code mujoco_sumo}, horizon 6): one learner
 * transition per control step, {@code done} only on the last one of an episode, per-step rewards
 * summing to the return, and each transition's successor (the next row) is the following step's
 * observation, which is what SAC and CrossQ bootstrap from.
 */
class MultiStepContinuousRolloutsTest {

  private static final int HORIZON = 6;

  @Test
  void transitionsChainStepByStepAndEndOnlyAtTheHorizon() {
    if (!MuJoCo.isAvailable()) {
      String reason = MuJoCo.unavailableReason().orElseThrow();
      if (System.getenv("CI") != null) {
        Assertions.fail("CI is set but " + reason);
      }
      Assumptions.abort("skipped: " + reason);
    }
    Game game = Games.load("mujoco_sumo(horizon=" + HORIZON + ")");
    Opponents opponents =
        new Opponents.Independent(
            0,
            List.of(List.of(), List.<Policy>of(new FixedContinuousPolicy(new double[] {0.5, 0.5}))),
            new double[][] {{}, {1}});
    ObservationSpec spec = ObservationSpec.ofContinuous(game);
    ContinuousActor pushHalf =
        (obs, rows, random, actions) -> {
          for (int r = 0; r < rows; r++) {
            actions[2 * r] = 0.75f;
            actions[2 * r + 1] = 0.5f;
          }
        };
    ContinuousTrajectories t =
        new ContinuousRollouts(game, opponents, spec, 4, 2).collect(pushHalf, 200, 1);
    int size = spec.size();
    assertThat(t.size()).isEqualTo(HORIZON * t.episodes());
    assertThat(t.environmentSteps()).isEqualTo(2L * t.size());
    double total = 0;
    for (int i = 0; i < t.size(); i++) {
      int k = i % HORIZON;
      assertThat(t.done()[i]).as("done at row %d", i).isEqualTo(k == HORIZON - 1);
      // Feature 0 is the share of the horizon left before the move.
      assertThat(t.observations()[i * size])
          .isCloseTo((float) (HORIZON - k) / HORIZON, within(1e-6f));
      if (k < HORIZON - 1) {
        // Own x moves toward the opponent step by step: the successor is the next observation.
        assertThat(t.observations()[(i + 1) * size + 1])
            .isGreaterThan(t.observations()[i * size + 1]);
      }
      total += t.rewards()[i];
    }
    assertThat(total / t.episodes()).isCloseTo(t.meanReturn(), within(1e-6));
    assertThat(t.meanReturn()).isPositive();
  }
}
