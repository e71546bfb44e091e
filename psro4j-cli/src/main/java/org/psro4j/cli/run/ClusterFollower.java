package org.psro4j.cli.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.psro4j.cli.progress.ProgressBar;
import org.psro4j.cli.report.TimelinePlot;
import org.psro4j.cluster.ClusterDriver;
import org.psro4j.pipeline.PipelineProtocol;
import org.psro4j.psro.IterationResult;
import org.psro4j.run.RunDirectory;

/**
 * Follows a cluster run from the manager's JVM to its end as {@code run --algo pipeline} follows
 * the thread engine: one line per promotion, a progress bar with ETA over the levels to fix, and
 * {@code timeline.csv} rewritten at every promotion and at the end so the report draws the level
 * timeline.
 */
public final class ClusterFollower {

  private ClusterFollower() {}

  /**
   * Steps {@code driver} until the run is finished. {@code totalLevels} is every player's levels
   * together; {@code lines} prints a line per promotion (and the bar, on a terminal).
   */
  public static void follow(
      ClusterDriver driver, Path runDir, int totalLevels, boolean lines, PrintWriter out) {
    driver.addListener((r, d) -> writeTimeline(driver, runDir));
    boolean bar = lines && ProgressBar.isTerminal();
    long promoted = 0;
    long episodes = 0;
    try (ProgressBar progress = new ProgressBar("pipeline", totalLevels, bar, System.err)) {
      while (!driver.finished()) {
        IterationResult r = driver.step();
        promoted += r.newPolicies();
        episodes += r.oracleEpisodes();
        if (lines) {
          progress.clear();
          out.println(PromotionLine.of(r, driver.episodesBefore() + episodes));
          out.flush();
        }
        progress.update(
            Math.min(totalLevels, promoted), "nash_conv " + PromotionLine.gap(r.exactGap()));
      }
    }
    // Once more at the end: a run whose last promotions land before the loop steps them (or that
    // was finished on arrival) still leaves its whole timeline.
    writeTimeline(driver, runDir);
  }

  private static void writeTimeline(ClusterDriver driver, Path runDir) {
    RunDirectory.writeExtra(runDir, TimelinePlot.FILE, TimelinePlot.csv(events(driver.timeline())));
  }

  /** The timeline rows of the report, from the manager's level events. */
  public static List<TimelinePlot.Event> events(List<PipelineProtocol.LevelEvent> timeline) {
    List<TimelinePlot.Event> events = new ArrayList<>();
    for (var e : timeline) {
      events.add(
          new TimelinePlot.Event(
              e.millis(), e.what(), e.player(), e.level(), e.worker(), e.detail()));
    }
    return events;
  }
}
