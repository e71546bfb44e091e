package org.psro4j.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes the temporary siblings ({@code .NAME….tmp}) that {@link AtomicFiles} leaves behind when a
 * process is killed between writing and renaming. Only the next writer of a place calls this: for a
 * run directory, the process holding its lock; for a single output file, its next writer.
 */
public final class StaleTempFiles {

  private StaleTempFiles() {}

  /**
   * Deletes every temporary sibling directly in {@code dir} and in the given subdirectories of it
   * (e.g. a run's {@code policies}, {@code checkpoint}, {@code plots}); returns them.
   */
  public static List<Path> removeIn(Path dir, String... subdirectories) {
    List<Path> removed = new ArrayList<>(removeUnder(dir));
    for (String sub : subdirectories) {
      removed.addAll(removeUnder(dir.resolve(sub)));
    }
    return removed;
  }

  /** Deletes every temporary sibling directly in {@code dir}; returns them. */
  public static List<Path> removeUnder(Path dir) {
    List<Path> removed = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return removed;
    }
    try (Stream<Path> walk = Files.list(dir)) {
      for (Path p : walk.filter(StaleTempFiles::isTemp).toList()) {
        if (Files.deleteIfExists(p)) {
          removed.add(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean temporary files in " + dir, e);
    }
    return removed;
  }

  /** Deletes the temporary siblings of {@code target}; returns them. */
  public static List<Path> removeSiblingsOf(Path target) {
    List<Path> removed = new ArrayList<>();
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return removed;
    }
    String glob = "." + abs.getFileName() + "*" + AtomicFiles.TEMP_SUFFIX;
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(dir, glob)) {
      for (Path p : siblings) {
        if (Files.isRegularFile(p) && Files.deleteIfExists(p)) {
          removed.add(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean temporary files next to " + target, e);
    }
    return removed;
  }

  static boolean isTemp(Path p) {
    String name = p.getFileName().toString();
    return name.startsWith(".")
        && name.endsWith(AtomicFiles.TEMP_SUFFIX)
        && name.length() > 1 + AtomicFiles.TEMP_SUFFIX.length()
        && Files.isRegularFile(p);
  }
}
