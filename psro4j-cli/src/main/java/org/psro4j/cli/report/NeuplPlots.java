package org.psro4j.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NeuPL-JPSRO's population-network losses per iteration (Liu et al., AAMAS 2024): the distillation
 * KL of the new embeddings towards their best responses and the regularisation KL of the old
 * embeddings towards their frozen copies, on one log axis; nothing for other algorithms.
 */
final class NeuplPlots {

  /** The metrics.csv columns drawn, as NeuPL-JPSRO writes them. */
  static final List<String> COLUMNS = List.of("distill_kl", "reg_kl");

  private NeuplPlots() {}

  /** The plot by file name, or none when metrics.csv has no finite NeuPL loss. */
  static Map<String, byte[]> draw(MetricsTable metrics) {
    double[] it = metrics.column("iteration");
    List<Plots.Line> lines = new ArrayList<>();
    for (String c : COLUMNS) {
      double[] y = metrics.column(c);
      if (y != null && java.util.Arrays.stream(y).anyMatch(v -> Double.isFinite(v) && v > 0)) {
        lines.add(new Plots.Line(c, it, y));
      }
    }
    Map<String, byte[]> out = new LinkedHashMap<>();
    if (!lines.isEmpty()) {
      out.put(
          "neupl_kl.png",
          Plots.lines(
              "Population network: distillation and regularisation KL per iteration",
              "iteration",
              "mean KL (log scale)",
              lines,
              true));
    }
    return out;
  }
}
