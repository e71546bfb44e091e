package org.psro4j.cli.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.psro4j.cli.BadInputException;

/**
 * Turns a write failure during a run into a one-line answer a user can act on: a full disk says so
 * and that {@code psro4j resume DIR} continues from the last checkpoint.
 */
final class DiskErrors {

  private DiskErrors() {}

  /** A {@link BadInputException} for a full disk; {@code e} itself otherwise. */
  static RuntimeException explain(UncheckedIOException e, Path dir) {
    if (isDiskFull(e) && !java.nio.file.Files.exists(dir.resolve("checkpoint/state.json"))) {
      return new BadInputException(
          "disk full while writing "
              + dir
              + " before its first checkpoint: free some space and start the run again with"
              + " --force");
    }
    if (isDiskFull(e)) {
      return new BadInputException(
          "disk full while writing "
              + dir
              + "; its files are consistent up to the last checkpoint: free some space and run"
              + " 'psro4j resume "
              + dir
              + "' to continue");
    }
    return e;
  }

  /** Whether {@code t} or one of its causes says the device has no space left. */
  static boolean isDiskFull(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof IOException && String.valueOf(c.getMessage()).contains("No space left")) {
        return true;
      }
    }
    return false;
  }
}
