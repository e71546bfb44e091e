package org.psro4j.rl.algo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Games;
import org.psro4j.mujoco.ffi.MuJoCo;
import org.psro4j.mujoco.games.CheetahSpeed;
import org.psro4j.mujoco.games.MujocoCheetah;
import org.psro4j.policy.ContinuousPolicy;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.OracleResult;

/**
 * CrossQ on multi-step episodes with bootstrapping (100 control steps, done only at the horizon):
 * player 0 drives a whole MuJoCo cheetah ({@code mujoco_cheetah(mode=race)}) against a passive
 * co-player and must learn to run, at least {@value #SPEED} m/s mean forward speed after {@value
 * #STEPS} environment steps (8k of its own transitions, seed 42); a still runner makes about 0 m/s
 * and uniformly random torques about −0.17. The bounded CI version of the {@code cheetah-run} bench
 * scenario ({@code ./psro4j bench --only cheetah-run}, SAC and CrossQ at larger budgets).
 */
@Tag("learning")
class CheetahRunSanityTest {

  static final long STEPS = 16_000;
  static final double SPEED = 0.5;

  static MujocoCheetah game() {
    if (!MuJoCo.isAvailable()) {
      String reason = MuJoCo.unavailableReason().orElseThrow();
      if (System.getenv("CI") != null) {
        Assertions.fail("CI is set but " + reason);
      }
      Assumptions.abort("skipped: " + reason);
    }
    return (MujocoCheetah) Games.load("mujoco_cheetah(mode=race,horizon=100)");
  }

  @Test
  void crossqLearnsToRunAgainstAPassiveCoPlayer() {
    MujocoCheetah game = game();
    var opponents =
        ContinuousBlottoFixtures.against(
            0, List.of((Policy) CheetahSpeed.passivePolicy(game)), new double[] {1});
    Map<String, String> options =
        Map.of(
            "br_steps", Long.toString(STEPS),
            "target_entropy", "-6",
            "batch", "128",
            "critic_hidden", "128,128",
            "learning_starts", "2000");
    OracleResult r =
        CrossQOracle.fromOptions(options)
            .bestResponse(new BestResponseTask(game, 0, opponents, 42, null, "run"));
    double learned = CheetahSpeed.meanSpeed(game, (ContinuousPolicy) r.policy(), 8, 99);
    double still = CheetahSpeed.meanSpeed(game, CheetahSpeed.passivePolicy(game), 1, 99);
    double random = CheetahSpeed.meanSpeed(game, ContinuousBlottoFixtures.uniform(6), 8, 99);
    assertThat(Math.abs(still)).as("passive speed").isLessThan(0.05);
    assertThat(random).as("uniform random speed").isLessThan(0.0);
    assertThat(learned).as("learned speed (m/s) after %d steps", r.steps()).isGreaterThan(SPEED);
    assertThat(r.steps()).isGreaterThanOrEqualTo(STEPS);
  }
}
