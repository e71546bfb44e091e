package org.psro4j.ssa.heuristics;

import org.psro4j.ssa.SsaState;

/**
 * {@code distributed}: spread observations evenly. Among the objects its side cares about, observe
 * the one it has observed least often this episode; the longer dark on ties.
 */
public final class DistributedHeuristic extends TaskingHeuristic {

  /** The rule. */
  public DistributedHeuristic() {
    super("distributed");
  }

  @Override
  protected double score(SsaState state, int side, int object) {
    if (!state.game().scenario().ofInterest(side, object)) {
      return SKIP;
    }
    // Ages never reach 1e6 steps, so the count dominates and the age breaks ties.
    return -1e6 * state.observationCount(side, object) + state.trackAge(side, object);
  }
}
