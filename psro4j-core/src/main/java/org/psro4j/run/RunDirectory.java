package org.psro4j.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.psro4j.game.Game;
import org.psro4j.io.AtomicFiles;
import org.psro4j.io.StaleTempFiles;
import org.psro4j.metagame.EmpiricalGameJson;
import org.psro4j.policy.PolicyFiles;
import org.psro4j.psro.CheckpointListener;
import org.psro4j.psro.Driver;
import org.psro4j.psro.IterationListener;
import org.psro4j.psro.IterationResult;
import org.psro4j.state.DriverState;
import org.psro4j.state.PolicySlot;
import org.psro4j.state.PopulationView;

/**
 * A run directory (see DESIGN.md): config.json, metrics.csv, events.jsonl, metagame.json, policies/
 * and checkpoint/state.json (a {@link DriverState}, see {@link DriverStateJson}). It is the only
 * code that writes or reads a run directory's files. As an {@link IterationListener} it records
 * each iteration in an order that survives {@code kill -9} at any moment: new policy files, then
 * the metrics and events lines, then the checkpoint (atomic rename). {@link #open} for resuming
 * cuts metrics and events back to the checkpoint's iteration, dropping lines of an iteration that
 * never completed, and rebuilding a torn last line from the checkpoint's copies ({@link
 * LogRecovery}). On request ({@link #deleteSupersededPolicies}) a slot's policy file that a newer
 * version replaced is deleted once the checkpoint names the newer one. Writers hold the directory's
 * {@link RunLock} and clear stale temporary files first. Directories written by format version 1
 * still read and resume. With {@link #checkpointEvery} the checkpoint (policy files, metagame.json,
 * state.json) is written at most every so many seconds and at the iteration that stops the run; the
 * iterations between only append their lines, which a resume cuts back as above.
 */
public final class RunDirectory implements IterationListener, CheckpointListener, AutoCloseable {

