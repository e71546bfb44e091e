package org.psro4j.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.psro4j.io.AtomicFiles;

/**
 * The reading side of {@link RunDirectory} for commands that only look at a run (report, exploit,
 * pictures): metrics lines, events, JSON files, and the files they add (plots, report, exploit
 * results), each written atomically.
 */
final class RunFiles {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EXTRA = Pattern.compile("(plots/)?[A-Za-z0-9_.-]+");

  private static final java.util.Set<String> RUN_STATE =
      java.util.Set.of("config.json", "metrics.csv", "events.jsonl", "metagame.json");

  private RunFiles() {}

  static List<String> metricsLines(Path dir) {
    Path file = dir.resolve("metrics.csv");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(dir + " is not a run directory (no metrics.csv)");
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is unreadable: " + e.getMessage());
    }
  }

  static List<JsonNode> events(Path dir) {
    Path file = dir.resolve("events.jsonl");
    List<JsonNode> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try {
      String content = Files.readString(file, StandardCharsets.UTF_8);
      List<String> lines = content.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        boolean complete = i < lines.size() - 1 || content.endsWith("\n");
        if (complete && !lines.get(i).isBlank()) {
          out.add(JSON.readTree(lines.get(i)));
        }
      }
      return out;
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is corrupt: " + e.getMessage());
    }
  }

  static JsonNode json(Path dir, String name) {
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is corrupt: " + e.getMessage());
    }
  }

  static Path writeExtra(Path dir, String relative, byte[] content) {
    if (!EXTRA.matcher(relative).matches() || RUN_STATE.contains(relative)) {
      throw new IllegalArgumentException(
          "'" + relative + "' is not a file commands may add to a run directory");
    }
    Path file = dir.resolve(relative);
    AtomicFiles.write(file, content);
    return file;
  }
}
