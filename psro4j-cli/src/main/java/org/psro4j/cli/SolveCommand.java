package org.psro4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.psro4j.cfr.Cfr;
import org.psro4j.cfr.CfrOptions;
import org.psro4j.cfr.CfrResult;
import org.psro4j.cli.progress.ProgressBar;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.psro.ExactBestResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code psro4j solve}: a reference equilibrium by CFR, CFR+ or linear CFR. */
@Command(
    name = "solve",
    mixinStandardHelpOptions = true,
    description =
        "Computes a reference equilibrium with CFR / CFR+ / linear CFR and reports NashConv.",
    footer = {
      "",
      "Examples:",
      "  psro4j solve --game leduc_poker --algo cfr+ --iterations 1000",
      "  psro4j solve --game \"kuhn_poker(players=3)\" --algo cfr --iterations 5000 --out kuhn3.json",
      "  psro4j solve --game kuhn_poker --algo linear_cfr --iterations 200 --json"
    })
final class SolveCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--game", required = true, description = "Game string, e.g. leduc_poker.")
  String game;

  @Option(
      names = "--algo",
      defaultValue = "cfr+",
      description = "cfr, cfr+ or linear_cfr (default ${DEFAULT-VALUE}).")
  String algo;

  @Option(
      names = "--iterations",
      defaultValue = "1000",
      description = "Iterations (default ${DEFAULT-VALUE}).")
  int iterations;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the average policy here (JSON).")
  Path out;

  @Option(names = "--force", description = "Replace the --out file if it exists.")
  boolean force;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    if (iterations <= 0) {
      throw new IllegalArgumentException("--iterations " + iterations + " must be positive");
    }
    if (out != null) {
      UserPaths.outputFile("--out", out, force);
    }
    CfrOptions options = CfrOptions.named(algo);
    Game g = Games.load(game);
    Cfr cfr = new Cfr(ExactBestResponse.requireWalkable(g, "solve"), options);
    long start = System.nanoTime();
    boolean bar = !quiet && !json && ProgressBar.isTerminal();
    try (ProgressBar progress = new ProgressBar(algo, iterations, bar, System.err)) {
      cfr.run(iterations, (solver, done, total) -> progress.update(done, ""));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    CfrResult result = cfr.result();
    if (out != null) {
      result.averagePolicy().write(out);
    }
    PrintWriter w = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode o = mapper.createObjectNode();
      o.put("game", g.toString());
      o.put("algo", algo);
      o.put("iterations", iterations);
      o.put("nash_conv", result.nashConv().nashConv());
      o.set("values", mapper.valueToTree(result.values()));
      o.put("seconds", seconds);
      w.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(o));
    } else {
      w.printf(
          Locale.ROOT,
          "game        %s%nalgo        %s, %d iterations, %.2f s%nnash_conv   %.6g%n",
          g,
          algo,
          iterations,
          seconds,
          result.nashConv().nashConv());
      double[] values = result.values();
      for (int p = 0; p < values.length; p++) {
        w.printf(Locale.ROOT, "value p%d    %.9f%n", p, values[p]);
      }
      if (out != null) {
        w.println("policy      " + out);
      }
    }
    w.flush();
    return 0;
  }
}
