package org.psro4j.games.stratego;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;
import org.psro4j.psro.SampledEvaluator;
import org.psro4j.random.Sampling;
import org.psro4j.random.Seeds;

/**
 * Plays a PSRO meta-strategy (each player's mixture over its population) against one fixed policy
 * in a two-player zero-sum game: game {@code i} seats the mixture as player {@code i % 2}, draws a
 * member of that player's population from its marginal and plays one episode against {@code bot}.
 * Game {@code i} is a function of {@code (seed, i)}.
 *
 * @param games games played
 * @param wins games the mixture won (return above 0)
 * @param draws games with return 0
 * @param losses games the mixture lost
 */
public record VersusBot(int games, int wins, int draws, int losses) {

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
    int wins = 0;
    int draws = 0;
    int losses = 0;
    for (int i = 0; i < games; i++) {
      SplittableRandom rng = Seeds.random(seed, "versus", i);
      int seat = i % 2;
      Policy member = population.get(seat).get(Sampling.index(marginals[seat], rng));
      Policy[] profile = seat == 0 ? new Policy[] {member, bot} : new Policy[] {bot, member};
      double r = SampledEvaluator.playEpisode(game, profile, rng)[seat];
      if (r > 0) {
        wins++;
      } else if (r < 0) {
        losses++;
      } else {
        draws++;
      }
    }
    return new VersusBot(games, wins, draws, losses);
  }

  /** Share of games won. */
  public double winRate() {
    return (double) wins / games;
  }

  /** Half-width of the normal-approximation 95% interval of {@link #winRate()}. */
  public double winRateHalfWidth95() {
    double p = winRate();
    return 1.96 * Math.sqrt(p * (1 - p) / games);
  }
}
