package org.psro4j.cli.stratego;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.psro4j.cli.UserPaths;
import org.psro4j.game.Games;
import org.psro4j.game.State;
import org.psro4j.games.stratego.BarrageStratego;
import org.psro4j.io.AtomicFiles;
import org.psro4j.policy.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code psro4j stratego play}: one game between two policies, traced as boards on stdout. */
@Command(
    name = "play",
    mixinStandardHelpOptions = true,
    description = {
      "Plays one barrage_stratego game between two bots or policy files and prints the whole"
          + " board (player 0 upper case, player 1 lower case; * revealed, + moved) after setup,"
          + " every --every moves and at the end, with the result.",
      "With --picture, also draws the game into a PNG: the board after setup and the board at"
          + " the end with every move traced on it."
    },
    footer = {
      "",
      "Examples:",
      "  psro4j stratego play --p0 heuristic --p1 random --seed 3",
      "  psro4j stratego play --p0 runs/barrage/policies/p0_2.json --p1 heuristic --every 20",
      "  psro4j stratego play --p0 heuristic --p1 random --seed 3 --picture game.png"
    })
final class PlayCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--game",
      defaultValue = "barrage_stratego",
      description = "A barrage_stratego game string (default: ${DEFAULT-VALUE}).")
  String game;

  @Option(
      names = "--p0",
      defaultValue = "heuristic",
      description = "Bot or policy file of player 0.")
  String p0;

  @Option(names = "--p1", defaultValue = "random", description = "Bot or policy file of player 1.")
  String p1;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default: 1).")
  long seed;

  @Option(
      names = "--every",
      defaultValue = "0",
      description = "Print the board every N moves; 0 prints after setup and at the end only.")
  int every;

  @Option(
      names = "--picture",
      paramLabel = "FILE.png",
      description =
          "Also draw the game into this PNG: the setup, and the end with every move traced.")
  Path picture;

  @Option(names = "--force", description = "Replace the --picture file if it exists.")
  boolean force;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() {
    if (every < 0) {
      throw new IllegalArgumentException("--every " + every + ": must be 0 or more");
    }
    if (picture != null) {
      if (!picture.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
        throw new IllegalArgumentException(
            "--picture " + picture + ": the picture is a PNG; give a name ending in .png");
      }
      UserPaths.outputFile("--picture", picture, force);
    }
    BarrageStratego g = StrategoCommand.requireBarrage(Games.load(game), "--game");
    Policy[] profile = {
      StrategoCommand.policy("--p0", p0, g), StrategoCommand.policy("--p1", p1, g)
    };
    BarrageGameRecord record =
        BarrageGameRecord.play(g, profile, List.of(label(p0), label(p1)), seed);
    PrintWriter out = spec.commandLine().getOut();
    State s = g.newInitialState();
    int moves = 0;
    for (int action : record.actions()) {
      s.apply(action);
      moves++;
      int play = moves - BarrageStratego.SETUP_MOVES;
      if (play == 0 || (every > 0 && play > 0 && play % every == 0)) {
        out.println(s);
        out.println();
      }
    }
    out.println(s);
    out.printf(
        Locale.ROOT, "%s after %d moves (%s vs %s)%n", record.result(), record.moves(), p0, p1);
    if (picture != null) {
      AtomicFiles.write(picture, BarrageGamePicture.draw(record));
      out.println("wrote " + picture);
    }
    out.flush();
    return 0;
  }

  /** A bot by its name, a policy file by its file name without {@code .json}. */
  static String label(String policy) {
    String name = Path.of(policy.strip()).getFileName().toString();
    return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
  }
}
