package org.psro4j.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.psro4j.game.Game;
import org.psro4j.io.AtomicFiles;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.EmpiricalGameJson;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyFiles;
import org.psro4j.psro.IterationListener;
import org.psro4j.psro.IterationResult;
import org.psro4j.psro.Population;
import org.psro4j.psro.PopulationDriver;

/**
 * A run directory (see DESIGN.md): config.json, metrics.csv, events.jsonl, metagame.json, policies/
 * and checkpoint/state.json. As an {@link IterationListener} it records each iteration in an order
 * that survives {@code kill -9} at any moment: new policy files, then the metrics and events lines,
 * then the checkpoint (atomic rename). {@link #open} for resuming cuts metrics and events back to
 * the checkpoint's iteration, dropping lines of an iteration that never completed.
 */
public final class RunDirectory implements IterationListener {

  /** Format version of every file this class writes. */
  public static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> RUN_ENTRIES =
      List.of(
          "config.json",
          "metrics.csv",
          "events.jsonl",
          "metagame.json",
          "policies",
          "checkpoint",
          "plots",
          "report.html");

  private final Path dir;
  private final Game game;
  private final List<List<String>> policyFiles = new ArrayList<>();

  private RunDirectory(Path dir, Game game, List<List<String>> written) {
    this.dir = dir;
    this.game = game;
    for (int p = 0; p < game.numPlayers(); p++) {
      policyFiles.add(new ArrayList<>(p < written.size() ? written.get(p) : List.of()));
    }
  }