  /** Format version of every file this class writes. */
  public static final int VERSION = 2;

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
          "report.html",
          "reference.json");

  private final Path dir;
  private final Game game;
  private final List<List<String>> policyFiles = new ArrayList<>();
  private final List<List<Integer>> writtenVersions = new ArrayList<>();
  // Files a newer version of their slot replaced since the last checkpoint: deleted once the
  // checkpoint naming the newer one is written.
  private final List<String> superseded = new ArrayList<>();
  private boolean deleteSuperseded;
  private final String oracle;
  private final RunLock lock;
  private final LearnerFiles learnerFiles;
  private IterationMeasures measures = IterationMeasures.NONE;
  private CheckpointCadence cadence = CheckpointCadence.everyIteration();
  private volatile int checkpointIteration = -1;
  // Copies of the last completed iteration's log lines (and whether it stopped the run), kept in
  // every checkpoint so that a resume can rebuild a torn last line.
  private String lastHeader;
  private boolean headerAligned;
  private String lastRow;
  private String lastEvent;
  private String lastStop;

  private RunDirectory(
      Path dir, Game game, List<List<String>> written, String oracle, RunLock lock) {
    this.dir = dir;
    this.game = game;
    this.oracle = oracle;
    this.lock = lock;
    this.learnerFiles = new LearnerFiles(dir);
    for (int p = 0; p < game.numPlayers(); p++) {
      policyFiles.add(new ArrayList<>(p < written.size() ? written.get(p) : List.of()));
      writtenVersions.add(new ArrayList<>());
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
          LearnerFiles.deleteRecursively(dir.resolve(entry));
        }
      }
      config.put("version", VERSION);
      AtomicFiles.write(dir.resolve("config.json"), pretty(config));
      return new RunDirectory(dir, game, List.of(), config.path("oracle").asText("unknown"), lock);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * Adds {@code measures}' columns to every metrics row written from now on (and {@value
   * #MEASURES_SECONDS}, the seconds they took). Set it before the first iteration of a fresh run; a
   * resumed run gets it through {@link #open(Path, Game, IterationMeasures)}, which also brings an
   * older metrics.csv to these columns.
   */
  public void measureWith(IterationMeasures measures) {
    this.measures = java.util.Objects.requireNonNull(measures, "measures");
  }

  /**
   * Writes the checkpoint at most every {@code seconds} of wall time (0: at every iteration, the
   * default), and always at the first iteration of this process and the one that stops the run.
   * Pipeline PSRO's promotions come seconds apart and its checkpoint (every level's bookkeeping,
   * the meta-game) grows with the run: late in a Leduc run each took about 0.1 s of snapshot under
   * the manager's lock and 0.1 s of encoding and writing while the inline worker waited.
   */
  public void checkpointEvery(double seconds) {
    checkpointEvery(seconds, System::nanoTime);
  }

  /** As {@link #checkpointEvery(double)} on the clock {@code nanos} (tests step it by hand). */
  public synchronized void checkpointEvery(double seconds, java.util.function.LongSupplier nanos) {
    this.cadence = new CheckpointCadence(seconds, nanos);
  }

  /**
   * The iteration of the run's latest checkpoint (-1 before one): where a run stopped now would
   * resume from.
   */
  public int checkpointIteration() {
    return checkpointIteration;
  }

  /** The column after the measures' own: the seconds they took this iteration. */
  public static final String MEASURES_SECONDS = "measures_s";

  /** The metrics.csv columns {@code measures} adds (empty for none). */
  static List<String> extraColumns(IterationMeasures measures) {
    if (measures.columns().isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(measures.columns());
    out.add(MEASURES_SECONDS);
    return out;
  }

  /**
   * From now on deletes a slot's policy file that a newer version of the slot replaced, once the
   * checkpoint names the newer one (Pipeline PSRO's training levels send a snapshot every refresh,
   * and only the latest is of use); deletes now those a run stopped before deleting. Off unless
   * called: other drivers' runs keep every version they wrote.
   */
  public synchronized void deleteSupersededPolicies() {
    deleteSuperseded = true;
    SupersededPolicies.delete(dir, SupersededPolicies.leftBehind(dir, policyFiles), policyFiles);
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
    lastStop = null;
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
    return open(dir, game, IterationMeasures.NONE);
  }

  /**
   * As {@link #open(Path, Game)}, measuring {@code measures} from now on; rows of a metrics.csv
   * written without these columns get them, empty (their values were never measured).
   */
  public static Resumed open(Path dir, Game game, IterationMeasures measures) {
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
      String header = textOrNull(logs, "metrics_header");
      String row = textOrNull(logs, "metrics_row");
      String event = textOrNull(logs, "event");
      LogRecovery.recover(
          new LogRecovery.Log(dir.resolve("metrics.csv"), true, header, row),
          checkpoint.iteration());
      addMissingColumns(dir.resolve("metrics.csv"));
      MeasureColumns.add(dir.resolve("metrics.csv"), extraColumns(measures));
      LogRecovery.recover(
          new LogRecovery.Log(dir.resolve("events.jsonl"), false, null, event),
          checkpoint.iteration());
      String oracle = readConfig(dir).path("oracle").asText("unknown");
      RunDirectory directory = new RunDirectory(dir, game, checkpoint.policyFiles(), oracle, lock);
      directory.lastHeader = header;
      directory.lastRow = row;
      directory.lastEvent = event;
      directory.lastStop = textOrNull(logs, "stopped_by");
      directory.measures = measures;
      directory.checkpointIteration = checkpoint.iteration();
      return new Resumed(directory, checkpoint);
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

  /** The lines of a run's metrics.csv (header first); fails naming the directory if absent. */
  public static List<String> metricsLines(Path dir) {
    return RunFiles.metricsLines(dir);
  }

  /** The complete lines of a run's events.jsonl as JSON (empty when there is none). */
  public static List<JsonNode> events(Path dir) {
    return RunFiles.events(dir);
  }

  /** A run's metagame.json (the full form), or null when there is none yet. */
  public static JsonNode metaGameJson(Path dir) {
    return RunFiles.json(dir, "metagame.json");
  }

  /**
   * Adds a derived file to a run directory atomically ({@code plots/NAME.png}, {@code report.html},
   * {@code exploit.json}, ...); the run's own state files are refused. Returns its path.
   */
  public static Path writeExtra(Path dir, String relative, byte[] content) {
    return RunFiles.writeExtra(dir, relative, content);
  }

  /** As {@link #writeExtra(Path, String, byte[])}, for text (UTF-8). */
  public static Path writeExtra(Path dir, String relative, String text) {
    return RunFiles.writeExtra(dir, relative, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A reopened run: the directory (a listener again) and the checkpoint to restore. */
  public record Resumed(RunDirectory directory, Checkpoint checkpoint) {}

  /** The directory. */
  public Path path() {
    return dir;
  }

  @Override
  public synchronized void onIteration(IterationResult r, Driver driver) {
    String stop = driver.stopReason();
    boolean checkpoint = cadence.due(stop != null || driver.finished());
    List<String> extra = extraColumns(measures);
    DriverState state = checkpoint || !extra.isEmpty() ? driver.state() : null;
    if (checkpoint) {
      writePolicies(state);
    }
    String exactName = r.gapName();
    Path metrics = dir.resolve("metrics.csv");
    String header = MetricsRow.header(game.numPlayers(), exactName, r.extras().keySet());
    if (!extra.isEmpty()) {
      header += "," + String.join(",", extra);
    }
    if (!Files.exists(metrics)) {
      append(metrics, header + "\n");
    } else if (!headerAligned) {
      // A resumed run whose file lacks columns this version writes (e.g. solver_fallbacks).
      HeaderColumns.align(metrics, header);
    }
    headerAligned = true;
    String row = MetricsRow.format(r);
    if (!extra.isEmpty()) {
      row += "," + MeasureColumns.format(measures, r, state);
    }
    String event = EventJson.format(r, stop);
    append(metrics, row + "\n");
    append(dir.resolve("events.jsonl"), event + "\n");
    lastHeader = header;
    lastRow = row;
    lastEvent = event;
    lastStop = stop;
    if (checkpoint) {
      writeState(state, true);
    }
  }

  /**
   * Writes {@code state} as the checkpoint, its new policy files first, without a metrics line:
   * e.g. mid-iteration, holding a learner's saved state, so that a resumed run continues that
   * learner instead of starting the iteration over.
   */
  @Override
  public void onCheckpoint(DriverState state) {
    saveState(state);
  }

  /** As {@link #onCheckpoint}. */
  public synchronized void saveState(DriverState state) {
    writePolicies(state);
    writeState(state, false);
  }

  /** Writes each slot's policy file that is not written yet at the slot's current version. */
  private void writePolicies(DriverState state) {
    PopulationView population = state.population();
    // The file each policy object is saved to in this call: slots sharing one policy save it once.
    Map<org.psro4j.policy.Policy, String> savedAs = new java.util.IdentityHashMap<>();
    for (int p = 0; p < population.players(); p++) {
      List<String> files = policyFiles.get(p);
      List<Integer> versions = writtenVersions.get(p);
      while (versions.size() < files.size()) {
        versions.add(population.slot(p, versions.size()).ref().version());
      }
      for (PolicySlot slot : population.slots(p)) {
        int k = slot.ref().slot();
        int v = slot.ref().version();
        if (k < files.size() && versions.get(k) == v) {
          continue;
        }
        String name = "policies/p" + p + "_" + k + (v == 0 ? "" : "_v" + v) + ".json";
        String saved = savedAs.get(slot.policy());
        if (saved != null) {
          // One policy in several slots (e.g. a team run's shared best response): saved once.
          PolicyFiles.alias(dir.resolve(saved), dir.resolve(name), provenance(state, slot));
        } else {
          PolicyFiles.write(slot.policy(), game, dir.resolve(name), provenance(state, slot));
          savedAs.put(slot.policy(), name);
        }
        if (k < files.size()) {
          if (!files.get(k).equals(name)) {
            superseded.add(files.get(k));
          }
          files.set(k, name);
          versions.set(k, v);
        } else {
          files.add(name);
          versions.add(v);
        }
      }
    }
  }

  /** How a slot's policy was made, as its file records it. */
  private JsonNode provenance(DriverState state, PolicySlot slot) {
    ObjectNode o = JSON.createObjectNode();
    o.put("format_version", VERSION);
    o.put("name", state.names(slot.ref().player()).get(slot.ref().slot()));
    o.put("player", slot.ref().player());
    o.put("slot", slot.ref().slot());
    o.put("policy_version", slot.ref().version());
    o.put("role", slot.role().name().toLowerCase(java.util.Locale.ROOT));
    boolean initial = state.iteration() <= 0;
    o.put("made_by", initial ? "initial population" : "best response (oracle " + oracle + ")");
    o.put("iteration", Math.max(0, state.iteration()));
    return o;
  }

  /** The checkpoint: learners' blobs, then state.json by atomic rename (metagame.json before). */
  private void writeState(DriverState state, boolean withMetaGame) {
    JsonNode metaGameTree = EmpiricalGameJson.toFullTree(state.metaGame());
    if (withMetaGame) {
      AtomicFiles.write(dir.resolve("metagame.json"), DriverStateJson.text(metaGameTree));
    }
    Map<String, Map<String, String>> blobFiles = learnerFiles.write(state.learners());
    ObjectNode json = DriverStateJson.write(state, policyFiles, metaGameTree, blobFiles);
    if (lastStop != null) {
      json.put("stopped_by", lastStop);
    }
    if (lastRow != null) {
      json.put("metrics_header", lastHeader);
      json.put("metrics_row", lastRow);
      json.put("event", lastEvent);
    }
    AtomicFiles.write(dir.resolve("checkpoint").resolve("state.json"), pretty(json));
    learnerFiles.removeStale(state.learners());
    if (deleteSuperseded) {
      SupersededPolicies.delete(dir, superseded, policyFiles);
    }
    superseded.clear();
    cadence.written();
    checkpointIteration = state.iteration();
  }

  private static Checkpoint readCheckpoint(Path dir, Path file, Game game) {
    try {
      JsonNode s = JSON.readTree(file.toFile());
      if (s == null || !s.isObject()) {
        throw new IllegalArgumentException(
            "checkpoint " + file + " is corrupt or of another version: not a JSON object");
      }
      return DriverStateJson.read(s, dir, game);
    } catch (IOException e) {
      throw new IllegalArgumentException("checkpoint " + file + " is corrupt: " + firstLine(e));
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("checkpoint ")) {
        throw e;
      }
      throw new IllegalArgumentException("checkpoint " + file + ": " + e.getMessage());
    }
  }

  /**
   * Brings a version 1 metrics.csv to today's columns: the columns it lacks are appended, empty on
   * its old rows (their values were never measured).
   */
  private static void addMissingColumns(Path file) {
    if (!Files.exists(file)) {
      return;
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty()
          || java.util.Arrays.asList(lines.getFirst().split(","))
              .contains(MetricsRow.BR_IMPROVEMENT)) {
        return;
      }
      List<String> out = new ArrayList<>();
      out.add(lines.getFirst() + "," + MetricsRow.BR_IMPROVEMENT);
      for (String line : lines.subList(1, lines.size())) {
        out.add(line + ",");
      }
      AtomicFiles.write(file, String.join("\n", out) + "\n");
    } catch (IOException e) {
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

  static String pretty(JsonNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstLine(Exception e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
