package org.psro4j.psro;

import java.util.Locale;

/**
 * What PSRO's best responses train against, after OpenSpiel's {@code psro_v2} training-target
 * selectors.
 */
public enum TrainingTarget {
  /** The meta-strategy itself (Lanctot et al. 2017). */
  PROBABILISTIC,
  /** The k highest-weight policies of each co-player, renormalised. */
  TOP_K,
  /** Every policy of each co-player with equal weight (fictitious play). */
  UNIFORM,
  /**
   * Rectified Nash (Balduzzi et al. 2019): every policy in the learner's support trains against the
   * co-player's supported policies it beats or ties, weighted by the meta-strategy; two players
   * only.
   */
  RECTIFIED;

  /** Parses {@code probabilistic}, {@code topk}, {@code uniform} or {@code rectified}. */
  public static TrainingTarget parse(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "probabilistic" -> PROBABILISTIC;
      case "topk", "top_k" -> TOP_K;
      case "uniform" -> UNIFORM;
      case "rectified" -> RECTIFIED;
      default ->
          throw new IllegalArgumentException(
              "unknown training target '"
                  + name
                  + "'; known: probabilistic, topk, uniform, rectified");
    };
  }
}
