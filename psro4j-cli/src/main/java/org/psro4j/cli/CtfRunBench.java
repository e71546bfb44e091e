package org.psro4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.psro4j.cli.report.MetricsTable;
import org.psro4j.games.ctf.CtfBots;

/**
 * The opt-in run-path capture-the-flag scenarios of {@code psro4j bench}: {@code psro4j run --game
 * capture_the_flag --algo team-psro --oracle ppo --init heuristics --iterations 2 --episodes 100
 * --threads 2 --seed 42} with the curriculum {@link #TRAIN_GAMES} (7×7 then 13×13, shaped with
 * {@code shaping=0.2,progress=0.5}), run in this JVM into a fresh directory; after each iteration
 * the run's own {@code win_BOT} columns give the newest learned team policy's win rate (and its
 * standard error) against a pair of each bot over 200 zero-sum games on the official game. {@code
 * ctf-run} trains against the uniform mix of the population ({@code --target uniform}), {@code
 * ctf-run-nash} against the Nash meta-strategy (the default target and its default {@code
 * min_weight}), {@code ctf-run-lstm} is {@code ctf-run} with LSTM policies ({@code --policy-net
 * lstm}; whole rollouts as PPO minibatches, {@code minibatch=2048}, since backpropagation through
 * 200-step episodes is what costs).
 */
record CtfRunBench(String name, String description, List<String> runArguments) {

  static final String TRAIN_GAMES =
      "capture_the_flag(size=7,horizon=60,shaping=0.2,progress=0.5);"
          + "capture_the_flag(shaping=0.2,progress=0.5)";

  static final List<CtfRunBench> ALL =
      List.of(
          new CtfRunBench(
              "ctf-run",
              "run --algo team-psro on capture_the_flag, --target uniform, 2 its of 4M PPO steps",
              official("--target", "uniform")),
          new CtfRunBench(
              "ctf-run-nash",
              "run --algo team-psro on capture_the_flag, Nash target, 2 its of 4M PPO steps",
              official()),
          new CtfRunBench(
              "ctf-run-lstm",
              "run --algo team-psro --policy-net lstm on capture_the_flag, --target uniform",
              official(
                  "--target",
                  "uniform",
                  "--policy-net",
                  "lstm",
                  "--oracle-option",
                  "minibatch=2048")));

  /** The arguments of {@code psro4j run} on the official game, then {@code extra}. */
  static List<String> official(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--game",
                "capture_the_flag",
                "--algo",
                "team-psro",
                "--oracle",
                "ppo",
                "--init",
                "heuristics",
                "--iterations",
                "2",
                "--episodes",
                "100",
                "--threads",
                "2",
                "--oracle-option",
                "train_games=" + TRAIN_GAMES,
                "--seed",
                "42"));
    args.addAll(List.of(extra));
    return List.copyOf(args);
  }

  /** This scenario's {@code psro4j run} arguments, writing quietly to {@code out}. */
  List<String> arguments(Path out) {
    List<String> args = new ArrayList<>(runArguments);
    args.addAll(List.of("--quiet", "--out", out.toString()));
    return args;
  }

  void run(PrintWriter out, boolean json, ArrayNode results) {
    Path dir;
    try {
      dir = Files.createTempDirectory("psro4j-bench-" + name + "-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a directory for the " + name + " run", e);
    }
    if (!json) {
      out.printf(Locale.ROOT, "%-12s %s%n             run directory %s%n", name, description, dir);
      out.flush();
    }
    StringWriter runOut = new StringWriter();
    StringWriter runErr = new StringWriter();
    picocli.CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(runOut, true));
    cl.setErr(new PrintWriter(runErr, true));
    long start = System.nanoTime();
    int code = cl.execute(arguments(dir).toArray(String[]::new));
    double total = (System.nanoTime() - start) / 1e9;
    if (code != 0) {
      throw new IllegalStateException(
          "the " + name + " run failed (exit " + code + "): " + runErr.toString().strip());
    }
    MetricsTable metrics = MetricsTable.read(dir.resolve("metrics.csv"));
    ObjectNode o = results.addObject();
    o.put("scenario", name);
    o.put("description", description);
    o.put("run_directory", dir.toString());
    ArrayNode its = o.putArray("iterations");
    double[] iteration = metrics.column("iteration");
    double[] wall = metrics.column("wall_s");
    for (int r = 1; r < iteration.length; r++) {
      ObjectNode i = its.addObject();
      i.put("iteration", (int) iteration[r]);
      i.put("wall_seconds", wall[r]);
      ObjectNode rates = i.putObject("win_rate");
      ObjectNode errors = i.putObject("win_rate_se");
      StringBuilder line = new StringBuilder();
      for (String bot : CtfBots.NAMES) {
        double w = metrics.column("win_" + bot)[r];
        double se = metrics.column("win_" + bot + "_se")[r];
        rates.put(bot, w);
        errors.put(bot, se);
        line.append(String.format(Locale.ROOT, "  vs %s %.3f ± %.3f", bot, w, se));
      }
      if (!json) {
        out.printf(
            Locale.ROOT,
            "             iteration %d (%.0f s):%s%n",
            (int) iteration[r],
            wall[r],
            line);
      }
    }
    o.put("total_seconds", total);
    if (!json) {
      out.printf(Locale.ROOT, "             %.1f s in all%n", total);
      out.flush();
    }
  }
}
