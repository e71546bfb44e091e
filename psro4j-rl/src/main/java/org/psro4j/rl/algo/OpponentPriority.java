package org.psro4j.rl.algo;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.psro4j.policy.Policy;
import org.psro4j.psro.Opponents;
import org.psro4j.rl.rollout.EpisodeOutcome;

/**
 * Prioritized fictitious self-play over a PSRO training target (Vinyals et al., "Grandmaster level
 * in StarCraft II using multi-agent reinforcement learning", Nature 2019, PFSP with {@code
 * f_hard(x) = (1 − x)^p}): each co-player policy's meta-strategy weight is multiplied by {@code (1
 * − x)^p}, where {@code x} is the learner's recent score against it (1 for a positive return, ½ for
 * zero, 0 for a negative one — its win probability in a win/loss game), so the best response trains
 * most against the opponents it beats least. The result is mixed 9:1 with the meta-strategy itself,
 * so no policy of the target drops out and every score keeps being measured. Scores are
 * exponentially decayed per episode (weight {@link #DECAY}) with a prior of one ½ game, so a fresh
 * prioritiser reproduces the meta-strategy. Independent co-players (PSRO) only.
 */
final class OpponentPriority {

  /** Per-episode decay of the scores: about the last hundred games against a policy count. */
  static final double DECAY = 0.99;

  /** Share of the meta-strategy itself in the training mix. */
  static final double BASE_SHARE = 0.1;

  private final Opponents.Independent base;
  private final double exponent;
  private final double[][] wins;
  private final double[][] games;

  /** A prioritiser of {@code opponents} with exponent {@code p > 0}. */
  OpponentPriority(Opponents opponents, double exponent) {
    if (!(opponents instanceof Opponents.Independent independent)) {
      throw new IllegalArgumentException(
          "oracle option pfsp needs independent co-players (psro), not a joint meta-strategy");
    }
    this.base = independent;
    this.exponent = exponent;
    int players = independent.populations().size();
    this.wins = new double[players][];
    this.games = new double[players][];
    for (int q = 0; q < players; q++) {
      wins[q] = new double[independent.populations().get(q).size()];
      games[q] = new double[wins[q].length];
    }
  }

  /** Scores the episodes of one rollout, in order. */
  void record(List<EpisodeOutcome> outcomes) {
    for (EpisodeOutcome o : outcomes) {
      double score = Math.signum(o.learnerReturn()) * 0.5 + 0.5;
      for (int q = 0; q < wins.length; q++) {
        if (q == base.learner()) {
          continue;
        }
        int k = indexOf(base.populations().get(q), o.profile()[q]);
        if (k >= 0) {
          wins[q][k] = DECAY * wins[q][k] + score;
          games[q][k] = DECAY * games[q][k] + 1;
        }
      }
    }
  }

  /** The learner's current score against policy {@code k} of player {@code q} (½ before games). */
  double score(int q, int k) {
    return (wins[q][k] + 0.5) / (games[q][k] + 1);
  }

  /** The co-players to train against now. */
  Opponents.Independent opponents() {
    double[][] weights = new double[wins.length][];
    for (int q = 0; q < wins.length; q++) {
      double[] sigma = base.weights()[q];
      weights[q] = sigma.clone();
      if (q == base.learner()) {
        continue;
      }
      double total = 0;
      for (int k = 0; k < sigma.length; k++) {
        weights[q][k] = sigma[k] * Math.pow(1 - score(q, k), exponent);
        total += weights[q][k];
      }
      for (int k = 0; k < sigma.length; k++) {
        double prioritized = total > 0 ? weights[q][k] / total : sigma[k];
        weights[q][k] = (1 - BASE_SHARE) * prioritized + BASE_SHARE * sigma[k];
      }
    }
    return new Opponents.Independent(base.learner(), base.populations(), weights);
  }

  /** The scores as bytes (wins then games, player by player), for a session's saved state. */
  byte[] encode() {
    List<Double> all = new ArrayList<>();
    for (int q = 0; q < wins.length; q++) {
      for (double w : wins[q]) {
        all.add(w);
      }
      for (double g : games[q]) {
        all.add(g);
      }
    }
    ByteBuffer out = ByteBuffer.allocate(8 * all.size());
    all.forEach(out::putDouble);
    return out.array();
  }

  /** Restores what {@link #encode} wrote for the same target. */
  void decode(byte[] bytes) {
    int expected = 0;
    for (double[] w : wins) {
      expected += 2 * w.length;
    }
    if (bytes.length != 8 * expected) {
      throw new IllegalArgumentException(
          "saved pfsp scores hold " + bytes.length / 8 + " values, expected " + expected);
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    for (int q = 0; q < wins.length; q++) {
      for (int k = 0; k < wins[q].length; k++) {
        wins[q][k] = in.getDouble();
      }
      for (int k = 0; k < games[q].length; k++) {
        games[q][k] = in.getDouble();
      }
    }
  }

  private static int indexOf(List<Policy> population, Policy policy) {
    for (int k = 0; k < population.size(); k++) {
      if (population.get(k) == policy) {
        return k;
      }
    }
    return -1;
  }
}
