package org.psro4j.pipeline;

/**
 * The settings of a Pipeline PSRO run (McAleer et al. 2020), with the reference implementation's
 * Leduc defaults. Counts ({@code per}, {@code start}, {@code min}, {@code max}, {@code refresh})
 * are in the unit the engine reports as "steps" (environment steps, or episodes on Kuhn).
 *
 * @param threshold THRESH: a check fixes the policy when the mean reward improved by less than this
 *     since the previous check
 * @param per PER: counts between plateau checks
 * @param start START: counts after the lower levels finished before the first check
 * @param min MIN: counts a level trains at least before it may be fixed
 * @param max counts after which a level is fixed regardless (0: no limit)
 * @param refresh counts between refreshes of a level's opponent meta-strategy
 * @param levels how many levels each player fixes beyond its initial policy before the run ends
 * @param leaseMillis how long a lease lasts without a heartbeat
 * @param episodes whether the counts are episodes (as the reference counts them on Kuhn) rather
 *     than environment steps
 * @param smoothing the plateau rule reads the mean reward over a level's latest this many episodes
 *     ({@link RewardWindow}; the reference's RLlib {@code metrics_smoothing_episodes} is 10,000); 0
 *     reads the session's own exponential moving return instead
 */
public record PipelineSettings(
    double threshold,
    long per,
    long start,
    long min,
    long max,
    long refresh,
    int levels,
    long leaseMillis,
    boolean episodes,
    long smoothing) {

  /** The reference's Leduc settings: THRESH 0.01, PER 11,250, START 33,750, MIN 45,000. */
  public static PipelineSettings defaults() {
    return new PipelineSettings(0.01, 11_250, 33_750, 45_000, 0, 15_000, 10, 30_000, false, 0);
  }

  public PipelineSettings {
    if (!(threshold >= 0) || Double.isInfinite(threshold)) {
      throw new IllegalArgumentException("threshold " + threshold + " must be finite and >= 0");
    }
    if (per < 1) {
      throw new IllegalArgumentException("per " + per + " must be at least 1");
    }
    if (start < 0 || min < 0 || max < 0) {
      throw new IllegalArgumentException(
          "start " + start + ", min " + min + " and max " + max + " must be non-negative");
    }
    if (refresh < 1) {
      throw new IllegalArgumentException("refresh " + refresh + " must be at least 1");
    }
    if (levels < 1) {
      throw new IllegalArgumentException("levels " + levels + " must be at least 1");
    }
    if (smoothing < 0) {
      throw new IllegalArgumentException("smoothing " + smoothing + " must be non-negative");
    }
    if (leaseMillis < 1) {
      throw new IllegalArgumentException("lease " + leaseMillis + " ms must be at least 1");
    }
  }

  /** These settings with the plateau rule's counts replaced. */
  public PipelineSettings withPlateau(double threshold, long per, long start, long min) {
    return new PipelineSettings(
        threshold, per, start, min, max, refresh, levels, leaseMillis, episodes, smoothing);
  }

  /** These settings with the maximum count per level (0: none). */
  public PipelineSettings withMax(long max) {
    return new PipelineSettings(
        threshold, per, start, min, max, refresh, levels, leaseMillis, episodes, smoothing);
  }

  /** These settings with the opponent refresh interval. */
  public PipelineSettings withRefresh(long refresh) {
    return new PipelineSettings(
        threshold, per, start, min, max, refresh, levels, leaseMillis, episodes, smoothing);
  }

  /** These settings with the number of levels per player. */
  public PipelineSettings withLevels(int levels) {
    return new PipelineSettings(
        threshold, per, start, min, max, refresh, levels, leaseMillis, episodes, smoothing);
  }

  /** These settings counting episodes ({@code true}) or environment steps. */
  public PipelineSettings withEpisodes(boolean episodes) {
    return new PipelineSettings(
        threshold, per, start, min, max, refresh, levels, leaseMillis, episodes, smoothing);
  }

  /** The count of a report in this run's unit. */
  public long count(long steps, long episodes) {
    return this.episodes ? episodes : steps;
  }

  /** These settings with the lease duration. */
  public PipelineSettings withLease(long leaseMillis) {
    return new PipelineSettings(
        threshold, per, start, min, max, refresh, levels, leaseMillis, episodes, smoothing);
  }

  /** These settings with the plateau rule's reward window in episodes (0: the moving return). */
  public PipelineSettings withSmoothing(long smoothing) {
    return new PipelineSettings(
        threshold, per, start, min, max, refresh, levels, leaseMillis, episodes, smoothing);
  }
}
