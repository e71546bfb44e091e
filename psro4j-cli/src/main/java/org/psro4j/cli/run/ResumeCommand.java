package org.psro4j.cli.run;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.psro4j.cli.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code psro4j resume DIR}: continues a run from its last checkpoint. A cluster run is refused in
 * one line naming {@code psro4j cluster manager --run DIR}, which resumes it: its manager serves on
 * an address workers join, which this command has no flags for.
 */
@Command(
    name = "resume",
    mixinStandardHelpOptions = true,
    description =
        "Continues a run (even one killed with kill -9) from its last complete checkpoint.",
    footer = {
      "",
      "Examples:",
      "  psro4j resume runs/leduc",
      "  psro4j resume runs/leduc --iterations 200   # extend the budget",
      "  psro4j cluster manager --run runs/kuhn-c     # a cluster run resumes from its manager"
    })
public final class ResumeCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "The run directory.")
  Path dir;

  @Option(names = "--iterations", description = "A new iteration budget (default: the run's own).")
  Integer iterations;

  @Mixin RunOutput output;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (output.out != null) {
      throw new BadInputException(
          "resume continues the run in DIR (" + dir + "); --out is not an option of resume");
    }
    if (output.force) {
      throw new BadInputException(
          "resume never replaces a run; --force is not an option of resume (use run --force)");
    }
    if (!java.nio.file.Files.isDirectory(dir)) {
      throw new BadInputException(dir + " is not a run directory");
    }
    com.fasterxml.jackson.databind.node.ObjectNode recorded =
        org.psro4j.run.RunDirectory.readConfig(dir);
    if ("cluster".equals(recorded.path("engine").asText())) {
      // Its manager binds an address and a port and its workers join there: not this command's.
      throw new BadInputException(
          dir
              + " is a cluster run: resume it with 'psro4j cluster manager --run "
              + dir
              + "' (add the --bind and --port it had; its workers join again)");
    }
    if ("pipeline".equals(recorded.path("algo").asText())) {
      if (iterations != null) {
        throw new BadInputException(
            "--iterations cannot change a Pipeline PSRO run's levels on resume");
      }
      RunConfig config =
          RunConfig.defaults()
              .overriddenBy(ConfigFile.parse(dir.resolve("config.json").toString(), recorded))
              .withDefaultSolver();
      config.validate();
      return PipelineSession.resume(dir, config, output, spec.commandLine().getOut()).runToEnd();
    }
    return RunSession.resume(dir, iterations, output, spec.commandLine().getOut()).runToEnd();
  }
}
