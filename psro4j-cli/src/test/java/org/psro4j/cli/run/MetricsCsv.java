package org.psro4j.cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What resume tests compare of a run's metrics.csv. */
final class MetricsCsv {

  private MetricsCsv() {}

  /** Each CSV line with the wall-clock columns (header names ending in _s) blanked. */
  static List<String> withoutTimes(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    String[] header = lines.getFirst().split(",", -1);
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String[] cells = line.split(",", -1);
      for (int c = 0; c < cells.length; c++) {
        if (header[c].endsWith("_s")) {
          cells[c] = "";
        }
      }
      out.add(String.join(",", cells));
    }
    return out;
  }
}
