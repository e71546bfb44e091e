package org.psro4j.cli.compare;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.psro4j.cli.report.MetricsTable;
import org.psro4j.run.RunDirectory;

/**
 * One run as {@code compare} sees it: its settings (config.json without the seed, budget and
 * provenance), and the curves of metrics.csv.
 *
 * @param dir the run directory
 * @param seed the run's root seed
 * @param settings every setting except the seed and provenance, sorted by key
 * @param metrics the rows of metrics.csv
 */
record ComparedRun(Path dir, long seed, TreeMap<String, String> settings, MetricsTable metrics) {

  /**
   * Fields that differ between runs of one experiment and so do not split groups: the seed,
   * provenance, and the iteration budget (runs are compared up to the iteration all reached).
   */
  private static final Set<String> NOT_SETTINGS =
      Set.of(
          "seed",
          "iterations",
          "git_commit",
          "resolved",
          "environment",
          "psro4j_version",
          "version",
          "java",
          "os",
          "device",
          "created");

  /** Gap columns in order of preference: the exact gaps, then the meta-game's own. */
  static final List<String> GAPS = List.of("nash_conv", "cce_gap", "ce_gap", "meta_gap");

  static ComparedRun read(Path dir) {
    ObjectNode config = RunDirectory.readConfig(dir);
    Path csv = dir.resolve("metrics.csv");
    if (!Files.isRegularFile(csv)) {
      throw new IllegalArgumentException(dir + " has no metrics.csv");
    }
    MetricsTable metrics = MetricsTable.read(csv);
    if (metrics.rows().isEmpty()) {
      throw new IllegalArgumentException(csv + " has no iterations yet");
    }
    TreeMap<String, String> settings = new TreeMap<>();
    config
        .properties()
        .forEach(
            e -> {
              if (!NOT_SETTINGS.contains(e.getKey())) {
                settings.put(e.getKey(), e.getValue().toString());
              }
            });
    return new ComparedRun(dir, config.path("seed").asLong(), settings, metrics);
  }

  /** The first gap column with a finite value, or null. */
  String gapColumn() {
    for (String name : GAPS) {
      double[] y = metrics.column(name);
      if (y != null) {
        for (double v : y) {
          if (Double.isFinite(v)) {
            return name;
          }
        }
      }
    }
    return null;
  }

  /** Cumulative oracle episodes per row (zeros when the column is absent). */
  double[] cumulativeEpisodes() {
    double[] e = metrics.column("oracle_episodes");
    double[] out = new double[metrics.rows().size()];
    double sum = 0;
    for (int i = 0; i < out.length; i++) {
      sum += e != null && Double.isFinite(e[i]) ? e[i] : 0;
      out[i] = sum;
    }
    return out;
  }
}
