package org.psro4j.psro;

import java.util.SplittableRandom;
import org.psro4j.game.Game;
import org.psro4j.play.Episodes;
import org.psro4j.policy.Policy;

/**
 * Monte-Carlo payoff entries: plays {@code episodes} games of the profile, sampling chance and
 * actions, and reports each player's mean and per-episode variance (Welford's method).
 */
public final class SampledEvaluator implements PayoffEvaluator {

  private final int episodes;

  /** An evaluator playing {@code episodes} games per entry. */
  public SampledEvaluator(int episodes) {
    if (episodes < 2) {
      throw new IllegalArgumentException("episodes=" + episodes + " must be at least 2");
    }
    this.episodes = episodes;
  }

  @Override
  public String name() {
    return "sampled";
  }

  @Override
  public Evaluation evaluate(Game game, Policy[] profile, long seed) {
    int n = game.numPlayers();
    SplittableRandom random = new SplittableRandom(seed);
    double[] mean = new double[n];
    double[] m2 = new double[n];
    for (int e = 1; e <= episodes; e++) {
      double[] r = Episodes.play(game, profile, random);
      for (int p = 0; p < n; p++) {
        double d = r[p] - mean[p];
        mean[p] += d / e;
        m2[p] += d * (r[p] - mean[p]);
      }
    }
    double[] variance = new double[n];
    for (int p = 0; p < n; p++) {
      variance[p] = m2[p] / (episodes - 1);
    }
    return new Evaluation(mean, variance, episodes);
  }

  /** Plays one episode to the end and returns the final returns (see {@link Episodes}). */
  public static double[] playEpisode(Game game, Policy[] profile, SplittableRandom random) {
    return Episodes.play(game, profile, random);
  }
}
