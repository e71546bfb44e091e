package org.psro4j.ssa.heuristics;

import org.psro4j.ssa.SsaState;

/**
 * {@code aggressive}: high revisit on contested objects, gaps accepted elsewhere. Contested objects
 * come first (longest-dark among them); with none in view it dazzles an opponent sensor in range
 * when dazzling is on; only then does it fall back to its own objects.
 */
public final class AggressiveHeuristic extends TaskingHeuristic {

  private static final double CONTESTED_FIRST = 1e9;

  /** The rule. */
  public AggressiveHeuristic() {
    super("aggressive");
  }

  @Override
  protected double score(SsaState state, int side, int object) {
    var scenario = state.game().scenario();
    if (scenario.contested(object)) {
      return CONTESTED_FIRST + state.trackAge(side, object);
    }
    if (state.game().settings().dazzle() && state.dazzleTargetCount(side) > 0) {
      return SKIP;
    }
    return scenario.ofInterest(side, object) ? state.trackAge(side, object) : SKIP;
  }

  @Override
  protected boolean dazzlesWhenIdle() {
    return true;
  }
}
