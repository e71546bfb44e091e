package org.psro4j.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.psro4j.io.AtomicFiles;

/**
 * Brings a run's append-only logs ({@code metrics.csv}, {@code events.jsonl}) back to exactly the
 * iterations the checkpoint says were complete, before a resume appends to them. Lines of an
 * iteration after the checkpoint (and a torn last line) are dropped; the checkpoint's own line,
 * torn or missing, is rebuilt from the copy the checkpoint keeps; any other damage is refused,
 * naming the file and line, without changing the file. So no completed iteration is ever lost.
 */
public final class LogRecovery {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A log's expected shape.
   *
   * @param file the log
   * @param csv whether it has a CSV header and rows led by the iteration
   * @param header the header the checkpoint recorded (CSV only; null if unknown)
   * @param lastLine the checkpoint iteration's line as the checkpoint recorded it (null if unknown)
   */
  public record Log(Path file, boolean csv, String header, String lastLine) {}

  private LogRecovery() {}

  /**
   * Rewrites {@code log} (atomically, only if it changes) to hold one line for each iteration 0 to
   * {@code iteration}; throws {@link IllegalArgumentException} naming file and line when a
   * completed iteration's line is damaged and cannot be rebuilt.
   */
  public static void recover(Log log, int iteration) {
    Path file = log.file();
    if (!Files.exists(file) && iteration < 0) {
      return;
    }
    String content;
    try {
      content = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (java.nio.charset.MalformedInputException e) {
      throw new IllegalArgumentException(file + " is not UTF-8 text; restore it from a backup");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<String> lines = new ArrayList<>(content.lines().toList());
    boolean lastTorn = !content.isEmpty() && !content.endsWith("\n");
    List<String> kept = new ArrayList<>();
    int first = 0;
    if (log.csv()) {
      boolean headerOk =
          !lines.isEmpty()
              && lines.getFirst().startsWith("iteration,")
              && !(lastTorn && lines.size() == 1);
      if (headerOk) {
        kept.add(lines.getFirst());
        first = 1;
      } else if (lines.size() <= 1 && log.header() != null) {
        kept.add(log.header());
        first = lines.size();
      } else {
        throw damaged(file, 1, "header");
      }
    }
    int expected = 0;
    for (int i = first; i < lines.size() && expected <= iteration; i++) {
      String line = lines.get(i);
      boolean torn = lastTorn && i == lines.size() - 1;
      Integer it = torn ? null : iterationOf(line, log.csv());
      if (it != null && it == expected) {
        kept.add(line);
        expected++;
        continue;
      }
      if (expected == iteration
          && log.lastLine() != null
          && isRest(lines, i, lastTorn, log.csv(), iteration)) {
        break; // the checkpoint's own line is torn: rebuilt below
      }
      throw damaged(
          file,
          i + 1,
          it == null ? "unreadable line" : "iteration " + it + " where " + expected + " belongs");
    }
    if (expected == iteration && log.lastLine() != null) {
      kept.add(log.lastLine());
      expected++;
    }
    if (expected <= iteration) {
      throw new IllegalArgumentException(
          file
              + " ends after iteration "
              + (expected - 1)
              + " but the checkpoint holds iteration "
              + iteration
              + "; restore the file from a backup or start the run again");
    }
    String rebuilt = kept.isEmpty() ? "" : String.join("\n", kept) + "\n";
    if (!rebuilt.equals(content)) {
      AtomicFiles.write(file, rebuilt);
    }
  }

  /**
   * Removes {@code stopped_by} from the last line of {@code events} (a run stopped and then
   * extended reads like the run that never stopped); rewrites the file atomically, only if needed.
   */
  public static void clearStop(Path events) {
    try {
      if (!Files.exists(events)) {
        return;
      }
      List<String> lines = new ArrayList<>(Files.readAllLines(events, StandardCharsets.UTF_8));
      if (lines.isEmpty()) {
        return;
      }
      JsonNode last = JSON.readTree(lines.getLast());
      if (last instanceof com.fasterxml.jackson.databind.node.ObjectNode o && o.has("stopped_by")) {
        o.remove("stopped_by");
        lines.set(lines.size() - 1, JSON.writeValueAsString(o));
        AtomicFiles.write(events, String.join("\n", lines) + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update " + events + ": " + e.getMessage(), e);
    }
  }

  /** Whether lines from {@code i} on are only the torn or later lines, nothing of use. */
  private static boolean isRest(
      List<String> lines, int i, boolean lastTorn, boolean csv, int iteration) {
    for (int k = i; k < lines.size(); k++) {
      boolean torn = lastTorn && k == lines.size() - 1;
      Integer it = torn ? null : iterationOf(lines.get(k), csv);
      if (!torn && (it == null || it <= iteration)) {
        return false;
      }
    }
    return true;
  }

  private static Integer iterationOf(String line, boolean csv) {
    try {
      if (csv) {
        int comma = line.indexOf(',');
        return comma < 0 ? null : Integer.parseInt(line.substring(0, comma));
      }
      JsonNode node = JSON.readTree(line);
      return node != null && node.path("iteration").isInt() ? node.get("iteration").asInt() : null;
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }

  private static IllegalArgumentException damaged(Path file, int line, String what) {
    return new IllegalArgumentException(
        file
            + " line "
            + line
            + " is damaged ("
            + what
            + ") and the checkpoint cannot rebuild it; restore the file from a backup or start"
            + " the run again");
  }
}
