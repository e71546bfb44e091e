package org.psro4j.cli.stratego;

import java.nio.file.Files;
import java.nio.file.Path;
import org.psro4j.game.Game;
import org.psro4j.games.stratego.BarrageBots;
import org.psro4j.games.stratego.BarrageStratego;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code psro4j stratego}: commands for {@code barrage_stratego}. */
@Command(
    name = "stratego",
    mixinStandardHelpOptions = true,
    description = "Barrage Stratego: a run's meta-strategy against the bots, and game traces.",
    subcommands = {VersusCommand.class, PlayCommand.class},
    footer = {
      "",
      "Examples:",
      "  psro4j stratego versus runs/barrage --games 1000",
      "  psro4j stratego play --p0 heuristic --p1 random --seed 3 --every 50"
    })
public final class StrategoCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The policy {@code value} names: a built-in bot or a policy file from a run. */
  static Policy policy(String option, String value, Game game) {
    if (BarrageBots.NAMES.contains(value)) {
      return BarrageBots.create(value, game);
    }
    Path file = Path.of(value);
    if (Files.isRegularFile(file)) {
      return PolicyFiles.read(game, file);
    }
    throw new IllegalArgumentException(
        option
            + " "
            + value
            + " is neither a bot ("
            + String.join(", ", BarrageBots.NAMES)
            + ") nor a policy file");
  }

  static BarrageStratego requireBarrage(Game game, String where) {
    if (game instanceof BarrageStratego b) {
      return b;
    }
    throw new IllegalArgumentException(where + " plays " + game + ", not barrage_stratego");
  }
}
