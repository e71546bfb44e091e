package org.psro4j.cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.psro4j.cli.progress.ProgressBar;
import org.psro4j.cli.report.RunReport;
import org.psro4j.cli.report.StopReasons;
import org.psro4j.cli.report.TimelinePlot;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.learn.LearningOracle;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.pipeline.PipelinePsro;
import org.psro4j.pipeline.PipelineSettings;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseOracle;
import org.psro4j.psro.Population;
import org.psro4j.psro.SampledEvaluator;
import org.psro4j.run.RunDirectory;

/**
 * One Pipeline PSRO run ({@code run --algo pipeline}): the {@link PipelinePsro} driver on local
 * worker threads, its run directory (with {@code timeline.csv}, the level timeline; checkpointed
 * every {@code --checkpoint-every} seconds and at the end, with every promotion's row), one line
 * per promotion and a progress bar; started fresh or resumed from the run directory.
 */
final class PipelineSession {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RunConfig config;
  private final RunOutput output;
  private final PipelinePsro driver;
  private final RunDirectory directory;
  private final PrintWriter out;

  private PipelineSession(
      RunConfig config, RunOutput output, PipelinePsro driver, RunDirectory dir, PrintWriter out) {
    this.config = config;
    this.output = output;
    this.driver = driver;
    this.directory = dir;
    this.out = out;
    dir.deleteSupersededPolicies(); // a level's older snapshots: only the latest is of use
    dir.checkpointEvery(config.pipeline().checkpointEvery());
    driver.addListener(dir);
    driver.addListener(
        (r, d) ->
            RunDirectory.writeExtra(dir.path(), TimelinePlot.FILE, TimelinePlot.csv(timeline())));
    driver.addCheckpointListener(dir);
  }

  private List<TimelinePlot.Event> timeline() {
    List<TimelinePlot.Event> events = new ArrayList<>();
    for (var e : driver.timeline()) {
      events.add(
          new TimelinePlot.Event(
              e.millis(), e.what(), e.player(), e.level(), e.worker(), e.detail()));
    }
    return events;
  }

  /** The driver of {@code c}; every name and value is checked before anything is written. */
  static PipelinePsro driver(RunConfig c, Game game) {
    MetaSolver solver = RunAssembly.solver(c);
    BestResponseOracle oracle = RunAssembly.oracle(c, game);
    if (!(oracle instanceof LearningOracle learning)) {
      throw new IllegalArgumentException(
          "--algo pipeline trains its levels with a learning oracle (ppo, dqn, mpo), not '"
              + c.oracle()
              + "'");
    }
    if (c.evalFraction() < 1 || c.checkpointSteps() > 0 || !"probabilistic".equals(c.target())) {
      throw new IllegalArgumentException(
          "--algo pipeline takes neither --eval-fraction, --checkpoint-steps nor --target (its"
              + " levels train against the lower levels' meta-strategy and are checkpointed every"
              + " --refresh)");
    }
    Population initial = RunAssembly.initialPopulation(c, game);
    List<Policy> firsts = new ArrayList<>();
    for (int p = 0; p < game.numPlayers(); p++) {
      if (initial.of(p).size() != 1) {
        throw new IllegalArgumentException(
            "--algo pipeline starts every player from one policy; --init "
                + c.init()
                + " gives "
                + initial.of(p).size());
      }
      firsts.add(initial.of(p).getFirst());
    }
    PipelineSettings settings = c.pipeline().settings(Math.max(1, c.iterations()));
    var b =
        PipelinePsro.builder(game)
            .settings(settings)
            .solver(solver)
            .oracle(learning)
            .workers(c.pipeline().workers())
            .seed(c.seed())
            .episodeBudget(c.pipeline().episodeBudget())
            .initialPolicies(firsts);
    if (c.episodes() > 0) {
      b.evaluator(new SampledEvaluator(c.episodes()));
    }
    return b.build();
  }

  /** A fresh run of {@code config} into {@code output.out}. */
  static PipelineSession start(RunConfig config, RunOutput output, PrintWriter out) {
    Game game = Games.load(config.game());
    Path dir =
        output.out != null ? output.out : Path.of("runs", game.type().shortName() + "-pipeline");
    PipelinePsro driver = driver(config, game);
    ObjectNode node = PipelineConfigJson.of(config, game);
    try {
      RunDirectory run = RunDirectory.create(dir, game, node, output.force);
      return new PipelineSession(config, output, driver, run, out);
    } catch (RuntimeException e) {
      driver.close();
      throw e;
    }
  }

  /** Reopens the Pipeline run in {@code dir} at its last checkpoint. */
  static PipelineSession resume(Path dir, RunConfig config, RunOutput output, PrintWriter out) {
    Game game = Games.load(config.game());
    RunDirectory.Resumed resumed = RunDirectory.open(dir, game);
    try {
      PipelinePsro driver = driver(config, game);
      driver.restore(resumed.checkpoint().state());
      if (!driver.finished()) {
        resumed.directory().continueAfterStop();
      }
      return new PipelineSession(config, output, driver, resumed.directory(), out);
    } catch (RuntimeException e) {
      resumed.directory().close();
      throw e;
    }
  }

  /** Runs until every level is fixed or the budget is spent; draws the report. */
  int runToEnd() {
    int total = Math.max(1, config.iterations()) * driver.game().numPlayers();
    Thread interrupted =
        InterruptNotice.install(directory.path(), driver, directory::checkpointIteration);
    try {
      boolean bar = !output.quiet && !output.json && ProgressBar.isTerminal();
      int[] promoted = {0};
      try (ProgressBar progress = new ProgressBar("pipeline", total, bar, System.err)) {
        driver.addListener(
            (r, d) -> {
              if (!output.quiet && !output.json) {
                progress.clear();
                out.println(PromotionLine.of(r, driver.totals()[1]));
                out.flush();
              }
              promoted[0] += r.newPolicies();
              progress.update(
                  (int) Math.min(total, promoted[0]),
                  "nash_conv " + PromotionLine.gap(r.exactGap()));
            });
        driver.run();
      } finally {
        driver.close();
      }
      if (!output.quiet && !output.json) {
        out.println("stopped: " + StopReasons.explain(driver.stopReason()));
      }
      Path report = output.report ? RunReport.write(directory.path()) : null;
      if (output.json) {
        ObjectNode s = JSON.createObjectNode();
        s.put("run", directory.path().toString());
        s.put("game", driver.game().toString());
        s.put("stopped_by", driver.stopReason());
        long[] totals = driver.totals();
        s.put("steps", totals[0]);
        s.put("episodes", totals[1]);
        s.put("report", report == null ? null : report.toString());
        out.println(s.toPrettyString());
      } else if (!output.quiet) {
        out.println("run directory: " + directory.path());
        if (report != null) {
          out.println("report:        " + report);
        }
      }
      out.flush();
      return 0;
    } catch (java.io.UncheckedIOException e) {
      throw DiskErrors.explain(e, directory.path());
    } finally {
      InterruptNotice.remove(interrupted);
      directory.close();
    }
  }
}
