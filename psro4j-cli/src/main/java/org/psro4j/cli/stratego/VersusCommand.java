package org.psro4j.cli.stratego;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.games.stratego.BarrageBots;
import org.psro4j.games.stratego.VersusBot;
import org.psro4j.io.AtomicFiles;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.run.Checkpoint;
import org.psro4j.run.RunDirectory;
import org.psro4j.solvers.MetaSolvers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code psro4j stratego versus DIR}: a run's final meta-strategy against each built-in bot. */
@Command(
    name = "versus",
    mixinStandardHelpOptions = true,
    description = {
      "Plays the final meta-strategy of a barrage_stratego run (each player's mixture over its"
          + " population, re-solved from the checkpoint) against each bot, half the games on each"
          + " side, and prints wins, draws and losses with the win rate's 95%% interval.",
      "Writes versus.json into the run directory."
    },
    footer = {
      "",
      "Examples:",
      "  psro4j stratego versus runs/barrage",
      "  psro4j stratego versus runs/barrage --games 200 --bots heuristic --json",
      "  psro4j stratego versus runs/barrage-shaped --game barrage_stratego --newest"
    })
final class VersusCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "A barrage_stratego run directory.")
  Path dir;

  @Option(
      names = "--games",
      defaultValue = "1000",
      description = "Games against each bot, at least 2 (default: ${DEFAULT-VALUE}).")
  int games;

  @Option(
      names = "--bots",
      split = ",",
      paramLabel = "NAME",
      description = "Comma-separated bots (default: random,heuristic).")
  List<String> bots = new ArrayList<>(BarrageBots.NAMES);

  @Option(
      names = "--game",
      paramLabel = "GAME",
      description =
          "Play on this barrage_stratego game instead of the run's, e.g. the official"
              + " barrage_stratego after training with shaping or a shorter max_moves (default: the"
              + " run's game).")
  String playOn;

  @Option(
      names = "--newest",
      description =
          "Play each player's newest policy (the last best response) instead of the meta-strategy.")
  boolean newest;

  @Option(names = "--seed", defaultValue = "1", description = "Root seed (default: 1).")
  long seed;

  @Option(names = "--json", description = "Print the result as JSON on stdout.")
  boolean json;

  @Option(names = "--quiet", description = "Print nothing but errors.")
  boolean quiet;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() {
    if (games < 2) {
      throw new IllegalArgumentException("--games " + games + ": must be at least 2");
    }
    for (String bot : bots) {
      if (!BarrageBots.NAMES.contains(bot)) {
        throw new IllegalArgumentException(
            "--bots: unknown bot '" + bot + "'; known: " + String.join(", ", BarrageBots.NAMES));
      }
    }
    ObjectNode config = RunDirectory.readConfig(dir);
    Game game = Games.load(config.path("game").asText());
    StrategoCommand.requireBarrage(game, "run " + dir);
    Checkpoint checkpoint = RunDirectory.checkpoint(dir, game);
    MetaStrategy meta =
        MetaSolvers.create(config.path("solver").asText()).solve(checkpoint.state().metaGame());
    double[][] marginals = meta.marginals();
    if (newest) {
      marginals = new double[marginals.length][];
      for (int p = 0; p < marginals.length; p++) {
        marginals[p] = new double[checkpoint.state().population().of(p).size()];
        marginals[p][marginals[p].length - 1] = 1;
      }
    }
    if (playOn != null) {
      game = Games.load(playOn);
      StrategoCommand.requireBarrage(game, "--game " + playOn);
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 1);
    root.put("run", dir.toString());
    root.put("game", game.toString());
    root.put("iteration", checkpoint.iteration());
    root.put("games", games);
    root.put("seed", seed);
    root.put("newest", newest);
    root.set("marginals", JSON.valueToTree(marginals));
    ArrayNode rows = root.putArray("bots");
    for (int b = 0; b < bots.size(); b++) {
      VersusBot r =
          VersusBot.play(
              game,
              checkpoint.state().population().all(),
              marginals,
              BarrageBots.create(bots.get(b), game),
              games,
              seed + b);
      ObjectNode row = rows.addObject();
      row.put("bot", bots.get(b));
      row.put("wins", r.wins());
      row.put("draws", r.draws());
      row.put("losses", r.losses());
      row.put("win_rate", r.winRate());
      row.put("win_rate_half_width_95", r.winRateHalfWidth95());
      row.put("win_rate_se", r.winRateStandardError());
      row.put("flag_wins", r.flagWins());
      row.put("flag_losses", r.flagLosses());
      row.put("limit_draws", r.limitDraws());
      row.put("mean_moves", r.meanMoves());
      row.put("marshal_or_general_on_bomb", r.strongOnBomb());
      row.put("no_move_losses", r.noMoveLosses());
      row.put("marshal_or_general_on_bomb_losses", r.strongOnBombLosses());
      row.put("miner_on_bomb", r.minerOnBomb());
    }
    String text = root.toPrettyString();
    AtomicFiles.write(dir.resolve("versus.json"), text + "\n");
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(text);
    } else if (!quiet) {
      out.printf(
          Locale.ROOT,
          "run %s (iteration %d), %d games a bot%n",
          dir,
          checkpoint.iteration(),
          games);
      out.printf(
          Locale.ROOT,
          "%-10s %6s %6s %6s  %-13s  %s%n",
          "bot",
          "wins",
          "draws",
          "losses",
          "win rate",
          "how games ended");
      for (var row : rows) {
        out.printf(
            Locale.ROOT,
            "%-10s %6d %6d %6d  %.3f ± %.3f  won %d by the Flag, lost %d by the Flag and %d"
                + " without a legal move, %d drawn at the move limit, %.0f moves a game (s.e. of"
                + " the win rate %.3f); its Marshal or General lost on the Bomb in %d games (%d"
                + " of them lost), its Miner took the Bomb in %d%n",
            row.get("bot").asText(),
            row.get("wins").asInt(),
            row.get("draws").asInt(),
            row.get("losses").asInt(),
            row.get("win_rate").asDouble(),
            row.get("win_rate_half_width_95").asDouble(),
            row.get("flag_wins").asInt(),
            row.get("flag_losses").asInt(),
            row.get("no_move_losses").asInt(),
            row.get("limit_draws").asInt(),
            row.get("mean_moves").asDouble(),
            row.get("win_rate_se").asDouble(),
            row.get("marshal_or_general_on_bomb").asInt(),
            row.get("marshal_or_general_on_bomb_losses").asInt(),
            row.get("miner_on_bomb").asInt());
      }
      out.println("written " + dir.resolve("versus.json"));
    }
    out.flush();
    return 0;
  }
}
