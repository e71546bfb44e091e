package org.psro4j.cfr;

import java.util.Locale;

/**
 * Settings of {@link Cfr}.
 *
 * @param regretMatchingPlus clip cumulative regrets at 0 after every update (regret matching+,
 *     Tammelin 2014)
 * @param alternatingUpdates update players one after another, each seeing the others' newest
 *     strategies (as CFR+ does), instead of all at once from the same strategies
 * @param linearAveraging weight iteration t's strategy by {@code max(t - averagingDelay, 0)} in the
 *     average (Tammelin et al. 2015) instead of by 1 for {@code t > averagingDelay}
 * @param averagingDelay iterations left out of the average at the start (Tammelin's d; 0 keeps all)
 */
public record CfrOptions(
    boolean regretMatchingPlus,
    boolean alternatingUpdates,
    boolean linearAveraging,
    int averagingDelay) {

  /** The names {@link #named(String)} accepts. */
  public static final String NAMES = "cfr, cfr+, linear_cfr";

  public CfrOptions {
    if (averagingDelay < 0) {
      throw new IllegalArgumentException("averagingDelay " + averagingDelay + " is negative");
    }
  }

  /**
   * Vanilla CFR (Zinkevich et al. 2007): regret matching, simultaneous updates, uniform average.
   */
  public static CfrOptions vanilla() {
    return new CfrOptions(false, false, false, 0);
  }

  /**
   * CFR+ (Tammelin 2014; Tammelin, Burch, Johanson and Bowling 2015, "Solving Heads-up Limit Texas
   * Hold'em"): regret matching+, alternating updates, linearly weighted average, no delay — the
   * settings of OpenSpiel's {@code CFRPlusSolver}.
   */
  public static CfrOptions cfrPlus() {
    return new CfrOptions(true, true, true, 0);
  }

  /** CFR with plain regret matching and alternating updates but a linearly weighted average. */
  public static CfrOptions linear() {
    return new CfrOptions(false, true, true, 0);
  }

  /** The options for {@code cfr}, {@code cfr+} or {@code linear_cfr} (case-insensitive). */
  public static CfrOptions named(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "cfr" -> vanilla();
      case "cfr+", "cfr_plus", "cfrplus" -> cfrPlus();
      case "linear_cfr", "lcfr" -> linear();
      default ->
          throw new IllegalArgumentException("unknown CFR variant '" + name + "'; known: " + NAMES);
    };
  }

  /** Same settings with another averaging delay. */
  public CfrOptions withAveragingDelay(int delay) {
    return new CfrOptions(regretMatchingPlus, alternatingUpdates, linearAveraging, delay);
  }

  /** The weight of iteration {@code t} (1-based) in the average strategy. */
  double averageWeight(int t) {
    if (t <= averagingDelay) {
      return 0.0;
    }
    return linearAveraging ? t - averagingDelay : 1.0;
  }
}
