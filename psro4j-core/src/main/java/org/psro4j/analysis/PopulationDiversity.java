package org.psro4j.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.psro4j.game.Game;
import org.psro4j.game.State;
import org.psro4j.policy.EpisodePolicy;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.random.Sampling;

/**
 * How differently a population's members behave where the meta-strategy actually plays: for each
 * player, the mean over sampled decision states of the mean pairwise Jensen–Shannon divergence (Lin
 * 1991; base 2, so in [0, 1]) between the members' action distributions. States come from episodes
 * in which every player draws one member from its meta-strategy marginal, as in PSRO's own play
 * (the population-diversity measure the PSRO literature tracks, e.g. Perez-Nieves et al. 2021).
 * Members are asked through episode handles fed each sampled episode's decisions in order, so
 * members with memory (recurrent networks) are measured as they would play there. Cost per state: k
 * lookups and d(d−1)/2 divergences for k members with d distinct distributions there.
 * Discrete-action games only. With {@link Divergence#KL} the measure is NeuPL's (Liu et al., ICLR
 * 2022): the mean over ordered pairs of members of KL(π_a ‖ π_b) in nats, each distribution first
 * mixed with 10⁻⁶ of the uniform one so that a deterministic member gives a large but finite value.
 */
public final class PopulationDiversity {

  /** How two members' action distributions at a state are compared. */
  public enum Divergence {
    /** Jensen–Shannon divergence, bits, in [0, 1]. */
    JENSEN_SHANNON,
    /** Kullback–Leibler divergence averaged over both orders, nats. */
    KL
  }

  /** The uniform mixing weight that keeps KL finite. */
  static final double KL_SMOOTHING = 1e-6;

  private PopulationDiversity() {}

  /** As {@link #measure(Game, List, List, int, long, Divergence)} with Jensen–Shannon. */
  public static double[] measure(
      Game game,
      List<? extends List<? extends Policy>> populations,
      List<double[]> marginals,
      int episodes,
      long seed) {
    return measure(game, populations, marginals, episodes, seed, Divergence.JENSEN_SHANNON);
  }

