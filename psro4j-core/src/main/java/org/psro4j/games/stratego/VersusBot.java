package org.psro4j.games.stratego;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.psro4j.game.Game;
import org.psro4j.game.State;
import org.psro4j.policy.EpisodePolicy;
import org.psro4j.policy.Policy;
import org.psro4j.psro.SampledEvaluator;
import org.psro4j.random.Sampling;
import org.psro4j.random.Seeds;

/**
 * Plays a PSRO meta-strategy (each player's mixture over its population) against one fixed policy
 * in a two-player zero-sum game: game {@code i} seats the mixture as player {@code i % 2}, draws a
 * member of that player's population from its marginal and plays one episode against {@code bot}.
 * Game {@code i} is a function of {@code (seed, i)}. Each game's end is classified as well (the
 * Flag taken, a side left without a legal move, the move limit), so a weak result says how it was
 * lost.
 *
 * @param games games played
 * @param wins games the mixture won (by the rules in Barrage; else a return above 0)
 * @param draws games drawn (by the rules in Barrage; else a return of 0)
 * @param losses games the mixture lost
 * @param flagWins wins by taking the bot's Flag (the other wins: the bot had no legal move)
 * @param flagLosses losses of the mixture's own Flag (the other losses: it had no legal move)
 * @param limitDraws draws at the move limit (the other draws: neither side could move)
 * @param meanMoves mean number of moves (setup excluded) per game
 * @param strongOnBomb games in which the mixture lost its Marshal or its General attacking the
 *     bot's Bomb (the commonest way a learned policy ends up with no movable piece)
 * @param strongOnBombLosses the lost games among {@code strongOnBomb}
 * @param minerOnBomb games in which the mixture's Miner took the bot's Bomb
 */
public record VersusBot(
    int games,
    int wins,
    int draws,
    int losses,
    int flagWins,
    int flagLosses,
    int limitDraws,
    double meanMoves,
    int strongOnBomb,
    int strongOnBombLosses,
    int minerOnBomb) {

  /** Plays {@code games} games of the mixture against {@code bot}. */
  public static VersusBot play(
      Game game,
      List<List<Policy>> population,
      double[][] marginals,
      Policy bot,
      int games,
      long seed) {
    Objects.requireNonNull(bot, "bot");
    if (game.numPlayers() != 2) {
      throw new IllegalArgumentException(game + " is not a two-player game");
    }
    if (games < 1) {
      throw new IllegalArgumentException("games=" + games + " must be at least 1");
    }
    int[] counts = new int[9];
    long moves = 0;
    for (int i = 0; i < games; i++) {
      SplittableRandom rng = Seeds.random(seed, "versus", i);
      int seat = i % 2;
      Policy member = population.get(seat).get(Sampling.index(marginals[seat], rng));
      Policy[] profile = seat == 0 ? new Policy[] {member, bot} : new Policy[] {bot, member};
      boolean[] onBomb = new boolean[2];
      State end = playToEnd(game, profile, rng, seat, onBomb);
      int outcome;
      if (end instanceof BarrageState) {
        // By the rules: a shaped game's returns add training terms even to a draw.
        BarragePosition at = BarragePosition.of(end);
        outcome = at.winner() == seat ? 0 : at.winner() < 0 ? 1 : 2;
        moves += at.moves();
        BarragePosition.Ending how = at.ending();
        boolean byFlagOrLimit =
            how == BarragePosition.Ending.FLAG_CAPTURED || how == BarragePosition.Ending.MOVE_LIMIT;
        counts[3 + outcome] += byFlagOrLimit ? 1 : 0;
      } else {
        double r = end.returns()[seat];
        outcome = r > 0 ? 0 : r < 0 ? 2 : 1;
      }
      counts[outcome]++;
      counts[6] += onBomb[0] ? 1 : 0;
      counts[7] += onBomb[0] && outcome == 2 ? 1 : 0;
      counts[8] += onBomb[1] ? 1 : 0;
    }
    return new VersusBot(
        games,
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        counts[5],
        counts[4],
        (double) moves / games,
        counts[6],
        counts[7],
        counts[8]);
  }

  /**
   * Plays one episode as {@link SampledEvaluator#playEpisode} does (the same draws from {@code
   * random}) and returns its terminal state; sets {@code onBomb[0]} when player {@code seat}'s
   * Marshal or General attacks a Bomb and {@code onBomb[1]} when its Miner does.
   */
  private static State playToEnd(
      Game game, Policy[] profile, SplittableRandom random, int seat, boolean[] onBomb) {
    EpisodePolicy[] handles = new EpisodePolicy[profile.length];
    for (int p = 0; p < profile.length; p++) {
      handles[p] = profile[p].newEpisode(p);
    }
    State s = game.newInitialState();
    while (!s.isTerminal()) {
      if (s.isChanceNode()) {
        s.apply(Sampling.chance(s.chanceOutcomes(), random));
        continue;
      }
      int p = s.currentPlayer();
      int action = s.legalActions(p)[Sampling.index(handles[p].actionProbabilities(s), random)];
      if (p == seat && s instanceof BarrageState b && !b.inSetup()) {
        Rank attacker = onBomb(b, action);
        onBomb[0] |= attacker == Rank.MARSHAL || attacker == Rank.GENERAL;
        onBomb[1] |= attacker == Rank.MINER;
      }
      s.apply(action);
    }
    return s;
  }

  /** The rank of the piece {@code move} sends onto a Bomb, or null when it attacks no Bomb. */
  private static Rank onBomb(BarrageState s, int move) {
    int defender = s.pieceAt(Board.moveTo(move));
    if (defender == BarrageState.NONE || BarrageState.rank(defender) != Rank.BOMB) {
      return null;
    }
    return BarrageState.rank(s.pieceAt(Board.moveFrom(move)));
  }

  /**
   * Games lost without a legal move: every loss not by the Flag (no movable piece left, or each one
   * blocked).
   */
  public int noMoveLosses() {
    return losses - flagLosses;
  }

  /** Share of games won. */
  public double winRate() {
    return (double) wins / games;
  }

  /** Standard error of {@link #winRate()}: √(p(1 − p)/games). */
  public double winRateStandardError() {
    double p = winRate();
    return Math.sqrt(p * (1 - p) / games);
  }

  /** Half-width of the normal-approximation 95% interval of {@link #winRate()}. */
  public double winRateHalfWidth95() {
    return 1.96 * winRateStandardError();
  }
}
