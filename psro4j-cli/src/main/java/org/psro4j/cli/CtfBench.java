package org.psro4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.psro4j.game.Games;
import org.psro4j.games.ctf.CaptureTheFlag;
import org.psro4j.games.ctf.CtfBots;
import org.psro4j.games.ctf.CtfWinRates;
import org.psro4j.policy.Policy;
import org.psro4j.psro.DriverSettings;
import org.psro4j.psro.IterationResult;
import org.psro4j.psro.Jpsro;
import org.psro4j.psro.Oracles;
import org.psro4j.psro.Population;
import org.psro4j.psro.SampledEvaluator;
import org.psro4j.solvers.MetaSolvers;

/**
 * The opt-in {@code ctf-rl} scenario of {@code psro4j bench}: JPSRO (max-Gini CCE) with PPO best
 * responses on a small general-sum capture-the-flag game, started from the three bots on every
 * seat, meta-game entries sampled; then the newest learned policies play as a team against each bot
 * pair on both colours. Reports the win rates and seconds. Same as {@code psro4j run --game
 * "capture_the_flag(size=7,horizon=60,shaping=0.2)" --algo jpsro --solver mgcce --init heuristics
 * --oracle ppo --br-steps 750000 --oracle-option gamma=0.99 --episodes 4 --iterations 2 --threads
 * 2} followed by {@code psro4j ctf winrates DIR --episodes 100}. About 15 minutes on two busy
 * cores.
 */
final class CtfBench {

  static final String NAME = "ctf-rl";
  static final String GAME = "capture_the_flag(size=7,horizon=60,shaping=0.2)";
  static final int ITERATIONS = 2;
  static final int EPISODES = 4;
  static final int WIN_EPISODES = 100;
  static final Map<String, String> OPTIONS = Map.of("br_steps", "750000", "gamma", "0.99");

  private CtfBench() {}

  static String description() {
    return String.format(
        Locale.ROOT,
        "JPSRO, mgcce, ppo %s, %s from the bots, %d its; win rates vs each bot (opt-in)",
        OPTIONS,
        GAME,
        ITERATIONS);
  }

  static void run(PrintWriter out, boolean json, ArrayNode results) {
    CaptureTheFlag game = (CaptureTheFlag) Games.load(GAME);
    Population pop = new Population(game.numPlayers());
    for (int p = 0; p < game.numPlayers(); p++) {
      int player = p;
      CtfBots.population(game).forEach((name, policy) -> pop.add(player, policy, name));
    }
    Jpsro driver =
        new Jpsro(
            game,
            MetaSolvers.create("mgcce"),
            Oracles.create("ppo", OPTIONS),
            new SampledEvaluator(EPISODES),
            new DriverSettings(ITERATIONS, 0, 0, 42L, 2, false),
            pop,
            null,
            false);
    if (!json) {
      out.printf(Locale.ROOT, "%-12s %s%n", NAME, description());
      out.flush();
    }
    long start = System.nanoTime();
    long episodes = 0;
    while (!driver.finished()) {
      IterationResult r = driver.step();
      episodes += r.oracleEpisodes();
      if (!json) {
        out.printf(
            Locale.ROOT,
            "             iteration %d: %d oracle episodes, %.1f s%n",
            r.iteration(),
            episodes,
            (System.nanoTime() - start) / 1e9);
        out.flush();
      }
    }
    Policy[] team = new Policy[game.numPlayers()];
    for (int p = 0; p < team.length; p++) {
      team[p] = driver.population().of(p).getLast();
    }
    List<CtfWinRates.Row> rows = CtfWinRates.againstBots(game, team, WIN_EPISODES, 1);
    double total = (System.nanoTime() - start) / 1e9;
    ObjectNode o = results.addObject();
    o.put("scenario", NAME);
    o.put("description", description());
    o.put("oracle_episodes", episodes);
    o.put("total_seconds", total);
    ObjectNode rates = o.putObject("win_rate");
    for (CtfWinRates.Row row : rows) {
      rates.put(row.bot(), row.winRate());
      if (!json) {
        out.printf(
            Locale.ROOT,
            "             vs %-8s won %d, drew %d, lost %d of %d (captures %.2f, conceded %.2f)%n",
            row.bot(),
            row.wins(),
            row.draws(),
            row.losses(),
            row.episodes(),
            row.captures(),
            row.botCaptures());
      }
    }
    if (!json) {
      out.printf(Locale.ROOT, "             %.1f s in all%n", total);
      out.flush();
    }
  }
}
