package org.psro4j.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.psro4j.io.AtomicFiles;
import org.psro4j.psro.IterationResult;
import org.psro4j.state.DriverState;

/**
 * The metrics.csv columns of an {@link IterationMeasures}: their values in a row (written as {@link
 * MetricsRow} writes numbers, so they read back exactly) and the bringing of an older file to them.
 */
final class MeasureColumns {

  private MeasureColumns() {}

  /** The measures' values for one iteration and the seconds they took, comma-separated. */
  static String format(IterationMeasures measures, IterationResult r, DriverState state) {
    long start = System.nanoTime();
    double[] values = measures.measure(r, state);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (values.length != measures.columns().size()) {
      throw new IllegalStateException(
          values.length + " measured values for " + measures.columns().size() + " columns");
    }
    StringJoiner j = new StringJoiner(",");
    for (double v : values) {
      j.add(Double.isNaN(v) ? "" : Double.toString(v));
    }
    j.add(Double.toString(seconds));
    return j.toString();
  }

  /**
   * Gives a metrics.csv written without {@code extra} (by an older version, or a run started
   * without measures) those columns, empty on its rows. A file that already ends with them is left
   * alone; one whose trailing columns are other measures is refused, naming both.
   */
  static void add(Path file, List<String> extra) {
    if (extra.isEmpty() || !Files.exists(file)) {
      return;
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty()) {
        return;
      }
      String header = lines.getFirst();
      String suffix = "," + String.join(",", extra);
      if (header.endsWith(suffix)) {
        return;
      }
      if (!header.endsWith("," + MetricsRow.BR_IMPROVEMENT)) {
        throw new IllegalArgumentException(
            file
                + " has the columns "
                + header
                + "; this run measures "
                + String.join(",", extra)
                + " after "
                + MetricsRow.BR_IMPROVEMENT);
      }
      String empty = ",".repeat(extra.size());
      List<String> out = new ArrayList<>();
      out.add(header + suffix);
      for (String line : lines.subList(1, lines.size())) {
        out.add(line + empty);
      }
      AtomicFiles.write(file, String.join("\n", out) + "\n");
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is corrupt: " + e.getMessage());
    }
  }
}
