package org.psro4j.psro;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.policy.Policy;
import org.psro4j.random.Sampling;
import org.psro4j.state.PopulationView;

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

    /**
     * The co-players of {@code learner} under {@code joint}, a distribution over the profiles of
     * {@code metaGame} in its flat order, with equal co-player profiles merged; conditioned on the
     * learner being recommended strategy {@code recommended} when that is non-negative (CE). With
     * {@code learner = -1} every seat is filled: whole profiles drawn from the joint.
     */
    public static Correlated fromJoint(
        int learner,
        PopulationView population,
        EmpiricalGame metaGame,
        double[] joint,
        int recommended) {
      if (joint.length != metaGame.jointSize()) {
        throw new IllegalArgumentException(
            "joint has " + joint.length + " entries for " + metaGame.jointSize() + " profiles");
      }
      Map<List<Integer>, Double> mass = new LinkedHashMap<>();
      for (int flat = 0; flat < joint.length; flat++) {
        if (joint[flat] <= 0) {
          continue;
        }
        int[] profile = metaGame.profile(flat);
        if (recommended >= 0 && profile[learner] != recommended) {
          continue;
        }
        List<Integer> key = new ArrayList<>();
        for (int q = 0; q < profile.length; q++) {
          key.add(q == learner ? -1 : profile[q]);
        }
        mass.merge(key, joint[flat], Double::sum);
      }
      double total = mass.values().stream().mapToDouble(Double::doubleValue).sum();
      List<Policy[]> profiles = new ArrayList<>();
      double[] weights = new double[mass.size()];
      int i = 0;
      for (Map.Entry<List<Integer>, Double> e : mass.entrySet()) {
        Policy[] policies = new Policy[population.players()];
        for (int q = 0; q < policies.length; q++) {
          int k = e.getKey().get(q);
          policies[q] = k < 0 ? null : population.of(q).get(k);
        }
        profiles.add(policies);
        weights[i++] = e.getValue() / total;
      }
      return new Correlated(learner, profiles, weights);
    }
  }
}
