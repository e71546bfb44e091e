package org.psro4j.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.psro4j.io.AtomicFiles;

/**
 * Brings a metrics.csv written with fewer columns (by an older version, e.g. before the {@code
 * solver_fallbacks} column of a meta-solver with a fallback) to the header a resumed run writes:
 * the columns it lacks are inserted where the new header has them, empty on its rows, so every row
 * keeps its values under their names.
 */
final class HeaderColumns {

  private HeaderColumns() {}

  /**
   * Rewrites {@code file} (atomically) to {@code header} when its own header is that one with
   * columns left out; a file already at {@code header}, or with a column {@code header} does not
   * have (in that order), is left alone.
   */
  static void align(Path file, String header) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || lines.getFirst().equals(header)) {
        return;
      }
      List<String> old = Arrays.asList(lines.getFirst().split(",", -1));
      List<String> wanted = Arrays.asList(header.split(",", -1));
      int[] source = new int[wanted.size()];
      int k = 0;
      for (int c = 0; c < wanted.size(); c++) {
        boolean kept = k < old.size() && old.get(k).equals(wanted.get(c));
        source[c] = kept ? k++ : -1;
      }
      if (k != old.size()) {
        return;
      }
      List<String> out = new ArrayList<>();
      out.add(header);
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",", -1);
        String[] row = new String[wanted.size()];
        for (int c = 0; c < row.length; c++) {
          row[c] = source[c] >= 0 && source[c] < cells.length ? cells[source[c]] : "";
        }
        out.add(String.join(",", row));
      }
      AtomicFiles.write(file, String.join("\n", out) + "\n");
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is corrupt: " + e.getMessage());
    }
  }
}
