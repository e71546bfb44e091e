package org.psro4j.cli.ctf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.psro4j.game.Games;
import org.psro4j.games.ctf.CaptureTheFlag;
import org.psro4j.games.ctf.CtfBots;
import org.psro4j.games.ctf.CtfWinRates;
import org.psro4j.io.AtomicFiles;
import org.psro4j.policy.Policy;
import org.psro4j.run.RunDirectory;
import org.psro4j.state.PopulationView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code psro4j ctf winrates DIR}: the newest learned policy of every seat of a capture_the_flag
 * run, as a team, against each built-in bot on both colours; written to {@code
 * DIR/ctf_winrates.json}.
 */
@Command(
    name = "winrates",
    mixinStandardHelpOptions = true,
    description =
        "Plays the newest policy of each seat of a capture_the_flag run (of a team run, --algo"
            + " team-psro: red's newest policy on every seat), as a team, against a pair of each"
            + " bot (attacker, defender, random), --episodes as red and as blue, and reports wins,"
            + " draws, losses and captures; writes DIR/ctf_winrates.json.",
    footer = {
      "",
      "Examples:",
      "  psro4j ctf winrates runs/ctf --episodes 100",
      "  psro4j ctf winrates runs/ctf --episodes 500 --seed 7 --json"
    })
final class CtfWinRatesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The run directory.")
  Path dir;

  @Option(
      names = "--episodes",
      defaultValue = "100",
      description = "Episodes per bot and colour (default: ${DEFAULT-VALUE}).")
  int episodes;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the episodes' draws (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "Print the result as JSON on stdout.")
  boolean json;

  @Option(names = "--quiet", description = "Print nothing on success.")
  boolean quiet;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() {
    if (episodes < 1) {
      throw new IllegalArgumentException("--episodes " + episodes + " must be at least 1");
    }
    ObjectNode config = RunDirectory.readConfig(dir);
    String gameString = config.path("game").asText();
    org.psro4j.game.Game loaded = Games.load(gameString);
    // A team run (run --algo team-psro) holds teams' policies: red's newest plays every seat.
    org.psro4j.game.TeamView view =
        loaded instanceof org.psro4j.game.TeamView v && v.seatGame() instanceof CaptureTheFlag
            ? v
            : null;
    CaptureTheFlag ctf =
        view != null
            ? (CaptureTheFlag) view.seatGame()
            : CtfCommand.loadGame("run " + dir + " plays", gameString);
    org.psro4j.state.DriverState state = RunDirectory.checkpoint(dir, loaded).state();
    PopulationView population = state.population();
    int n = ctf.numPlayers();
    Policy[] team = new Policy[n];
    String[] names = new String[n];
    for (int p = 0; p < n; p++) {
      int owner = view != null ? 0 : p;
      List<Policy> seat = population.of(owner);
      team[p] = seat.getLast();
      if (team[p] instanceof org.psro4j.policy.SharedSeatPolicy shared) {
        team[p] = shared.seatPolicy();
      }
      names[p] = state.names(owner).getLast();
      if (CtfBots.nameOf(team[p]).isPresent()) {
        throw new IllegalArgumentException(
            "run "
                + dir
                + " has no learned policy for seat "
                + p
                + " yet (newest: "
                + names[p]
                + ")");
      }
    }
    List<CtfWinRates.Row> rows = CtfWinRates.againstBots(ctf, team, episodes, seed);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("version", 1);
    root.put("game", ctf.toString());
    root.put("episodes_per_colour", episodes);
    root.put("seed", seed);
    ArrayNode seats = root.putArray("team");
    for (String name : names) {
      seats.add(name);
    }
    ArrayNode results = root.putArray("against");
    for (CtfWinRates.Row r : rows) {
      put(results.addObject(), r);
    }
    String text = root.toPrettyString();
    AtomicFiles.write(dir.resolve("ctf_winrates.json"), text + "\n");
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(text);
    } else if (!quiet) {
      out.printf("team %s on %s, %d episodes per colour%n", String.join(",", names), ctf, episodes);
      printTable(out, rows);
    }
    out.flush();
    return 0;
  }

  /** One row as JSON fields. */
  static void put(ObjectNode o, CtfWinRates.Row r) {
    o.put("bot", r.bot());
    o.put("episodes", r.episodes());
    o.put("wins", r.wins());
    o.put("draws", r.draws());
    o.put("losses", r.losses());
    o.put("win_rate", r.winRate());
    o.put("win_rate_se", r.winRateStandardError());
    o.put("captures", r.captures());
    o.put("bot_captures", r.botCaptures());
  }

  /** The rows as a table with a header line. */
  static void printTable(PrintWriter out, List<CtfWinRates.Row> rows) {
    out.printf(
        "%-9s %8s %6s %6s %6s %14s %9s %9s%n",
        "bot", "episodes", "wins", "draws", "losses", "win rate ± se", "captures", "conceded");
    for (CtfWinRates.Row r : rows) {
      out.printf(
          Locale.ROOT,
          "%-9s %8d %6d %6d %6d %6.3f ± %.3f %9.2f %9.2f%n",
          r.bot(),
          r.episodes(),
          r.wins(),
          r.draws(),
          r.losses(),
          r.winRate(),
          r.winRateStandardError(),
          r.captures(),
          r.botCaptures());
    }
  }
}
