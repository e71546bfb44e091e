package org.psro4j.state;

/**
 * What the stopping rules remember between iterations.
 *
 * @param bestGap the best stopping gap so far (+∞ before any)
 * @param sinceImprovement iterations since the best gap last improved
 * @param converged whether the last iteration added no new policy
 */
public record StoppingState(double bestGap, int sinceImprovement, boolean converged) {

  /** The bookkeeping of a run that has not started. */
  public static StoppingState initial() {
    return new StoppingState(Double.POSITIVE_INFINITY, 0, false);
  }

  public StoppingState {
    if (Double.isNaN(bestGap)) {
      throw new IllegalArgumentException("best gap must not be NaN");
    }
    if (sinceImprovement < 0) {
      throw new IllegalArgumentException(
          "since-improvement count " + sinceImprovement + " must be non-negative");
    }
  }
}
