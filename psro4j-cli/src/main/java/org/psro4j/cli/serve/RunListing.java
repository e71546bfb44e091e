package org.psro4j.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.psro4j.cli.report.CfrReference;
import org.psro4j.cli.report.MetricsTable;

/**
 * The runs under a root directory as the page sees them: the root itself if it is a run, and every
 * directory below it (two levels at most) holding a config.json; each with its settings, progress
 * and curves. Only listed runs are ever read, so a request cannot name another path.
 */
final class RunListing {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CURVES =
      List.of("nash_conv", "cce_gap", "ce_gap", "meta_gap", "br_improvement");

  private static final List<String> MEASURES = List.of("vs_", "support_p", "diversity_p");

  private final Path root;

  RunListing(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The run directories, by name relative to the root ("." for the root itself). */
  List<String> names() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(root, 2)) {
      paths
          .filter(p -> Files.isRegularFile(p.resolve("config.json")))
          .sorted(Comparator.naturalOrder())
          .forEach(p -> names.add(root.equals(p) ? "." : root.relativize(p).toString()));
    }
    return names;
  }

  /** One row per run: name, game, algorithm, solver, oracle, iterations done and budgeted. */
  ArrayNode runs() throws IOException {
    ArrayNode list = JSON.createArrayNode();
    for (String name : names()) {
      Path dir = root.resolve(name);
      ObjectNode row = list.addObject();
      row.put("name", name);
      JsonNode config;
      try {
        config = JSON.readTree(dir.resolve("config.json").toFile());
      } catch (IOException e) {
        row.put("error", "config.json is unreadable");
        continue;
      }
      for (String key : List.of("game", "algo", "solver", "oracle")) {
        row.put(key, config.path(key).asText(""));
      }
      row.put("budget", config.path("iterations").asInt());
      Optional<MetricsTable> metrics = metrics(dir);
      row.put("iterations", metrics.map(m -> m.rows().size()).orElse(0));
      Path csv = dir.resolve("metrics.csv");
      row.put(
          "updated_ms", Files.isRegularFile(csv) ? Files.getLastModifiedTime(csv).toMillis() : 0L);
      row.put("report", Files.isRegularFile(dir.resolve("report.html")));
    }
    return list;
  }

  /** The curves of run {@code name}: iteration, wall seconds and each gap column present. */
  Optional<ObjectNode> curves(String name) throws IOException {
    if (!names().contains(name)) {
      return Optional.empty();
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("name", name);
    ObjectNode columns = out.putObject("columns");
    Optional<MetricsTable> metrics = metrics(root.resolve(name));
    if (metrics.isPresent()) {
      List<String> wanted = new ArrayList<>(List.of("iteration", "wall_s"));
      wanted.addAll(CURVES);
      // The per-iteration measures the run writes (payoffs against baselines, support, ...).
      for (String c : metrics.get().header()) {
        if (MEASURES.stream().anyMatch(c::startsWith)) {
          wanted.add(c);
        }
      }
      for (String c : wanted) {
        double[] v = metrics.get().column(c);
        if (v != null) {
          ArrayNode a = columns.putArray(c);
          for (double x : v) {
            if (Double.isFinite(x)) {
              a.add(x);
            } else {
              a.addNull();
            }
          }
        }
      }
    }
    CfrReference reference = reference(root.resolve(name));
    if (reference != null) {
      ObjectNode r = out.putObject("reference");
      r.put("name", "CFR+");
      r.set("seconds", JSON.valueToTree(reference.seconds()));
      r.set("nash_conv", JSON.valueToTree(reference.nashConv()));
    }
    return Optional.of(out);
  }

  /** The reference curve the run recorded, or null (also when its file is unreadable). */
  private static CfrReference reference(Path dir) {
    try {
      return CfrReference.read(dir);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The report file of run {@code name}, if it is a listed run and has one. */
  Optional<Path> report(String name) throws IOException {
    Path report = root.resolve(name).resolve("report.html");
    return names().contains(name) && Files.isRegularFile(report)
        ? Optional.of(report)
        : Optional.empty();
  }

  private static Optional<MetricsTable> metrics(Path dir) {
    Path csv = dir.resolve("metrics.csv");
    if (!Files.isRegularFile(csv)) {
      return Optional.empty();
    }
    try {
      MetricsTable table = MetricsTable.read(csv);
      // A run appends rows while we read: a torn last row is left for the next poll.
      List<String[]> rows = new ArrayList<>(table.rows());
      while (!rows.isEmpty() && rows.getLast().length < table.header().size()) {
        rows.removeLast();
      }
      return Optional.of(new MetricsTable(table.header(), List.copyOf(rows)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
