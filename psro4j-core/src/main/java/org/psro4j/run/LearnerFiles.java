package org.psro4j.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.psro4j.io.AtomicFiles;
import org.psro4j.state.LearnerState;

/**
 * The learners' blobs of a run's checkpoint, under {@code checkpoint/learners/KEY/GEN/BLOB}. The
 * blobs a new state of a learner changed go into a fresh generation folder; a blob whose bytes
 * equal those already on disk under its name (e.g. a fixed Pipeline level's policy) keeps its file,
 * so a checkpoint may name files of several generations. A file is deleted only after {@code
 * state.json} no longer names it, so a run killed while a learner saves still finds the blobs that
 * belong to the state it restores (never new weights under old step counters). A state already on
 * disk (the same value handed in again, e.g. another learner's save) is not rewritten. Before,
 * every blob was written again at every checkpoint: a Pipeline PSRO run on Leduc wrote and forced
 * ~300 files (18 MB) a promotion late in the run.
 */
final class LearnerFiles {

  private record Written(LearnerState state, Map<String, String> files) {}

  private final Path dir;
  private final Map<String, Written> written = new HashMap<>();
  // The next generation folder of each learner: above every one on disk when first used.
  private final Map<String, Long> nextGeneration = new HashMap<>();
  // Files the previous state named that the latest no longer does: deleted by removeStale.
  private final Set<String> dropped = new HashSet<>();
  // Whether removeStale has looked at every file on disk yet (once per process: it clears what an
  // earlier process wrote or left behind).
  private boolean swept;

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
        Map<String, String> files = new LinkedHashMap<>();
        String generation = null;
        for (Map.Entry<String, byte[]> b : e.getValue().blobs().entrySet()) {
          String kept =
              w == null ? null : unchanged(w.state(), w.files(), b.getKey(), b.getValue());
          if (kept != null) {
            files.put(b.getKey(), kept);
            continue;
          }
          if (generation == null) {
            generation = Long.toString(takeGeneration(key));
          }
          String rel = "checkpoint/learners/" + key + "/" + generation + "/" + b.getKey();
          AtomicFiles.write(dir.resolve(rel), b.getValue());
          files.put(b.getKey(), rel);
        }
        if (w != null) {
          dropped.addAll(w.files().values());
        }
        dropped.removeAll(files.values());
        w = new Written(e.getValue(), files);
        written.put(key, w);
      }
      out.put(key, w.files());
    }
    return out;
  }

  /** The file of blob {@code name} in {@code before} when {@code bytes} equal it, else null. */
  private static String unchanged(
      LearnerState before, Map<String, String> files, String name, byte[] bytes) {
    byte[] old = before.blobs().get(name);
    String file = files.get(name);
    return file != null && old != null && (old == bytes || Arrays.equals(old, bytes)) ? file : null;
  }

  /** A generation folder of {@code key} that no file on disk is in (and none will be). */
  private long takeGeneration(String key) {
    long g = nextGeneration.computeIfAbsent(key, k -> lastGeneration(k) + 1);
    nextGeneration.put(key, g + 1);
    return g;
  }

  /**
   * Deletes what the checkpoint just written no longer names: folders of learners not in {@code
   * learners}, and the files of those that are which it does not name (with folders left empty).
   * The first call looks at every file on disk (an earlier process's too); later ones delete just
   * what this process's latest states stopped naming.
   */
  void removeStale(Map<String, LearnerState> learners) {
    Path root = dir.resolve("checkpoint").resolve("learners");
    Set<String> gone = new HashSet<>(written.keySet());
    gone.removeAll(learners.keySet());
    written.keySet().retainAll(learners.keySet());
    Set<String> named = new HashSet<>();
    for (Written w : written.values()) {
      named.addAll(w.files().values());
    }
    if (!swept) {
      sweep(root, named);
      swept = true;
    } else {
      for (String key : gone) {
        deleteRecursively(root.resolve(key));
      }
      for (String file : dropped) {
        if (!named.contains(file)) {
          deleteWithEmptyFolder(dir.resolve(file));
        }
      }
    }
    dropped.clear();
  }

  /** Deletes every file and folder under {@code root} that {@code named} does not hold. */
  private void sweep(Path root, Set<String> named) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> keys = Files.list(root)) {
      for (Path key : keys.toList()) {
        if (!written.containsKey(key.getFileName().toString())) {
          deleteRecursively(key);
          continue;
        }
        try (Stream<Path> generations = Files.list(key)) {
          for (Path g : generations.toList()) {
            try (Stream<Path> blobs = Files.list(g)) {
              for (Path b : blobs.toList()) {
                if (!named.contains(dir.relativize(b).toString().replace('\\', '/'))) {
                  deleteRecursively(b);
                }
              }
            }
            deleteIfEmpty(g);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  private static void deleteWithEmptyFolder(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + file, e);
    }
    deleteIfEmpty(file.getParent());
  }

  private static void deleteIfEmpty(Path folder) {
    try {
      Files.deleteIfExists(folder);
    } catch (DirectoryNotEmptyException e) {
      // still holds a file the checkpoint names
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + folder, e);
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
