package org.psro4j.ssa.heuristics;

import org.psro4j.ssa.SsaSettings;
import org.psro4j.ssa.SsaState;

/**
 * {@code predictive}: observe before predicted manoeuvre windows. An object of interest whose
 * predicted manoeuvre falls within the next tolerance + σ steps (σ the prediction noise) and which
 * has not been observed since the predicted window opened comes first, the soonest first; the
 * others are ranked longest-dark first as {@code reactive} does.
 */
public final class PredictiveHeuristic extends TaskingHeuristic {

  private static final double URGENT = 1e9;

  /** The rule. */
  public PredictiveHeuristic() {
    super("predictive");
  }

  @Override
  protected double score(SsaState state, int side, int object) {
    if (!state.game().scenario().ofInterest(side, object)) {
      return SKIP;
    }
    int predicted = state.nextPredictedManoeuvre(side, object);
    if (predicted >= 0) {
      SsaSettings settings = state.game().settings();
      int tolerance = settings.toleranceSteps();
      int lead =
          tolerance + (int) Math.ceil(settings.predictionSigmaMinutes() / settings.stepMinutes());
      int untilManoeuvre = predicted - state.step();
      int lastObserved = state.step() - state.trackAge(side, object);
      if (untilManoeuvre <= lead && lastObserved < predicted - tolerance) {
        return URGENT - untilManoeuvre;
      }
    }
    return state.trackAge(side, object);
  }
}
