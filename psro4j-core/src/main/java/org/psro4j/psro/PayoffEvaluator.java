package org.psro4j.psro;

import org.psro4j.game.Game;
import org.psro4j.policy.Policy;

/** Estimates the expected returns of one policy profile: one entry of the empirical game. */
public interface PayoffEvaluator {

  /**
   * The result of evaluating one profile.
   *
   * @param mean each player's mean return
   * @param variance each player's per-episode variance (0 for exact values)
   * @param episodes episodes played (0 for exact values)
   */
  record Evaluation(double[] mean, double[] variance, long episodes) {

    /** Whether the values are exact (no sampling). */
    public boolean exact() {
      return episodes == 0;
    }
  }

  /** A short name, e.g. {@code exact} or {@code sampled}. */
  String name();

  /** Evaluates {@code profile} (one policy per player) in {@code game}. */
  Evaluation evaluate(Game game, Policy[] profile, long seed);
}
