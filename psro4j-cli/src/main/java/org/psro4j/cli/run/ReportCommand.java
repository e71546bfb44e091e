package org.psro4j.cli.run;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.psro4j.cli.progress.ProgressBar;
import org.psro4j.cli.report.RunReport;
import org.psro4j.io.StaleTempFiles;
import org.psro4j.run.RunLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code psro4j report DIR}: redraws a run's plots and report.html from its files. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Redraws plots/*.png and report.html of a run directory from its files.",
    footer = {
      "",
      "Examples:",
      "  psro4j report runs/leduc",
      "  psro4j report runs/leduc --reference cfr+"
    })
public final class ReportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "The run directory.")
  Path dir;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--reference",
      paramLabel = "NAME",
      description =
          "Draw a reference solver's exact NashConv on the gap-against-wall-time plot, run on the"
              + " same game for the run's wall time: cfr+ (two-player games whose tree can be"
              + " walked).")
  String reference;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() {
    if (!java.nio.file.Files.isRegularFile(dir.resolve("metrics.csv"))) {
      throw new IllegalArgumentException(dir + " is not a run directory (no metrics.csv)");
    }
    boolean bar = reference != null && ProgressBar.isTerminal();
    Path report;
    try (RunLock lock = RunLock.acquire(dir);
        ProgressBar progress = new ProgressBar(reference + "", 1000, bar, System.err)) {
      StaleTempFiles.removeIn(dir, "plots");
      report =
          RunReport.write(
              dir,
              reference,
              (seconds, budget) ->
                  progress.update(
                      Math.round(1000 * seconds / budget),
                      String.format(java.util.Locale.ROOT, "%.1f of %.1f s", seconds, budget)));
    }
    spec.commandLine().getOut().println("report: " + report);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
