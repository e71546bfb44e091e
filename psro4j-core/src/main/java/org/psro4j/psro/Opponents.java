package org.psro4j.psro;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.psro4j.policy.Policy;
import org.psro4j.random.Sampling;

/**
 * What a best response trains against: a distribution over the co-players' policies, either
 * independent per co-player (PSRO's meta-strategy marginals) or correlated over whole profiles (a
 * JPSRO joint meta-strategy, or one of its conditionals).
 */
public sealed interface Opponents {

  /** The learning player, whose slot in every profile is ignored. */
  int learner();

  /** Draws one co-player profile (the learner's slot is {@code null}) for one episode. */
  Policy[] sample(SplittableRandom random);

  /**
   * Co-players mix independently: player {@code q} plays {@code populations.get(q).get(k)} with
   * probability {@code weights[q][k]}. The learner's entries are ignored.
   *
   * @param learner the learning player
   * @param populations every player's population
   * @param weights every player's mixture over its population
   */
  record Independent(int learner, List<List<Policy>> populations, double[][] weights)
      implements Opponents {

    public Independent {
      populations = List.copyOf(populations);
      Objects.requireNonNull(weights, "weights");
      if (weights.length != populations.size()) {
        throw new IllegalArgumentException(
            weights.length + " weight vectors for " + populations.size() + " players");
      }
    }

    @Override
    public Policy[] sample(SplittableRandom random) {
      Policy[] profile = new Policy[populations.size()];
      for (int q = 0; q < profile.length; q++) {
        if (q != learner) {
          profile[q] = populations.get(q).get(Sampling.index(weights[q], random));
        }
      }
      return profile;
    }
  }

  /**
   * Co-players are drawn together: profile {@code i} (one policy per player, the learner's slot
   * {@code null}) with probability {@code weights[i]}.
   *
   * @param learner the learning player
   * @param profiles the co-player profiles
   * @param weights their probabilities, summing to 1
   */
  record Correlated(int learner, List<Policy[]> profiles, double[] weights) implements Opponents {

    public Correlated {
      profiles = List.copyOf(profiles);
      if (weights.length != profiles.size()) {
        throw new IllegalArgumentException(
            weights.length + " weights for " + profiles.size() + " profiles");
      }
    }

    @Override
    public Policy[] sample(SplittableRandom random) {
      return profiles.get(Sampling.index(weights, random)).clone();
    }
  }
}
