package org.psro4j.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.psro4j.io.AtomicFiles;
import org.psro4j.state.LearnerState;

/**
 * The learners' blobs of a run's checkpoint, under {@code checkpoint/learners/KEY/GEN/BLOB}. Each
 * new state of a learner goes into a fresh generation folder and the old one is deleted only after
 * {@code state.json} names the new one, so a run killed while a learner saves still finds the blobs
 * that belong to the state it restores (never new weights under old step counters). A state already
 * on disk (the same value handed in again, e.g. another learner's save) is not rewritten.
 */
final class LearnerFiles {

  private record Written(LearnerState state, String generation, Map<String, String> files) {}

  private final Path dir;
  private final Map<String, Written> written = new HashMap<>();

  LearnerFiles(Path dir) {
    this.dir = dir;
  }

  /** Writes the blobs of {@code learners} that are not on disk yet; returns their paths by key. */
  Map<String, Map<String, String>> write(Map<String, LearnerState> learners) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, LearnerState> e : learners.entrySet()) {
      String key = e.getKey();
      if (!key.matches("[A-Za-z0-9_.-]+")) {
        throw new IllegalArgumentException("learner name '" + key + "' must match [A-Za-z0-9_.-]+");
      }
      Written w = written.get(key);
      if (w == null || w.state() != e.getValue()) {
        String generation = Long.toString(lastGeneration(key) + 1);
        Map<String, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> b : e.getValue().blobs().entrySet()) {
          String rel = "checkpoint/learners/" + key + "/" + generation + "/" + b.getKey();
          AtomicFiles.write(dir.resolve(rel), b.getValue());
          files.put(b.getKey(), rel);
        }
        w = new Written(e.getValue(), generation, files);
        written.put(key, w);
      }
      out.put(key, w.files());
    }
    return out;
  }

  /**
   * Deletes what the checkpoint just written no longer names: folders of learners not in {@code
   * learners}, and the older generations of those that are.
   */
  void removeStale(Map<String, LearnerState> learners) {
    written.keySet().retainAll(learners.keySet());
    Path root = dir.resolve("checkpoint").resolve("learners");
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> keys = Files.list(root)) {
      for (Path key : keys.toList()) {
        Written w = written.get(key.getFileName().toString());
        if (w == null) {
          deleteRecursively(key);
          continue;
        }
        try (Stream<Path> generations = Files.list(key)) {
          for (Path g : generations.toList()) {
            if (!g.getFileName().toString().equals(w.generation())) {
              deleteRecursively(g);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  /** The highest generation folder of {@code key} on disk (0 when none). */
  private long lastGeneration(String key) {
    Path folder = dir.resolve("checkpoint").resolve("learners").resolve(key);
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("[0-9]{1,18}"))
          .mapToLong(Long::parseLong)
          .max()
          .orElse(0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  static void deleteRecursively(Path path) {
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
}
