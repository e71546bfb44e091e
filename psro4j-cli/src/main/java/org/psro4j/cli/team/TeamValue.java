package org.psro4j.cli.team;

import java.util.List;
import java.util.SplittableRandom;
import org.psro4j.game.TeamView;
import org.psro4j.play.Episodes;
import org.psro4j.policy.Policy;
import org.psro4j.psro.Opponents;
import org.psro4j.random.Sampling;
import org.psro4j.random.Seeds;

/**
 * A team best response's value in the run's own game: its mean return as team {@code team} of the
 * {@link TeamView} against the other team's mix, one enemy policy drawn per episode. Training may
 * run on other games (a shaped, smaller curriculum) whose returns are not comparable with the
 * meta-game's zero-sum values; this estimate is, so {@code br_improvement} compares like with like.
 */
final class TeamValue {

  private TeamValue() {}

  /** The mean return of {@code learned} over {@code episodes} episodes (seeded by {@code seed}). */
  static double estimate(
      TeamView view, int team, Policy learned, Opponents.Independent mix, int episodes, long seed) {
    int enemy = 1 - team;
    List<Policy> pop = mix.populations().get(enemy);
    double[] w = mix.weights()[enemy];
    SplittableRandom random = new SplittableRandom(Seeds.derive(seed, "team-value"));
    double sum = 0;
    for (int e = 0; e < episodes; e++) {
      Policy[] profile = new Policy[2];
      profile[team] = learned;
      profile[enemy] = pop.get(Sampling.index(w, random));
      sum += Episodes.play(view, profile, random)[team];
    }
    return sum / episodes;
  }
}
