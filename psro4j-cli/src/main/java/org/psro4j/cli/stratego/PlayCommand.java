package org.psro4j.cli.stratego;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.game.State;
import org.psro4j.games.stratego.BarrageStratego;
import org.psro4j.policy.Policy;
import org.psro4j.random.Sampling;
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
          + " every --every moves and at the end, with the result."
    },
    footer = {
      "",
      "Examples:",
      "  psro4j stratego play --p0 heuristic --p1 random --seed 3",
      "  psro4j stratego play --p0 runs/barrage/policies/p0_2.json --p1 heuristic --every 20"
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

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() {
    if (every < 0) {
      throw new IllegalArgumentException("--every " + every + ": must be 0 or more");
    }
    Game g = StrategoCommand.requireBarrage(Games.load(game), "--game");
    Policy[] profile = {
      StrategoCommand.policy("--p0", p0, g), StrategoCommand.policy("--p1", p1, g)
    };
    PrintWriter out = spec.commandLine().getOut();
    SplittableRandom rng = new SplittableRandom(seed);
    State s = g.newInitialState();
    int moves = 0;
    while (!s.isTerminal()) {
      int p = s.currentPlayer();
      s.apply(s.legalActions(p)[Sampling.index(profile[p].actionProbabilities(s, p), rng)]);
      moves++;
      int play = moves - BarrageStratego.SETUP_MOVES;
      if (play == 0 || (every > 0 && play > 0 && play % every == 0)) {
        out.println(s);
        out.println();
      }
    }
    out.println(s);
    double[] r = s.returns();
    String result = r[0] > 0 ? "player 0 wins" : r[0] < 0 ? "player 1 wins" : "draw";
    out.printf(
        Locale.ROOT,
        "%s after %d moves (%s vs %s)%n",
        result,
        Math.max(0, moves - BarrageStratego.SETUP_MOVES),
        p0,
        p1);
    out.flush();
    return 0;
  }
}
