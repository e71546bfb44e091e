package org.psro4j.cli.run;

import java.nio.file.Path;
import org.psro4j.psro.PopulationDriver;

/**
 * Tells a user who stops a run with Ctrl-C (or {@code kill}) how to continue it: a shutdown hook
 * that prints {@code psro4j resume DIR} unless the run finished. SIGKILL runs no hook; the run
 * directory is consistent either way (see {@code RunDirectory}).
 */
final class InterruptNotice {

  private InterruptNotice() {}

  /** Installs the notice for the run in {@code dir}; returns the hook for {@link #remove}. */
  static Thread install(Path dir, PopulationDriver driver) {
    return install(dir, driver, driver::iteration);
  }

  /** As {@link #install(Path, PopulationDriver)} for any driver, with its iteration count. */
  static Thread install(
      Path dir, org.psro4j.psro.Driver driver, java.util.function.IntSupplier iteration) {
    Thread hook =
        new Thread(
            () -> {
              if (!driver.finished()) {
                System.err.println();
                System.err.println(message(dir, iteration.getAsInt()));
                System.err.flush();
              }
            },
            "psro4j-interrupt-notice");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }

  /** The notice: where the run stands and the command that continues it. */
  static String message(Path dir, int iteration) {
    return "psro4j: interrupted; "
        + dir
        + " holds iterations up to "
        + Math.max(0, iteration)
        + " (the last checkpoint); 'psro4j resume "
        + dir
        + "' continues the run";
  }

  /** Removes the hook once the run ended normally or with an error already reported. */
  static void remove(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook decides for itself
    }
  }
}
