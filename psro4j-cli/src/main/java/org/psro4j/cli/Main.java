package org.psro4j.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code psro4j} command. */
@Command(
    name = "psro4j",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Finds equilibria of multi-player games by growing populations of policies.",
    subcommands = {
      org.psro4j.cli.run.RunCommand.class,
      org.psro4j.cli.run.ResumeCommand.class,
      org.psro4j.cli.run.ReportCommand.class,
      org.psro4j.cli.run.ExploitCommand.class,
      GamesCommand.class,
      ExploitabilityCommand.class,
      SolveCommand.class,
      MetasolveCommand.class,
      BenchCommand.class,
      org.psro4j.cli.ssa.SsaCommand.class,
      org.psro4j.cli.compare.CompareCommand.class,
      org.psro4j.cli.serve.ServeCommand.class,
      org.psro4j.cli.interop.ExportCommand.class,
      org.psro4j.cli.interop.ImportCommand.class,
      org.psro4j.cli.ctf.CtfCommand.class,
      org.psro4j.cli.stratego.StrategoCommand.class,
      org.psro4j.cli.cluster.ClusterCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Exit code for bad input. */
  public static final int BAD_INPUT = BadInputException.EXIT_CODE;

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** Builds the command line with psro4j's error handling: one line, exit 2 on bad input. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("psro4j: " + ex.getMessage());
          err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          err.flush();
          return BAD_INPUT;
        });
    return cl;
  }

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    // The logger starts here, before any thread of a cluster member logs: SLF4J otherwise replays
    // the calls made while it started, with three lines of warning on stderr.
    org.slf4j.LoggerFactory.getILoggerFactory();
    System.exit(commandLine().execute(args));
  }
}
