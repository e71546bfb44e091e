package org.psro4j.rl.algo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.psro4j.policy.Policy;
import org.psro4j.psro.Opponents;
import org.psro4j.random.Sampling;
import org.psro4j.rl.rollout.Trajectories;

/**
 * One learner's experience kept across PSRO iterations, one {@link ReplayBuffer} per co-player
 * profile (policies compared by identity). A later best response against another mixture of the
 * same co-players replays it reweighted: a transition of an episode against profile {@code c} is
 * drawn with probability proportional to {@code σ(c) / E_c}, where {@code σ(c)} is the profile's
 * probability under the new target and {@code E_c} the episodes held for it, so a minibatch is
 * distributed as if every held episode had been played against the new target. Co-players the
 * target no longer plays are skipped; co-players new to it contribute only the episodes just
 * played. The environment is the same game throughout, so this is ordinary (off-policy) experience
 * replay, not a second learner's data. Thread-safe per instance by synchronisation; one instance
 * per learning player.
 */
final class OpponentReplay {

  private final int capacityPerProfile;
  private final int obsSize;
  private final int numActions;
  private final Map<CoPlayers, ReplayBuffer> buffers = new LinkedHashMap<>();

  OpponentReplay(int capacityPerProfile, int obsSize, int numActions) {
    this.capacityPerProfile = capacityPerProfile;
    this.obsSize = obsSize;
    this.numActions = numActions;
  }

  /** Whether this store holds tensors of these sizes (a different game needs a fresh store). */
  boolean fits(int observationSize, int actions) {
    return observationSize == obsSize && actions == numActions;
  }

  /** Adds {@code t}'s transitions, each to the buffer of its episode's co-player profile. */
  synchronized void addAll(Trajectories t) {
    for (int i = 0; i < t.size(); i++) {
      buffers
          .computeIfAbsent(
              new CoPlayers(t.profiles()[i]),
              k -> new ReplayBuffer(capacityPerProfile, obsSize, numActions))
          .add(t, i);
    }
  }

  /** Transitions held under profiles {@code target} plays (for a minimum-size check). */
  synchronized int size(Opponents target) {
    int n = 0;
    for (Map.Entry<CoPlayers, ReplayBuffer> e : buffers.entrySet()) {
      if (probability(target, e.getKey().policies()) > 0) {
        n += e.getValue().size();
      }
    }
    return n;
  }

  /**
   * {@code n} transitions drawn as if every held episode had been played against {@code target}.
   */
  synchronized ReplayBuffer.Batch sample(int n, Opponents target, SplittableRandom random) {
    List<ReplayBuffer> held = new ArrayList<>();
    List<Double> mass = new ArrayList<>();
    for (Map.Entry<CoPlayers, ReplayBuffer> e : buffers.entrySet()) {
      ReplayBuffer b = e.getValue();
      double p = probability(target, e.getKey().policies());
      if (p > 0 && b.episodes() > 0) {
        held.add(b);
        // Each transition weighs σ(c) / E_c, so the buffer's share is σ(c) · size / E_c.
        mass.add(p * b.size() / b.episodes());
      }
    }
    if (held.isEmpty()) {
      throw new IllegalStateException("no experience against the target's co-players");
    }
    double[] weights = normalised(mass.stream().mapToDouble(Double::doubleValue).toArray());
    int[] counts = new int[held.size()];
    for (int r = 0; r < n; r++) {
      counts[Sampling.index(weights, random)]++;
    }
    List<ReplayBuffer.Batch> parts = new ArrayList<>();
    for (int k = 0; k < held.size(); k++) {
      if (counts[k] > 0) {
        parts.add(held.get(k).gather(held.get(k).sample(counts[k], random)));
      }
    }
    return ReplayBuffer.Batch.concat(parts);
  }

  private static double[] normalised(double[] w) {
    double s = 0;
    for (double x : w) {
      s += x;
    }
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = w[i] / s;
    }
    return out;
  }

  /** The probability that {@code target} draws {@code profile} (learner's slot ignored). */
  static double probability(Opponents target, Policy[] profile) {
    int learner = target.learner();
    return switch (target) {
      case Opponents.Independent ind -> {
        double p = 1;
        for (int q = 0; q < profile.length; q++) {
          if (q == learner) {
            continue;
          }
          double pq = 0;
          List<Policy> pop = ind.populations().get(q);
          for (int k = 0; k < pop.size(); k++) {
            if (pop.get(k) == profile[q]) {
              pq += ind.weights()[q][k];
            }
          }
          p *= pq;
        }
        yield p;
      }
      case Opponents.Correlated cor -> {
        double p = 0;
        for (int i = 0; i < cor.profiles().size(); i++) {
          if (CoPlayers.same(cor.profiles().get(i), profile, learner)) {
            p += cor.weights()[i];
          }
        }
        yield p;
      }
    };
  }
}
