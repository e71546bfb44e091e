package org.psro4j.games.ctf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.psro4j.policy.Policy;

/**
 * Win rates of a team of policies against each built-in bot: the team plays half the episodes as
 * red (seats 0 and 2 with their own policies) and half as blue (seats 1 and 3) against a pair of
 * the same bot on the other side. In a 2-player game each side has one seat.
 */
public final class CtfWinRates {

  /**
   * The tally against one bot, from the team's side, both colours together.
   *
   * @param bot the bot's name
   * @param episodes episodes played
   * @param wins episodes the team ended with more captures
   * @param draws episodes with equal captures
   * @param losses episodes the bot pair ended ahead
   * @param captures the team's mean captures per episode
   * @param botCaptures the bots' mean captures per episode
   */
  public record Row(
      String bot,
      int episodes,
      int wins,
      int draws,
      int losses,
      double captures,
      double botCaptures) {

    /** The share of episodes won. */
    public double winRate() {
      return (double) wins / episodes;
    }

    /** The standard error of {@link #winRate()}, sqrt(p(1 − p)/n). */
    public double winRateStandardError() {
      double p = winRate();
      return Math.sqrt(p * (1 - p) / episodes);
    }
  }

  private CtfWinRates() {}

  /**
   * Plays {@code team} (one policy per seat; only the seats of the side being played are used)
   * against every bot in {@link CtfBots#NAMES}, {@code episodes} episodes per colour, from {@code
   * seed}.
   */
  public static List<Row> againstBots(CaptureTheFlag game, Policy[] team, int episodes, long seed) {
    Objects.requireNonNull(game, "game");
    if (team.length != game.numPlayers()) {
      throw new IllegalArgumentException(
          "team has " + team.length + " policies for " + game.numPlayers() + " seats");
    }
    List<Row> rows = new ArrayList<>();
    for (String name : CtfBots.NAMES) {
      Policy bot = CtfBots.create(name, game);
      CtfMatch.Result asRed = CtfMatch.play(game, seat(team, bot, 0), episodes, seed);
      CtfMatch.Result asBlue = CtfMatch.play(game, seat(team, bot, 1), episodes, seed + 1);
      rows.add(
          new Row(
              name,
              2 * episodes,
              asRed.redWins() + asBlue.blueWins(),
              asRed.draws() + asBlue.draws(),
              asRed.blueWins() + asBlue.redWins(),
              (asRed.redCaptures() + asBlue.blueCaptures()) / 2,
              (asRed.blueCaptures() + asBlue.redCaptures()) / 2));
    }
    return rows;
  }

  /** The profile with {@code team}'s policies on side {@code side} and {@code bot} elsewhere. */
  private static Policy[] seat(Policy[] team, Policy bot, int side) {
    Policy[] profile = new Policy[team.length];
    for (int p = 0; p < team.length; p++) {
      profile[p] = CaptureTheFlag.team(p) == side ? team[p] : bot;
    }
    return profile;
  }
}
