package org.psro4j.cli.ssa;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.psro4j.cli.progress.ProgressBar;
import org.psro4j.io.AtomicFiles;
import org.psro4j.metagame.EmpiricalGameJson;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.SsaSettings;
import org.psro4j.ssa.evaluation.HeuristicMatchups;
import org.psro4j.ssa.evaluation.MatchupTable;
import org.psro4j.ssa.heuristics.SsaHeuristics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code psro4j ssa matchups}: the heuristic-versus-heuristic payoff table and its equilibrium. */
@Command(
    name = "matchups",
    mixinStandardHelpOptions = true,
    description = {
      "Plays every pair of SSA heuristics (Blue's row against Red's column) on the same seeded"
          + " episodes and prints the mean returns with standard errors, each side's best"
          + " responses and the table's equilibrium (Nash for the zero-sum flavour, a max-Gini CCE"
          + " for the general-sum flavour).",
      "Writes matchups.png (heat map; general-sum adds matchups_red.png), matchups.csv,"
          + " matchups.json and metagame.json (for psro4j metasolve) into --out."
    },
    footer = {
      "",
      "Heuristics: aggressive, distributed, reactive, predictive, random.",
      "",
      "Examples:",
      "  psro4j ssa matchups --game \"ssa_coverage()\" --episodes 200 --out runs/ssa-matchups",
      "  psro4j ssa matchups --game \"ssa_coverage(dazzle=true)\" --heuristics reactive,random"
          + " --episodes 50 --json",
      "  psro4j ssa matchups --game \"ssa_coverage(flavour=general_sum,hours=24)\" --threads 2"
    })
final class MatchupsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--game",
      defaultValue = "ssa_coverage()",
      description = "An ssa_coverage game string (default: ${DEFAULT-VALUE}).")
  String game;

  @Option(
      names = "--episodes",
      defaultValue = "200",
      description = "Episodes per pair, at least 2 (default: ${DEFAULT-VALUE}).")
  int episodes;

  @Option(
      names = "--heuristics",
      split = ",",
      paramLabel = "NAME",
      description = "Comma-separated heuristics to match up (default: all five).")
  List<String> heuristics = new ArrayList<>(SsaHeuristics.NAMES);

  @Option(
      names = "--solver",
      defaultValue = "auto",
      description =
          "Meta-solver for the equilibrium: auto (nash if zero-sum, else cce) or any"
              + " psro4j metasolve name (default: ${DEFAULT-VALUE}).")
  String solver;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Root seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", description = "Worker threads (default: cores).")
  Integer threads;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "runs/ssa-matchups",
      description = "Directory for the PNG, CSV and JSON files (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--force", description = "Replace matchup files already in --out.")
  boolean force;

  @Option(names = "--json", description = "Print the result as JSON on stdout.")
  boolean json;

  @Option(names = "--quiet", description = "No progress bar and no text report.")
  boolean quiet;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    if (episodes < 2) {
      throw new IllegalArgumentException(
          "--episodes " + episodes + " must be at least 2 (a standard error needs two)");
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new IllegalArgumentException("--threads " + workers + " must be at least 1");
    }
    List<String> names = checkedNames();
    SsaCoverage ssa = SsaCommand.loadGame(game);
    org.psro4j.cli.UserPaths.outputDirectory("--out", out);
    for (String name : List.of("matchups.json", "matchups.csv", "matchups.png", "metagame.json")) {
      org.psro4j.io.StaleTempFiles.removeSiblingsOf(out.resolve(name));
    }
    Path jsonFile = out.resolve("matchups.json");
    if (Files.exists(jsonFile) && !force) {
      throw new IllegalArgumentException(
          "--out " + out + " already holds matchups.json; use --force to replace it");
    }
    long games = (long) names.size() * names.size() * episodes;
    long start = System.nanoTime();
    MatchupTable table;
    try (ProgressBar bar =
        new ProgressBar("matchups", games, SsaCommand.progressBar(quiet, json), System.err)) {
      table =
          HeuristicMatchups.compute(
              ssa, names, episodes, seed, workers, done -> bar.update(done, "games"));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    boolean zeroSum = ssa.settings().flavour() == SsaSettings.Flavour.ZERO_SUM;
    MatchupEquilibrium equilibrium = MatchupEquilibrium.solve(table, zeroSum, solver);
    MatchupReport report = new MatchupReport(table, equilibrium, zeroSum);
    ObjectNode result = report.json(seconds);
    List<Path> files = new ArrayList<>();
    files.add(write(out.resolve("matchups.png"), SsaPictures.matchupHeatMap(table, false)));
    if (!zeroSum) {
      files.add(write(out.resolve("matchups_red.png"), SsaPictures.matchupHeatMap(table, true)));
    }
    files.add(write(out.resolve("matchups.csv"), report.csv().getBytes(UTF8)));
    EmpiricalGameJson.write(equilibrium.game(), out.resolve("metagame.json"));
    files.add(out.resolve("metagame.json"));
    files.add(write(jsonFile, (result.toPrettyString() + "\n").getBytes(UTF8)));
    PrintWriter writer = spec.commandLine().getOut();
    if (json) {
      ArrayNode written = result.putArray("files");
      files.forEach(f -> written.add(f.toString()));
      writer.println(result.toPrettyString());
    } else if (!quiet) {
      report.printText(writer, seconds, workers);
      writer.println();
      for (Path f : files) {
        writer.println("wrote " + f);
      }
    }
    writer.flush();
    return 0;
  }

  private static final java.nio.charset.Charset UTF8 = java.nio.charset.StandardCharsets.UTF_8;

  private List<String> checkedNames() {
    List<String> names = new ArrayList<>();
    for (String raw : heuristics) {
      String name = raw.strip();
      if (!SsaHeuristics.NAMES.contains(name)) {
        throw new IllegalArgumentException(
            "--heuristics: unknown heuristic '"
                + name
                + "'; known: "
                + String.join(", ", SsaHeuristics.NAMES));
      }
      names.add(name);
    }
    if (new LinkedHashSet<>(names).size() != names.size()) {
      throw new IllegalArgumentException(
          "--heuristics " + String.join(",", names) + " repeats a name");
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("--heuristics names no heuristic");
    }
    return names;
  }

  private static Path write(Path file, byte[] content) {
    AtomicFiles.write(file, content);
    return file;
  }
}
