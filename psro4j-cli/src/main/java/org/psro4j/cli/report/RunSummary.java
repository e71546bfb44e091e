package org.psro4j.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The facts at the top of a run's report, read from its config, metrics and events.
 *
 * @param game the game string
 * @param algo the algorithm (psro, jpsro, ...)
 * @param solver the meta-solver
 * @param oracle the best-response oracle
 * @param gapColumn the exact gap's metrics column (nash_conv, cce_gap, ce_gap), or null if the run
 *     computed none
 * @param finalGap the exact gap at the last iteration (NaN if none)
 * @param bestGap the smallest exact gap (NaN if none)
 * @param bestIteration the iteration of {@code bestGap} (-1 if none)
 * @param finalMetaGap the meta-solver's gap at the last iteration
 * @param wallSeconds the run's wall-clock seconds
 * @param episodes cumulative oracle episodes (0 for exact best responses)
 * @param iterations the last iteration run
 * @param budget the iteration budget from config.json (-1 if absent)
 * @param entryEpisodes episodes sampled per meta-game entry (0: entries computed exactly)
 * @param stopReason the stopping rule recorded in events.jsonl ({@code stopped_by}), or null
 * @param converged whether the checkpoint says the last iteration added no policy
 * @param populationSizes the final population size per player
 * @param policiesAdded the policies the run added, the sum of metrics.csv's {@code new_policies} (a
 *     Pipeline row may fix more than one level; -1 when the column is absent)
 */
public record RunSummary(
    String game,
    String algo,
    String solver,
    String oracle,
    String gapColumn,
    double finalGap,
    double bestGap,
    int bestIteration,
    double finalMetaGap,
    double wallSeconds,
    long episodes,
    int iterations,
    int budget,
    int entryEpisodes,
    String stopReason,
    boolean converged,
    int[] populationSizes,
    int policiesAdded) {

  /** Relative difference below which two exact gaps are the same value up to rounding. */
  static final double SAME = 1e-9;

  /**
   * Reads the summary of a run from its files ({@code config} and {@code state}, the checkpoint's
   * state.json, may be null).
   */
  static RunSummary of(
      JsonNode config, MetricsTable metrics, List<JsonNode> events, JsonNode state) {
    JsonNode c =
        config == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : config;
    String gapColumn = GapPlots.exactColumn(metrics);
    double[] gap = gapColumn == null ? null : metrics.column(gapColumn);
    double[] it = metrics.column("iteration");
    int rows = metrics.rows().size();
    double finalGap = gap == null || rows == 0 ? Double.NaN : gap[rows - 1];
    double best = Double.NaN;
    int bestIteration = -1;
    if (gap != null) {
      for (int i = 0; i < rows; i++) {
        // The first row that reached the best value: a later one lower by rounding error only
        // (an exact gap of the same meta-strategy, 0.33333333333328 after 0.33333333333335) does
        // not move it.
        if (Double.isFinite(gap[i]) && !(gap[i] >= best - SAME * Math.max(1, Math.abs(best)))) {
          best = gap[i];
          bestIteration = (int) it[i];
        }
      }
    }
    double[] meta = metrics.column("meta_gap");
    double[] wall = metrics.column("wall_s");
    double[] episodes = GapPlots.cumulativeEpisodes(metrics);
    JsonNode last = events.isEmpty() ? null : events.getLast();
    int[] sizes = new int[0];
    if (last != null) {
      JsonNode s = last.path("population_sizes");
      sizes = new int[s.size()];
      for (int p = 0; p < sizes.length; p++) {
        sizes[p] = s.get(p).asInt();
      }
    }
    String stop =
        last != null && last.hasNonNull("stopped_by") ? last.get("stopped_by").asText() : null;
    return new RunSummary(
        c.path("game").asText("?"),
        c.path("algo").asText("?"),
        c.path("solver").asText("?"),
        c.path("oracle").asText("?"),
        gapColumn,
        finalGap,
        best,
        bestIteration,
        meta == null || rows == 0 ? Double.NaN : meta[rows - 1],
        wall == null || rows == 0 ? Double.NaN : wall[rows - 1],
        episodes == null ? 0 : (long) episodes[rows - 1],
        rows == 0 ? -1 : (int) it[rows - 1],
        // A cluster run's config.json names its levels a player "levels".
        c.path("iterations").asInt(c.path("levels").asInt(-1)),
        c.path("episodes").asInt(0),
        stop,
        state != null && state.path("converged").asBoolean(false),
        sizes,
        added(metrics));
  }

  /** The sum of the {@code new_policies} column, or -1 when the metrics have none. */
  private static int added(MetricsTable metrics) {
    double[] added = metrics.column("new_policies");
    if (added == null) {
      return -1;
    }
    int sum = 0;
    for (double a : added) {
      sum += Double.isFinite(a) ? (int) a : 0;
    }
    return sum;
  }

  /**
   * What one metrics row is: a Pipeline PSRO row is a promotion (its {@code --iterations} counts
   * levels a player, not rows), any other run's an iteration.
   */
  String row() {
    return "pipeline".equals(algo) ? "promotion" : "iteration";
  }

  /** Why the run stopped, in words: the recorded rule, or what the files show. */
  String stopExplanation() {
    if (stopReason != null) {
      return "Stopped at " + row() + " " + iterations + ": " + StopReasons.explain(stopReason);
    }
    if (converged) {
      return "converged: the last iteration added no new policy";
    }
    if (budget >= 0 && iterations >= budget) {
      return "iteration budget used up (no stopping rule recorded)";
    }
    return "not recorded (interrupted, still running, or written before stop reasons were kept)";
  }
}
