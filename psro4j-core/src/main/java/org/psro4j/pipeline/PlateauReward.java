package org.psro4j.pipeline;

import org.psro4j.learn.TrainingProgress;

/**
 * The reward one training level reports to the plateau rule (McAleer et al. 2020, Pipeline PSRO):
 * the mean return over its latest {@link PipelineSettings#smoothing()} episodes (a {@link
 * RewardWindow}, as the reference reads RLlib's smoothed {@code policy_reward_mean}) when that
 * setting is positive, else the session's own exponential moving return. The thread and cluster
 * engines both report through it, so one setting means one rule on either. Not thread-safe: one per
 * training level.
 */
public final class PlateauReward {

  private final RewardWindow window;
  private long episodesSeen;

  /**
   * A level's reward over a window of {@code smoothing} episodes (0: the moving return), counting
   * from a session that had already played {@code episodesAtStart} episodes (a resumed one).
   */
  public PlateauReward(long smoothing, long episodesAtStart) {
    if (smoothing < 0) {
      throw new IllegalArgumentException("smoothing " + smoothing + " must be non-negative");
    }
    this.window = smoothing > 0 ? new RewardWindow(smoothing) : null;
    this.episodesSeen = episodesAtStart;
  }

  /** The reward to report after a piece of training that ended at {@code p}. */
  public double next(TrainingProgress p) {
    if (window == null) {
      return p.movingReturn();
    }
    window.add(p.episodes() - episodesSeen, p.meanReturn());
    episodesSeen = p.episodes();
    return window.mean();
  }
}
