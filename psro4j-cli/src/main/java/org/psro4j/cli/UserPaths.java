package org.psro4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.psro4j.io.StaleTempFiles;

/**
 * Checks the files and directories a user names on the command line before anything is written, so
 * each mistake is one line naming the path (exit 2) rather than an I/O error half-way.
 */
public final class UserPaths {

  private UserPaths() {}

  /** An input file that must exist and be a regular file. */
  public static Path inputFile(String option, Path file) {
    requireNonEmpty(option, file);
    if (Files.isDirectory(file)) {
      throw new BadInputException(option + " " + file + " is a directory, not a file");
    }
    if (!Files.exists(file)) {
      throw new BadInputException(option + " " + file + ": no such file");
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException(option + " " + file + ": permission denied");
    }
    return file;
  }

  /**
   * An output file: not empty, not a directory, not an existing file unless {@code force}, in a
   * directory that is one (or can be made) and that the user may write. Removes temporary files a
   * killed earlier writer of the same file left behind.
   */
  public static Path outputFile(String option, Path file, boolean force) {
    requireNonEmpty(option, file);
    if (Files.isDirectory(file)) {
      throw new BadInputException(option + " " + file + " is a directory; give a file name");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // a device, pipe or socket: a rename over it would replace it (e.g. /dev/null) for good
      throw new BadInputException(
          option + " " + file + " is not a regular file; give a file name to write");
    }
    if (Files.exists(file) && !force) {
      throw new BadInputException(option + " " + file + " exists; use --force to replace it");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      writableDirectory(option, file, parent);
    }
    StaleTempFiles.removeSiblingsOf(file);
    return file;
  }

  /**
   * An output directory: not empty, not an existing file, with no file on its way, and writable
   * where it exists (or where it would be created).
   */
  public static Path outputDirectory(String option, Path dir) {
    requireNonEmpty(option, dir);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new BadInputException(option + " " + dir + " exists and is not a directory");
    }
    writableDirectory(option, dir, dir.toAbsolutePath());
    return dir;
  }

  private static void writableDirectory(String option, Path named, Path dir) {
    Path existing = dir;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return;
    }
    if (!Files.isDirectory(existing)) {
      throw new BadInputException(option + " " + named + ": " + existing + " is not a directory");
    }
    if (!Files.isWritable(existing)) {
      throw new BadInputException(
          option + " " + named + ": cannot write in " + existing + " (permission denied)");
    }
  }

  private static void requireNonEmpty(String option, Path path) {
    if (path == null || path.toString().isBlank()) {
      throw new BadInputException(option + " is empty; give a path");
    }
  }
}
