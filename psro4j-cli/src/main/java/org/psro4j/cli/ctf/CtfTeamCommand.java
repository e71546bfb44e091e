package org.psro4j.cli.ctf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.psro4j.cli.team.TeamOracle;
import org.psro4j.games.ctf.CaptureTheFlag;
import org.psro4j.games.ctf.CtfWinRates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code psro4j ctf team}: team PSRO ({@link CtfTeamPsro}) from the bots on a training game, then
 * the learned shared policy of every iteration as a team against each bot on the measuring game.
 */
@Command(
    name = "team",
    mixinStandardHelpOptions = true,
    description =
        "Team PSRO on capture_the_flag: PPO best responses, one policy shared by both seats of a"
            + " team, against the uniform mix of the population (the bots, then every learned"
            + " policy) on --train-game; after each iteration the learned team plays a pair of"
            + " each bot on --game, --episodes as red and as blue (win rate ± standard error).",
    footer = {
      "",
      "Examples:",
      "  psro4j ctf team --steps 4000000 --iterations 2",
      "  psro4j ctf team --train-game 'capture_the_flag(size=7,horizon=60,shaping=0.2)' \\",
      "      --train-game 'capture_the_flag(shaping=0.2)' --game capture_the_flag --iterations 2",
      "  psro4j ctf team --train-game 'capture_the_flag(size=7,horizon=40,shaping=0.2)' \\",
      "      --game 'capture_the_flag(size=7,horizon=40)' --bots random --steps 600000 --json"
    })
final class CtfTeamCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--train-game",
      defaultValue = "capture_the_flag(size=7,horizon=60,shaping=0.2)",
      description =
          "The game best responses train on (default: ${DEFAULT-VALUE}); repeat it for a"
              + " curriculum: iteration i trains on the i-th, later iterations on the last.")
  List<String> trainGames;

  @Option(
      names = "--game",
      defaultValue = "capture_the_flag(size=7,horizon=60)",
      description = "The game win rates are measured on (default: ${DEFAULT-VALUE}).")
  String game;

  @Option(
      names = "--bots",
      defaultValue = "attacker,defender,random",
      split = ",",
      description = "The initial population (default: ${DEFAULT-VALUE}).")
  List<String> bots;

  @Option(
      names = "--steps",
      defaultValue = "4000000",
      description = "Environment steps per best response (default: ${DEFAULT-VALUE}).")
  long steps;

  @Option(
      names = "--phase-steps",
      defaultValue = "100000",
      description = "Steps between refreshes of the teammate snapshot (default: ${DEFAULT-VALUE}).")
  long phaseSteps;

  @Option(
      names = "--iterations",
      defaultValue = "1",
      description = "PSRO iterations (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(
      names = "--oracle-option",
      paramLabel = "KEY=VALUE",
      description =
          "A PPO option (repeatable); defaults: gamma=0.99, num_envs=32, rollout_steps=8192,"
              + " minibatch=256, lr=1e-3.")
  Map<String, String> oracleOptions = new LinkedHashMap<>();

  @Option(
      names = "--episodes",
      defaultValue = "100",
      description = "Episodes per bot and colour (default: ${DEFAULT-VALUE}).")
  int episodes;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Root seed of training; episodes use seed+1 (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "Print the result as JSON on stdout.")
  boolean json;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() {
    if (episodes < 1) {
      throw new IllegalArgumentException("--episodes " + episodes + " must be at least 1");
    }
    CaptureTheFlag measure = CtfCommand.loadGame("--game", game);
    List<CaptureTheFlag> train = new ArrayList<>();
    for (String g : trainGames) {
      CaptureTheFlag t = CtfCommand.loadGame("--train-game", g);
      if (t.numPlayers() != measure.numPlayers()
          || t.observationTensorSize() != measure.observationTensorSize()) {
        throw new IllegalArgumentException(
            "--train-game " + g + " must have the players and view of --game " + game);
      }
      train.add(t);
    }
    if (oracleOptions.containsKey("br_steps")) {
      // --steps sets each best response's steps; a second, silently ignored source is refused.
      throw new IllegalArgumentException(
          "--oracle-option br_steps="
              + oracleOptions.get("br_steps")
              + ": give the steps per best response with --steps");
    }
    Map<String, String> ppo = new LinkedHashMap<>(TeamOracle.PPO_DEFAULTS);
    ppo.putAll(oracleOptions);
    PrintWriter out = spec.commandLine().getOut();
    ObjectNode root = new ObjectMapper().createObjectNode();
    ArrayNode trainNode = root.putArray("train_games");
    train.forEach(t -> trainNode.add(t.toString()));
    root.put("game", measure.toString());
    root.put("seed", seed);
    root.put("episodes_per_colour", episodes);
    ArrayNode its = root.putArray("iterations");
    CtfTeamPsro.Settings settings =
        new CtfTeamPsro.Settings(train, bots, ppo, steps, phaseSteps, iterations, seed);
    CtfTeamPsro.run(
        settings,
        it -> {
          List<CtfWinRates.Row> rows =
              CtfWinRates.againstBots(
                  measure, CtfTeamPsro.team(measure, it.policy()), episodes, seed + 1);
          ObjectNode o = its.addObject();
          o.put("iteration", it.index());
          o.put("steps", it.steps());
          o.put("seconds", it.seconds());
          o.put("train_return", it.meanReturn());
          ArrayNode against = o.putArray("against");
          for (CtfWinRates.Row r : rows) {
            CtfWinRatesCommand.put(against.addObject(), r);
          }
          if (!json) {
            out.printf(
                Locale.ROOT,
                "iteration %d: %d steps, %.0f s, training return %.3f; on %s%n",
                it.index(),
                it.steps(),
                it.seconds(),
                it.meanReturn(),
                measure);
            CtfWinRatesCommand.printTable(out, rows);
            out.flush();
          }
        });
    if (json) {
      out.println(root.toPrettyString());
    }
    out.flush();
    return 0;
  }
}
