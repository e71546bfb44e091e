package org.psro4j.cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.psro4j.cli.measures.RunMeasures;
import org.psro4j.cli.progress.ProgressBar;
import org.psro4j.cli.report.CfrReference;
import org.psro4j.cli.report.RunReport;
import org.psro4j.cli.report.StopReasons;
import org.psro4j.game.Game;
import org.psro4j.psro.IterationResult;
import org.psro4j.psro.PopulationDriver;
import org.psro4j.run.RunDirectory;

/**
 * One run in progress: the driver, its run directory and the console output (progress bar with ETA
 * on a terminal, one line per iteration), started fresh or resumed from a checkpoint.
 */
final class RunSession {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RunConfig config;
  private final RunOutput output;
  private final PopulationDriver driver;
  private final RunDirectory directory;
  private final PrintWriter out;

  private RunSession(
      RunConfig config,
      RunOutput output,
      PopulationDriver driver,
      RunDirectory dir,
      PrintWriter out) {
    this.out = out;
    this.config = config;
    this.output = output;
    this.driver = driver;
    this.directory = dir;
    driver.addListener(dir);
    driver.addCheckpointListener(dir);
  }

  /**
   * A fresh run of {@code config} into {@code output.out}; the driver is built (and every name and
   * value checked) before anything is written.
   */
  static RunSession start(RunConfig config, RunOutput output, PrintWriter out) {
    Game game = RunAssembly.game(config);
    Path dir =
        output.out != null
            ? output.out
            : Path.of("runs", game.type().shortName() + "-" + config.algo());
    var initial = RunAssembly.initialOnce(config, game, null);
    PopulationDriver driver = RunAssembly.driver(config, game, initial);
    if (!"none".equals(config.reference())) {
      CfrReference.requireServes(config.reference(), game);
    }
    RunMeasures measures = RunAssembly.measures(config, game, initial);
    ObjectNode node = JSON.valueToTree(config);
    node.put("game", game.toString());
    node.put("psro4j_version", org.psro4j.cli.Version.get());
    node.put("git_commit", GitCommit.read());
    node.set("resolved", Provenance.resolved(config, game, driver));
    node.set("environment", Provenance.environment());
    RunDirectory run = RunDirectory.create(dir, game, node, output.force);
    run.measureWith(measures);
    return new RunSession(config, output, driver, run, out);
  }

  /** Reopens the run in {@code dir} at its last checkpoint, optionally with a new budget. */
  static RunSession resume(Path dir, Integer iterations, RunOutput output, PrintWriter out) {
    ObjectNode node = RunDirectory.readConfig(dir);
    RunConfig config =
        RunConfig.defaults()
            .overriddenBy(ConfigFile.parse(dir.resolve("config.json").toString(), node))
            .withDefaultSolver();
    if (iterations != null) {
      config =
          config.overriddenBy(
              new RunConfig(
                  null,
                  null,
                  null,
                  null,
                  iterations,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null));
    }
    config.validate();
    Game game = RunAssembly.game(config);
    // The clone of --init imitation is a saved member of the population: taken from the
    // checkpoint, not cloned again.
    var initial =
        RunAssembly.initialOnce(
            config,
            game,
            ImitationInit.NAME.equals(config.init())
                ? RunDirectory.checkpoint(dir, game).state().population()
                : null);
    RunDirectory.Resumed resumed =
        RunDirectory.open(dir, game, RunAssembly.measures(config, game, initial));
    try {
      PopulationDriver driver = RunAssembly.driver(config, game, initial);
      driver.restore(resumed.checkpoint().state());
      if (!driver.finished()) {
        resumed.directory().continueAfterStop();
      }
      if (iterations != null) {
        // the recorded budget follows the extension, so config.json and the report say it
        ObjectNode recorded = RunDirectory.readConfig(dir);
        recorded.put("iterations", iterations);
        resumed.directory().writeConfig(recorded);
      }
      return new RunSession(config, output, driver, resumed.directory(), out);
    } catch (RuntimeException e) {
      resumed.directory().close();
      throw e;
    }
  }

