package org.psro4j.cli.ssa;

import java.nio.file.Files;
import java.nio.file.Path;
import org.psro4j.cli.progress.ProgressBar;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyFiles;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.heuristics.SsaHeuristics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code psro4j ssa}: commands for the space-situational-awareness game {@code ssa_coverage}. */
@Command(
    name = "ssa",
    mixinStandardHelpOptions = true,
    description = "Space situational awareness (ssa_coverage): heuristic matchups and pictures.",
    subcommands = {MatchupsCommand.class, PicturesCommand.class},
    footer = {
      "",
      "Examples:",
      "  psro4j ssa matchups --game \"ssa_coverage()\" --episodes 200 --out ssa-out",
      "  psro4j ssa pictures --game \"ssa_coverage()\" --blue reactive --red predictive --hour 12"
          + " --out ssa-out"
    })
public final class SsaCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Loads {@code gameString}, which must name an {@code ssa_coverage} game. */
  static SsaCoverage loadGame(String gameString) {
    Game game = Games.load(gameString);
    if (!(game instanceof SsaCoverage ssa)) {
      throw new IllegalArgumentException(
          "--game " + gameString + " is not an ssa_coverage game (try \"ssa_coverage()\")");
    }
    return ssa;
  }

  /**
   * The policy {@code value} names for {@code side}: a built-in heuristic, or a policy file (JSON
   * of any kind a codec reads, e.g. one from a run's policies/ directory).
   */
  static Policy policy(String option, String value, SsaCoverage game) {
    if (SsaHeuristics.NAMES.contains(value)) {
      return SsaHeuristics.create(value, game);
    }
    Path file = Path.of(value);
    if (value.endsWith(".json") || Files.isRegularFile(file)) {
      return PolicyFiles.read(game, file);
    }
    throw new IllegalArgumentException(
        option
            + " "
            + value
            + " is neither a heuristic ("
            + String.join(", ", SsaHeuristics.NAMES)
            + ") nor a policy file");
  }

  /** Whether to draw a progress bar: on a terminal, unless quiet or printing JSON. */
  static boolean progressBar(boolean quiet, boolean json) {
    return !quiet && !json && ProgressBar.isTerminal();
  }
}
