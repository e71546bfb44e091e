package org.psro4j.cli.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.psro4j.run.RunDirectory;

/** A run's {@code metrics.csv} read back: a header and rows of cells. */
public record MetricsTable(List<String> header, List<String[]> rows) {

  /** A run's metrics.csv, read through its run directory. */
  public static MetricsTable read(Path runDir) {
    return parse(runDir + "/metrics.csv", RunDirectory.metricsLines(runDir));
  }

  /** Parses CSV lines with a header line and no quoted commas (psro4j writes only numbers). */
  static MetricsTable parse(String where, List<String> lines) {
    {
      if (lines.isEmpty()) {
        throw new IllegalArgumentException(where + " is empty");
      }
      List<String> header = Arrays.asList(lines.getFirst().split(",", -1));
      List<String[]> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          rows.add(line.split(",", -1));
        }
      }
      return new MetricsTable(List.copyOf(header), List.copyOf(rows));
    }
  }

  /** The column {@code name} as numbers (NaN where empty or unparsable), or null if absent. */
  public double[] column(String name) {
    int c = header.indexOf(name);
    if (c < 0) {
      return null;
    }
    double[] out = new double[rows.size()];
    for (int r = 0; r < out.length; r++) {
      String[] row = rows.get(r);
      try {
        out[r] = c < row.length && !row[c].isEmpty() ? Double.parseDouble(row[c]) : Double.NaN;
      } catch (NumberFormatException e) {
        out[r] = Double.NaN;
      }
    }
    return out;
  }
}