  /** Runs to a stopping rule, draws the report, prints the summary; returns the exit code. */
  int runToEnd() {
    Thread interrupted = InterruptNotice.install(directory.path(), driver);
    try {
      boolean bar = !output.quiet && !output.json && ProgressBar.isTerminal();
      try (ProgressBar progress =
          new ProgressBar("psro4j", RunProgress.total(config.iterations()), bar, System.err)) {
        progress.update(RunProgress.done(driver.iteration()), "");
        driver.addListener(
            (r, d) -> {
              if (!output.quiet && !output.json) {
                progress.clear();
                out.println(line(r));
                out.flush();
              }
              progress.update(RunProgress.done(r.iteration()), status(r));
            });
        driver.run();
      }
      if (!output.quiet && !output.json) {
        out.println(StopReasons.describe(driver));
      }
      if (!"none".equals(config.reference())) {
        recordReference(bar);
      }
      Path report = output.report ? RunReport.write(directory.path()) : null;
      printSummary(report);
      out.flush();
      return 0;
    } catch (java.io.UncheckedIOException e) {
      throw DiskErrors.explain(e, directory.path());
    } finally {
      InterruptNotice.remove(interrupted);
      directory.close();
    }
  }

  /** Runs the reference solver for the run's wall time and keeps its curve in the run. */
  private void recordReference(boolean bar) {
    double seconds = driver.state().wallSeconds();
    try (ProgressBar progress = new ProgressBar(config.reference(), 1000, bar, System.err)) {
      CfrReference.run(
              config.reference(),
              driver.game(),
              seconds,
              (spent, budget) ->
                  progress.update(
                      Math.round(1000 * spent / budget),
                      String.format(Locale.ROOT, "%.1f of %.1f s", spent, budget)))
          .write(directory.path(), seconds);
    }
    if (!output.quiet && !output.json) {
      out.println(
          "reference:     "
              + config.reference()
              + " for the run's "
              + String.format(Locale.ROOT, "%.1f", seconds)
              + " s, in "
              + directory.path().resolve(CfrReference.FILE));
    }
  }

  private void printSummary(Path report) {
    var m = driver.metaStrategy();
    if (output.json) {
      ObjectNode s = JSON.createObjectNode();
      s.put("run", directory.path().toString());
      s.put("game", driver.game().toString());
      s.put("iterations", driver.iteration());
      s.put("meta_gap", m.gap());
      s.put("stopped_by", driver.stopReason());
      s.set("population_sizes", JSON.valueToTree(driver.population().sizes()));
      s.set("marginals", JSON.valueToTree(m.marginals()));
      s.put("report", report == null ? null : report.toString());
      out.println(s.toPrettyString());
      return;
    }
    if (!output.quiet) {
      out.println("run directory: " + directory.path());
      if (report != null) {
        out.println("report:        " + report);
      }
    }
  }

  private String line(IterationResult r) {
    StringBuilder pop = new StringBuilder();
    for (int k : r.populationSizes()) {
      pop.append(pop.isEmpty() ? "" : "+").append(k);
    }
    // Without an exact gap the stopping rules look at the best-response improvement: show it.
    boolean exact = !Double.isNaN(r.exactGap());
    return String.format(
        Locale.ROOT,
        "it %4d  pop %-9s %s %-11s meta_gap %-10s %7.2f s",
        r.iteration(),
        pop,
        exact ? r.gapName() : "br_improvement",
        fmt(exact ? r.exactGap() : r.brImprovement()),
        fmt(r.metaGap()),
        r.iterationSeconds());
  }

  private static String status(IterationResult r) {
    return (Double.isNaN(r.exactGap()) ? "br_improvement" : r.gapName())
        + " "
        + fmt(r.stoppingGap());
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4g", v);
  }
}
