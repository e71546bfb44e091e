package org.psro4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.psro4j.game.Games;
import org.psro4j.mujoco.games.CheetahSpeed;
import org.psro4j.mujoco.games.MujocoCheetah;
import org.psro4j.policy.ContinuousPolicy;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.Opponents;
import org.psro4j.psro.OracleResult;
import org.psro4j.psro.Oracles;

/**
 * The opt-in {@code cheetah-run} scenario of {@code psro4j bench}: SAC and CrossQ best responses on
 * multi-step episodes, player 0 driving a whole cheetah ({@code mujoco_cheetah(mode=race,
 * horizon=100)}) against a passive co-player, from scratch at each budget (seed 42), reporting
 * runner 0's mean forward speed over 8 episodes and the seconds. The bounded version (CrossQ, 16k
 * steps, at least 0.5 m/s) is the test {@code CheetahRunSanityTest}.
 */
final class CheetahRunBench {

  static final String NAME = "cheetah-run";

  private static final long[] BUDGETS = {16_000, 40_000, 80_000};

  private CheetahRunBench() {}

  static void run(PrintWriter out, boolean json, ArrayNode results) {
    MujocoCheetah game = (MujocoCheetah) Games.load("mujoco_cheetah(mode=race,horizon=100)");
    Opponents opponents =
        new Opponents.Independent(
            0,
            List.of(List.of(), List.<Policy>of(CheetahSpeed.passivePolicy(game))),
            new double[][] {{}, {1}});
    for (String oracle : List.of("crossq", "sac")) {
      for (long budget : BUDGETS) {
        Map<String, String> options =
            Map.of(
                "br_steps", Long.toString(budget),
                "target_entropy", "-6",
                "batch", "128",
                "critic_hidden", "128,128",
                "learning_starts", "2000");
        long start = System.nanoTime();
        OracleResult r =
            Oracles.create(oracle, options)
                .bestResponse(new BestResponseTask(game, 0, opponents, 42L, null, NAME));
        double seconds = (System.nanoTime() - start) / 1e9;
        double speed = CheetahSpeed.meanSpeed(game, (ContinuousPolicy) r.policy(), 8, 99L);
        ObjectNode o = results.addObject();
        o.put("scenario", NAME);
        o.put("oracle", oracle);
        o.put("env_steps", r.steps());
        o.put("updates", r.updates());
        o.put("speed_m_per_s", speed);
        o.put("seconds", seconds);
        if (!json) {
          out.printf(
              Locale.ROOT,
              "%-12s %-6s %6d steps  %5d updates  speed %.3f m/s  %.1f s%n",
              NAME,
              oracle,
              r.steps(),
              r.updates(),
              speed,
              seconds);
          out.flush();
        }
      }
    }
  }
}
