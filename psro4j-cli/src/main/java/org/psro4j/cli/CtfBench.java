package org.psro4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.psro4j.cli.ctf.CtfTeamPsro;
import org.psro4j.game.Games;
import org.psro4j.games.ctf.CaptureTheFlag;
import org.psro4j.games.ctf.CtfBots;
import org.psro4j.games.ctf.CtfWinRates;

/**
 * The opt-in {@code ctf-rl} scenario of {@code psro4j bench}: team PSRO ({@link CtfTeamPsro}) with
 * PPO best responses on a small general-sum capture-the-flag game, from the three bots; after each
 * iteration the learned shared policy plays as a team against each bot pair, both colours, on the
 * zero-sum game of the same size. The same as {@code psro4j ctf team --steps 4000000 --iterations 2
 * --episodes 100}.
 */
final class CtfBench {

  static final String NAME = "ctf-rl";
  static final List<String> TRAIN_GAMES =
      List.of("capture_the_flag(size=7,horizon=60,shaping=0.2)", "capture_the_flag(shaping=0.2)");
  static final String GAME = "capture_the_flag";
  static final long STEPS = 4_000_000;
  static final long PHASE_STEPS = 100_000;
  static final int ITERATIONS = 2;
  static final int WIN_EPISODES = 100;
  static final long SEED = 42;
  static final Map<String, String> OPTIONS =
      Map.of(
          "gamma",
          "0.99",
          "num_envs",
          "32",
          "rollout_steps",
          "8192",
          "minibatch",
          "256",
          "lr",
          "1e-3");

  private CtfBench() {}

  static String description() {
    return String.format(
        Locale.ROOT,
        "team PSRO, ppo %d steps, %s from the bots, %d its; win rates vs each bot on %s (opt-in)",
        STEPS,
        String.join(" then ", TRAIN_GAMES),
        ITERATIONS,
        GAME);
  }

  static void run(PrintWriter out, boolean json, ArrayNode results) {
    List<CaptureTheFlag> train =
        TRAIN_GAMES.stream().map(g -> (CaptureTheFlag) Games.load(g)).toList();
    CaptureTheFlag game = (CaptureTheFlag) Games.load(GAME);
    if (!json) {
      out.printf(Locale.ROOT, "%-12s %s%n", NAME, description());
      out.flush();
    }
    ObjectNode o = results.addObject();
    o.put("scenario", NAME);
    o.put("description", description());
    ArrayNode its = o.putArray("iterations");
    long start = System.nanoTime();
    CtfTeamPsro.run(
        new CtfTeamPsro.Settings(
            train, CtfBots.NAMES, OPTIONS, STEPS, PHASE_STEPS, ITERATIONS, SEED),
        it -> {
          List<CtfWinRates.Row> rows =
              CtfWinRates.againstBots(
                  game, CtfTeamPsro.team(game, it.policy()), WIN_EPISODES, SEED + 1);
          ObjectNode i = its.addObject();
          i.put("iteration", it.index());
          i.put("seconds", it.seconds());
          ObjectNode rates = i.putObject("win_rate");
          ObjectNode errors = i.putObject("win_rate_se");
          if (!json) {
            out.printf(
                Locale.ROOT,
                "             iteration %d: %d steps, %.1f s%n",
                it.index(),
                it.steps(),
                it.seconds());
          }
          for (CtfWinRates.Row row : rows) {
            rates.put(row.bot(), row.winRate());
            errors.put(row.bot(), row.winRateStandardError());
            if (!json) {
              out.printf(
                  Locale.ROOT,
                  "             vs %-8s won %d, drew %d, lost %d of %d (%.3f ± %.3f; captures"
                      + " %.2f, conceded %.2f)%n",
                  row.bot(),
                  row.wins(),
                  row.draws(),
                  row.losses(),
                  row.episodes(),
                  row.winRate(),
                  row.winRateStandardError(),
                  row.captures(),
                  row.botCaptures());
            }
          }
          out.flush();
        });
    double total = (System.nanoTime() - start) / 1e9;
    o.put("total_seconds", total);
    if (!json) {
      out.printf(Locale.ROOT, "             %.1f s in all%n", total);
      out.flush();
    }
  }
}