  /**
   * Creates a new run directory holding {@code config}. An existing run there is refused unless
   * {@code force}, which removes only the run's own files.
   */
  public static RunDirectory create(Path dir, Game game, ObjectNode config, boolean force) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--out " + dir + " exists and is not a directory");
    }
    boolean isRun =
        Files.exists(dir.resolve("config.json")) || Files.exists(dir.resolve("metrics.csv"));
    if (isRun && !force) {
      throw new IllegalArgumentException(
          "--out "
              + dir
              + " already holds a run; use --force to replace it or 'psro4j resume "
              + dir
              + "'");
    }
    if (isRun) {
      for (String entry : RUN_ENTRIES) {
        deleteRecursively(dir.resolve(entry));
      }
    }
    config.put("version", VERSION);
    AtomicFiles.write(dir.resolve("config.json"), pretty(config));
    return new RunDirectory(dir, game, List.of());
  }

  /** Reads {@code config.json} of an existing run. */
  public static ObjectNode readConfig(Path dir) {
    Path file = dir.resolve("config.json");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(dir + " is not a run directory (no config.json)");
    }
    try {
      JsonNode node = JSON.readTree(file.toFile());
      if (!(node instanceof ObjectNode o)) {
        throw new IllegalArgumentException(file + " does not hold a JSON object");
      }
      return o;
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is corrupt: " + firstLine(e));
    }
  }

  /** Reads a run's last checkpoint without changing any of its files (for read-only commands). */
  public static Checkpoint checkpoint(Path dir, Game game) {
    Path state = dir.resolve("checkpoint").resolve("state.json");
    if (!Files.isRegularFile(state)) {
      throw new IllegalArgumentException(dir + " has no checkpoint (checkpoint/state.json)");
    }
    return readCheckpoint(dir, state, game);
  }

  /**
   * Opens a run for resuming: loads its checkpoint and cuts metrics.csv and events.jsonl back to
   * the checkpoint's iteration.
   */
  public static Resumed open(Path dir, Game game) {
    Path state = dir.resolve("checkpoint").resolve("state.json");
    if (!Files.isRegularFile(state)) {
      throw new IllegalArgumentException(
          dir + " has no checkpoint (checkpoint/state.json) to resume");
    }
    Checkpoint checkpoint = readCheckpoint(dir, state, game);
    truncateLines(dir.resolve("metrics.csv"), checkpoint.iteration(), true);
    truncateLines(dir.resolve("events.jsonl"), checkpoint.iteration(), false);
    return new Resumed(new RunDirectory(dir, game, checkpoint.policyFiles()), checkpoint);
  }

  /** A reopened run: the directory (a listener again) and the checkpoint to restore. */
  public record Resumed(RunDirectory directory, Checkpoint checkpoint) {}

  /** The directory. */
  public Path path() {
    return dir;
  }

  @Override
  public void onIteration(IterationResult r, PopulationDriver driver) {
    Population population = driver.population();
    for (int p = 0; p < population.players(); p++) {
      List<Policy> policies = population.of(p);
      List<String> files = policyFiles.get(p);
      for (int k = files.size(); k < policies.size(); k++) {
        String name = "policies/p" + p + "_" + k + ".json";
        PolicyFiles.write(policies.get(k), game, dir.resolve(name));
        files.add(name);
      }
    }
    String exactName = r.gapName();
    Path metrics = dir.resolve("metrics.csv");
    if (!Files.exists(metrics)) {
      append(metrics, MetricsRow.header(game.numPlayers(), exactName) + "\n");
    }
    append(metrics, MetricsRow.format(r) + "\n");
    append(dir.resolve("events.jsonl"), EventJson.format(r) + "\n");
    String metaGameJson = EmpiricalGameJson.toJson(driver.metaGame());
    AtomicFiles.write(dir.resolve("metagame.json"), metaGameJson);
    ObjectNode state = JSON.createObjectNode();
    state.put("version", VERSION);
    state.put("iteration", r.iteration());
    state.put("wall_seconds", r.wallSeconds());
    putFinite(state, "best_gap", driver.bestGap());
    state.put("since_improvement", driver.sinceImprovement());
    state.put("converged", driver.converged());
    ArrayNode pops = state.putArray("populations");
    for (int p = 0; p < population.players(); p++) {
      ArrayNode list = pops.addArray();
      for (int k = 0; k < population.of(p).size(); k++) {
        list.addObject()
            .put("name", population.names(p).get(k))
            .put("file", policyFiles.get(p).get(k));
      }
    }
    try {
      state.set("metagame", JSON.readTree(metaGameJson));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    AtomicFiles.write(dir.resolve("checkpoint").resolve("state.json"), pretty(state));
  }

  private static Checkpoint readCheckpoint(Path dir, Path file, Game game) {
    try {
      JsonNode s = JSON.readTree(file.toFile());
      if (s == null || s.path("version").asInt(-1) != VERSION) {
        throw new IllegalArgumentException(
            "checkpoint " + file + " is corrupt or of another version");
      }
      Population population = new Population(game.numPlayers());
      List<List<String>> files = new ArrayList<>();
      JsonNode pops = s.path("populations");
      if (pops.size() != game.numPlayers()) {
        throw new IllegalArgumentException(
            "checkpoint "
                + file
                + " has "
                + pops.size()
                + " populations, the game "
                + game.numPlayers()
                + " players");
      }
      for (int p = 0; p < game.numPlayers(); p++) {
        List<String> names = new ArrayList<>();
        for (JsonNode entry : pops.get(p)) {
          String rel = entry.path("file").asText();
          Policy policy = PolicyFiles.read(game, dir.resolve(rel));
          population.add(p, policy, entry.path("name").asText());
          names.add(rel);
        }
        files.add(names);
      }
      EmpiricalGame metaGame = EmpiricalGameJson.fromTree(s.path("metagame"));
      JsonNode best = s.get("best_gap");
      return new Checkpoint(
          s.path("iteration").asInt(),
          s.path("wall_seconds").asDouble(),
          best == null || best.isNull() ? Double.POSITIVE_INFINITY : best.asDouble(),
          s.path("since_improvement").asInt(),
          s.path("converged").asBoolean(),
          population,
          metaGame,
          files);
    } catch (IOException e) {
      throw new IllegalArgumentException("checkpoint " + file + " is corrupt: " + firstLine(e));
    }
  }

  /** Keeps the lines of iterations up to {@code iteration} (and the CSV header). */
  private static void truncateLines(Path file, int iteration, boolean csv) {
    if (!Files.exists(file)) {
      return;
    }
    try {
      List<String> kept = new ArrayList<>();
      String content = Files.readString(file, StandardCharsets.UTF_8);
      List<String> lines = content.lines().toList();
      boolean lastComplete = content.endsWith("\n");
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        boolean complete = i < lines.size() - 1 || lastComplete;
        if (csv && i == 0) {
          kept.add(line);
          continue;
        }
        if (!complete || line.isBlank()) {
          continue;
        }
        int it =
            csv
                ? Integer.parseInt(line.substring(0, line.indexOf(',')))
                : JSON.readTree(line).path("iteration").asInt();
        if (it <= iteration) {
          kept.add(line);
        }
      }
      AtomicFiles.write(file, kept.isEmpty() ? "" : String.join("\n", kept) + "\n");
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(file + " is corrupt: " + e.getMessage());
    }
  }

  private static void append(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(
          file,
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void putFinite(ObjectNode node, String key, double v) {
    if (Double.isFinite(v)) {
      node.put(key, v);
    } else {
      node.putNull(key);
    }
  }

  static String pretty(JsonNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + path, e);
    }
  }

  private static String firstLine(Exception e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
