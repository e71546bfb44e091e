package org.psro4j.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gap curves of a run, each on its own axis: the exact full-game gap (NashConv, CCE or CE gap)
 * against iterations, against wall time (with an optional CFR+ reference) and, for RL oracles,
 * against cumulative oracle episodes; the meta-game gap (often ~1e-13) on a separate small plot so
 * it cannot squash the others.
 */
final class GapPlots {

  /** The exact gap columns metrics.csv may hold, in order of preference. */
  static final List<String> EXACT_COLUMNS = List.of("nash_conv", "cce_gap", "ce_gap");

  private GapPlots() {}

  /** The exact gap column present in {@code metrics}, or null if none. */
  static String exactColumn(MetricsTable metrics) {
    for (String name : EXACT_COLUMNS) {
      double[] y = metrics.column(name);
      if (y != null && anyFinite(y)) {
        return name;
      }
    }
    return null;
  }

  /** The plots by file name; {@code reference} may be null. */
  static Map<String, byte[]> draw(MetricsTable metrics, CfrReference reference) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    String exact = exactColumn(metrics);
    double[] it = metrics.column("iteration");
    double[] meta = metrics.column("meta_gap");
    if (exact == null) {
      out.put(
          "gap.png",
          Plots.lines(
              "Meta-game gap per iteration (no exact gap was computed)",
              "iteration",
              "meta-game gap (log scale)",
              List.of(new Plots.Line("meta_gap", it, meta)),
              true));
      return out;
    }
    double[] gap = metrics.column(exact);
    String label = label(exact);
    out.put(
        "gap.png",
        Plots.lines(
            label + " per iteration",
            "iteration",
            exact + " (log scale)",
            List.of(new Plots.Line(exact, it, gap)),
            true));
    List<Plots.Line> byTime = new ArrayList<>();
    byTime.add(new Plots.Line(exact + " (this run)", metrics.column("wall_s"), gap));
    if (reference != null) {
      byTime.add(
          new Plots.Line(
              "CFR+ average policy, exact NashConv", reference.seconds(), reference.nashConv()));
    }
    out.put(
        "gap_wall.png",
        Plots.lines(
            label + " against wall time",
            "wall-clock seconds",
            exact + " (log scale)",
            byTime,
            true));
    double[] episodes = cumulativeEpisodes(metrics);
    if (episodes != null) {
      out.put(
          "gap_episodes.png",
          Plots.lines(
              label + " against oracle episodes",
              "cumulative oracle episodes (all players)",
              exact + " (log scale)",
              List.of(new Plots.Line(exact, episodes, gap)),
              true));
    }
    if (meta != null) {
      out.put(
          "meta_gap.png",
          Plots.lines(
              "Meta-game gap (the meta-solver's own residual)",
              "iteration",
              "meta_gap (log)",
              List.of(new Plots.Line("meta_gap", it, meta)),
              true,
              Plots.WIDTH,
              260));
    }
    return out;
  }

  /**
   * Cumulative oracle episodes (both players' best responses summed), the sample cost of RL
   * oracles; null when no oracle reported episodes (exact best responses).
   */
  static double[] cumulativeEpisodes(MetricsTable metrics) {
    double[] episodes = metrics.column("oracle_episodes");
    if (episodes == null) {
      return null;
    }
    double[] cumulative = new double[episodes.length];
    double sum = 0;
    for (int i = 0; i < episodes.length; i++) {
      sum += Double.isFinite(episodes[i]) ? episodes[i] : 0;
      cumulative[i] = sum;
    }
    return sum > 0 ? cumulative : null;
  }

  /** A readable name of an exact gap column. */
  static String label(String column) {
    return switch (column) {
      case "nash_conv" -> "NashConv";
      case "cce_gap" -> "CCE gap";
      case "ce_gap" -> "CE gap";
      default -> column;
    };
  }

  private static boolean anyFinite(double[] y) {
    for (double v : y) {
      if (Double.isFinite(v)) {
        return true;
      }
    }
    return false;
  }
}
