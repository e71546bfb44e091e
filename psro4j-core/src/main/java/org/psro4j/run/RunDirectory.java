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
import org.psro4j.io.StaleTempFiles;
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
 * then the checkpoint (atomic rename). Writers hold the directory's {@link RunLock} and clear stale
 * temporary files first; {@link #open} for resuming brings metrics and events back to the
 * checkpoint's iteration with {@link LogRecovery}.
 */
public final class RunDirectory implements IterationListener, AutoCloseable {

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
  private final RunLock lock;

  private RunDirectory(Path dir, Game game, List<List<String>> written, RunLock lock) {
    this.dir = dir;
    this.game = game;
    this.lock = lock;
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
    RunLock lock = RunLock.acquire(dir);
    try {
      StaleTempFiles.removeIn(dir, "policies", "checkpoint", "plots");
      if (isRun) {
        for (String entry : RUN_ENTRIES) {
          deleteRecursively(dir.resolve(entry));
        }
      }
      config.put("version", VERSION);
      AtomicFiles.write(dir.resolve("config.json"), pretty(config));
      return new RunDirectory(dir, game, List.of(), lock);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Replaces {@code config.json} (e.g. with a new iteration budget); the caller holds the lock. */
  public void writeConfig(ObjectNode config) {
    config.put("version", VERSION);
    AtomicFiles.write(dir.resolve("config.json"), pretty(config));
  }

  /**
   * Marks the run as going on after a stop: the last line of events.jsonl loses its {@code
   * stopped_by}, so a run stopped and extended reads like the run that was never stopped.
   */
  public void continueAfterStop() {
    LogRecovery.clearStop(dir.resolve("events.jsonl"));
  }

  /** Releases the run directory's lock. */
  @Override
  public void close() {
    lock.close();
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
    RunLock lock = RunLock.acquire(dir);
    try {
      StaleTempFiles.removeIn(dir, "policies", "checkpoint", "plots");
      Checkpoint checkpoint = readCheckpoint(dir, state, game);
      JsonNode logs = JSON.readTree(state.toFile());
      LogRecovery.recover(
          new LogRecovery.Log(
              dir.resolve("metrics.csv"),
              true,
              textOrNull(logs, "metrics_header"),
              textOrNull(logs, "metrics_row")),
          checkpoint.iteration());
      LogRecovery.recover(
          new LogRecovery.Log(dir.resolve("events.jsonl"), false, null, textOrNull(logs, "event")),
          checkpoint.iteration());
      return new Resumed(new RunDirectory(dir, game, checkpoint.policyFiles(), lock), checkpoint);
    } catch (IOException e) {
      lock.close();
      throw new IllegalArgumentException("checkpoint " + state + " is corrupt: " + firstLine(e));
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  private static String textOrNull(JsonNode node, String key) {
    JsonNode v = node == null ? null : node.get(key);
    return v == null || !v.isTextual() ? null : v.asText();
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
    String header = MetricsRow.header(game.numPlayers(), exactName);
    if (!Files.exists(metrics)) {
      append(metrics, header + "\n");
    }
    String row = MetricsRow.format(r);
    String event = EventJson.format(r, driver.stopReason());
    append(metrics, row + "\n");
    append(dir.resolve("events.jsonl"), event + "\n");
    String metaGameJson = EmpiricalGameJson.toJson(driver.metaGame());
    AtomicFiles.write(dir.resolve("metagame.json"), metaGameJson);
    ObjectNode state = JSON.createObjectNode();
    state.put("version", VERSION);
    state.put("iteration", r.iteration());
    state.put("wall_seconds", r.wallSeconds());
    putFinite(state, "best_gap", driver.bestGap());
    state.put("since_improvement", driver.sinceImprovement());
    state.put("converged", driver.converged());
    String stop = driver.stopReason();
    if (stop != null) {
      state.put("stopped_by", stop);
    }
    // copies of this iteration's log lines, so a resume can rebuild them if they are torn
    state.put("metrics_header", header);
    state.put("metrics_row", row);
    state.put("event", event);
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