  /**
   * Per-player diversity of {@code populations} on states from {@code episodes} episodes of the
   * meta-strategy {@code marginals}; a player with one member, or never to move, has 0.
   */
  public static double[] measure(
      Game game,
      List<? extends List<? extends Policy>> populations,
      List<double[]> marginals,
      int episodes,
      long seed,
      Divergence divergence) {
    if (game.hasContinuousActions()) {
      throw new IllegalArgumentException(
          game + " has continuous actions; diversity is measured on discrete action distributions");
    }
    if (episodes < 1) {
      throw new IllegalArgumentException("episodes " + episodes + ": need at least 1");
    }
    int n = game.numPlayers();
    if (populations.size() != n || marginals.size() != n) {
      throw new IllegalArgumentException(
          "need a population and a marginal for each of " + n + " players");
    }
    SplittableRandom random = new SplittableRandom(seed);
    // Per player, one list per episode of its decision states in order.
    List<List<List<State>>> visited = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      visited.add(new ArrayList<>());
    }
    Policy[] profile = new Policy[n];
    for (int e = 0; e < episodes; e++) {
      for (int p = 0; p < n; p++) {
        profile[p] = populations.get(p).get(Sampling.index(marginals.get(p), random));
      }
      play(game, profile, random, visited);
    }
    double[] diversity = new double[n];
    for (int p = 0; p < n; p++) {
      List<? extends Policy> members = populations.get(p);
      if (members.size() < 2) {
        continue;
      }
      // Tabular members depend on the information state alone: each one is measured once.
      boolean tabular = members.stream().allMatch(m -> m instanceof TabularPolicy);
      java.util.Map<String, Double> byInfoState = new java.util.HashMap<>();
      double sum = 0;
      int count = 0;
      for (List<State> episode : visited.get(p)) {
        // Other members are asked through one episode handle each, fed the player's decisions
        // in order, so members with memory answer as they would have played this episode.
        double[][][] answers = tabular ? null : answers(members, episode, p);
        for (int i = 0; i < episode.size(); i++) {
          State s = episode.get(i);
          if (s.legalActions(p).length < 2) {
            continue;
          }
          count++;
          if (tabular) {
            String key = s.informationStateString(p);
            Double known = byInfoState.get(key);
            if (known == null) {
              List<double[]> d = new ArrayList<>();
              for (Policy m : members) {
                d.add(((TabularPolicy) m).probabilities(key));
              }
              known = meanDivergence(d, divergence);
              byInfoState.put(key, known);
            }
            sum += known;
          } else {
            List<double[]> d = new ArrayList<>();
            for (double[][] memberAnswers : answers) {
              d.add(memberAnswers[i]);
            }
            sum += meanDivergence(d, divergence);
          }
        }
      }
      diversity[p] = count == 0 ? 0 : sum / count;
    }
    return diversity;
  }

  /** Each member's distribution at each of {@code episode}'s decisions of {@code p}, in order. */
  private static double[][][] answers(List<? extends Policy> members, List<State> episode, int p) {
    double[][][] out = new double[members.size()][episode.size()][];
    for (int m = 0; m < members.size(); m++) {
      EpisodePolicy handle = members.get(m).newEpisode(p);
      for (int i = 0; i < episode.size(); i++) {
        out[m][i] = handle.actionProbabilities(episode.get(i));
      }
    }
    return out;
  }

  /** Mean divergence over the pairs of the members' distributions {@code members} at a state. */
  private static double meanDivergence(List<double[]> members, Divergence divergence) {
    // Members often act alike at a state (pure best responses): each distinct distribution is
    // compared once, weighted by how many members share it, so the cost is in distinct
    // behaviours rather than in pairs of members.
    List<double[]> distinct = new ArrayList<>();
    List<int[]> counts = new ArrayList<>();
    for (double[] d : members) {
      int at = -1;
      for (int i = 0; i < distinct.size() && at < 0; i++) {
        if (java.util.Arrays.equals(distinct.get(i), d)) {
          at = i;
        }
      }
      if (at < 0) {
        distinct.add(d);
        counts.add(new int[] {1});
      } else {
        counts.get(at)[0]++;
      }
    }
    double pairs = 0;
    for (int a = 0; a < distinct.size(); a++) {
      for (int b = a + 1; b < distinct.size(); b++) {
        pairs +=
            (double) counts.get(a)[0]
                * counts.get(b)[0]
                * (divergence == Divergence.KL
                    ? (kl(distinct.get(a), distinct.get(b)) + kl(distinct.get(b), distinct.get(a)))
                        / 2
                    : jensenShannon(distinct.get(a), distinct.get(b)));
      }
    }
    int k = members.size();
    return pairs / (k * (k - 1) / 2.0);
  }

  /** Jensen–Shannon divergence of two distributions over the same actions, in bits. */
  public static double jensenShannon(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "distributions over " + x.length + " and " + y.length + " actions");
    }
    double js = 0;
    for (int i = 0; i < x.length; i++) {
      double m = (x[i] + y[i]) / 2;
      if (x[i] > 0) {
        js += 0.5 * x[i] * Math.log(x[i] / m);
      }
      if (y[i] > 0) {
        js += 0.5 * y[i] * Math.log(y[i] / m);
      }
    }
    return Math.max(0, js / Math.log(2));
  }

  private static void play(
      Game game, Policy[] profile, SplittableRandom random, List<List<List<State>>> visited) {
    EpisodePolicy[] handles = new EpisodePolicy[profile.length];
    List<List<State>> decisions = new ArrayList<>();
    for (int p = 0; p < profile.length; p++) {
      handles[p] = profile[p].newEpisode(p);
      decisions.add(new ArrayList<>());
      visited.get(p).add(decisions.get(p));
    }
    State s = game.newInitialState();
    while (!s.isTerminal()) {
      if (s.isChanceNode()) {
        s.apply(Sampling.chance(s.chanceOutcomes(), random));
      } else if (s.isSimultaneousNode()) {
        int[] joint = new int[profile.length];
        for (int p = 0; p < joint.length; p++) {
          int[] legal = s.legalActions(p);
          decisions.get(p).add(s.copy());
          joint[p] = legal[Sampling.index(handles[p].actionProbabilities(s), random)];
        }
        s.apply(joint);
      } else {
        int p = s.currentPlayer();
        int[] legal = s.legalActions(p);
        decisions.get(p).add(s.copy());
        s.apply(legal[Sampling.index(handles[p].actionProbabilities(s), random)]);
      }
    }
  }

  /**
   * KL(x ‖ y) in nats of two distributions over the same actions, each mixed with {@value
   * #KL_SMOOTHING} of the uniform distribution.
   */
  public static double kl(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "distributions over " + x.length + " and " + y.length + " actions");
    }
    double u = KL_SMOOTHING / x.length;
    double kl = 0;
    for (int i = 0; i < x.length; i++) {
      double xi = (1 - KL_SMOOTHING) * x[i] + u;
      double yi = (1 - KL_SMOOTHING) * y[i] + u;
      kl += xi * Math.log(xi / yi);
    }
    return Math.max(0, kl);
  }
}
