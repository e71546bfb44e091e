package org.psro4j.cli.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A run's {@code metrics.csv} read back: a header and rows of cells. */
public record MetricsTable(List<String> header, List<String[]> rows) {

  /** Reads a CSV with a header line and no quoted commas (psro4j writes only numbers). */
  public static MetricsTable read(Path csv) {
    try {
      List<String> lines;
      try {
        lines = Files.readAllLines(csv);
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new IllegalArgumentException(csv + " is corrupt: not UTF-8 text");
      }
      if (lines.isEmpty()) {
        throw new IllegalArgumentException(csv + " is empty");
      }
      if (!lines.getFirst().startsWith("iteration,")) {
        throw new IllegalArgumentException(
            csv + " is corrupt: line 1 is not a metrics header (iteration,...)");
      }
      List<String> header = Arrays.asList(lines.getFirst().split(",", -1));
      List<String[]> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          rows.add(line.split(",", -1));
        }
      }
      return new MetricsTable(List.copyOf(header), List.copyOf(rows));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
