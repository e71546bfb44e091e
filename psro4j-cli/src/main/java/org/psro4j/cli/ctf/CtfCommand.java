package org.psro4j.cli.ctf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.games.ctf.CaptureTheFlag;
import org.psro4j.games.ctf.CtfBots;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code psro4j ctf}: commands for the grid game {@code capture_the_flag}. */
@Command(
    name = "ctf",
    mixinStandardHelpOptions = true,
    description = "Capture the flag (capture_the_flag): episode pictures and win rates.",
    subcommands = {CtfPictureCommand.class, CtfWinRatesCommand.class, CtfTeamCommand.class},
    footer = {
      "",
      "Examples:",
      "  psro4j ctf picture --red attacker,defender --blue random --out ctf-out",
      "  psro4j ctf winrates runs/ctf --episodes 100"
    })
public final class CtfCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Loads {@code gameString}, which must name a {@code capture_the_flag} game. */
  static CaptureTheFlag loadGame(String option, String gameString) {
    Game game = Games.load(gameString);
    if (!(game instanceof CaptureTheFlag ctf)) {
      throw new IllegalArgumentException(
          option + " " + gameString + " is not a capture_the_flag game");
    }
    return ctf;
  }

  /**
   * The policies of one side's seats from {@code value}: one entry for every seat, or one per seat
   * separated by commas; each a bot name or a policy file.
   */
  static Policy[] side(String option, String value, CaptureTheFlag game) {
    int seats = game.numPlayers() / 2;
    List<String> entries = List.of(value.split(",", -1));
    if (entries.size() != 1 && entries.size() != seats) {
      throw new IllegalArgumentException(
          option + " " + value + " names " + entries.size() + " policies for " + seats + " seats");
    }
    Policy[] out = new Policy[seats];
    for (int i = 0; i < seats; i++) {
      out[i] = policy(option, entries.get(entries.size() == 1 ? 0 : i).strip(), game);
    }
    return out;
  }

  private static Policy policy(String option, String value, CaptureTheFlag game) {
    if (CtfBots.NAMES.contains(value)) {
      return CtfBots.create(value, game);
    }
    Path file = Path.of(value);
    if (value.endsWith(".json") || Files.isRegularFile(file)) {
      return PolicyFiles.read(game, file);
    }
    throw new IllegalArgumentException(
        option
            + " "
            + value
            + " is neither a bot ("
            + String.join(", ", CtfBots.NAMES)
            + ") nor a policy file");
  }
}
