package org.psro4j.games.ctf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.psro4j.policy.EpisodePolicy;
import org.psro4j.policy.Policy;
import org.psro4j.random.Sampling;

/**
 * Plays capture-the-flag episodes between given policies (one per seat) and counts who won: the
 * team with more captures at the horizon. Episode {@code i} draws its actions from the {@code i}-th
 * split of the seed, so a match replays exactly.
 */
public final class CtfMatch {

  /**
   * The outcome of a match, from red's (team 0, even seats) side.
   *
   * @param episodes episodes played
   * @param redWins episodes red ended ahead
   * @param draws episodes with equal captures
   * @param blueWins episodes blue ended ahead
   * @param redCaptures mean red captures per episode
   * @param blueCaptures mean blue captures per episode
   */
  public record Result(
      int episodes, int redWins, int draws, int blueWins, double redCaptures, double blueCaptures) {

    /** The share of episodes {@code team} won. */
    public double winRate(int team) {
      return (double) (team == 0 ? redWins : blueWins) / episodes;
    }
  }

  private CtfMatch() {}

  /** Plays {@code episodes} episodes of {@code profile} (policy of each seat) from {@code seed}. */
  public static Result play(CaptureTheFlag game, Policy[] profile, int episodes, long seed) {
    Objects.requireNonNull(game, "game");
    if (profile.length != game.numPlayers()) {
      throw new IllegalArgumentException(
          "profile has " + profile.length + " policies for " + game.numPlayers() + " seats");
    }
    if (episodes < 1) {
      throw new IllegalArgumentException("episodes=" + episodes + " must be positive");
    }
    SplittableRandom root = new SplittableRandom(seed);
    int red = 0;
    int blue = 0;
    long redCaptures = 0;
    long blueCaptures = 0;
    for (int i = 0; i < episodes; i++) {
      CtfState end = finalState(game, profile, root.split());
      redCaptures += end.captures(0);
      blueCaptures += end.captures(1);
      if (end.captures(0) > end.captures(1)) {
        red++;
      } else if (end.captures(1) > end.captures(0)) {
        blue++;
      }
    }
    return new Result(
        episodes,
        red,
        episodes - red - blue,
        blue,
        (double) redCaptures / episodes,
        (double) blueCaptures / episodes);
  }

  /** One episode's terminal state. */
  public static CtfState finalState(
      CaptureTheFlag game, Policy[] profile, SplittableRandom random) {
    CtfState s = (CtfState) game.newInitialState();
    EpisodePolicy[] handles = handles(profile);
    while (!s.isTerminal()) {
      s.apply(jointAction(s, handles, random));
    }
    return s;
  }

  /** One episode, every state from the first to the terminal (for pictures). */
  public static List<CtfState> frames(
      CaptureTheFlag game, Policy[] profile, SplittableRandom random) {
    List<CtfState> frames = new ArrayList<>();
    CtfState s = (CtfState) game.newInitialState();
    frames.add(s.copy());
    EpisodePolicy[] handles = handles(profile);
    while (!s.isTerminal()) {
      s.apply(jointAction(s, handles, random));
      frames.add(s.copy());
    }
    return frames;
  }

  /**
   * Each seat's handle for one episode, so policies with memory (recurrent networks) carry it from
   * step to step.
   */
  private static EpisodePolicy[] handles(Policy[] profile) {
    EpisodePolicy[] handles = new EpisodePolicy[profile.length];
    for (int p = 0; p < profile.length; p++) {
      handles[p] = profile[p].newEpisode(p);
    }
    return handles;
  }

  private static int[] jointAction(CtfState s, EpisodePolicy[] handles, SplittableRandom random) {
    int[] joint = new int[s.n];
    for (int p = 0; p < s.n; p++) {
      int[] legal = s.legalActions(p);
      joint[p] = legal[Sampling.index(handles[p].actionProbabilities(s), random)];
    }
    return joint;
  }
}
