package org.psro4j.cli.run;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Output options shared by {@code run} and {@code resume}. */
public final class RunOutput {

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Run directory (default runs/<game>-<algo>).")
  Path out;

  @Option(names = "--force", description = "Replace an existing run in --out.")
  boolean force;

  @Option(names = "--quiet", description = "No progress bar and no per-iteration lines.")
  boolean quiet;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Option(names = "--json", description = "Print the final summary as JSON on stdout.")
  boolean json;

  @Option(
      names = "--report",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Draw plots and report.html at the end (--no-report skips them).")
  boolean report;
}
