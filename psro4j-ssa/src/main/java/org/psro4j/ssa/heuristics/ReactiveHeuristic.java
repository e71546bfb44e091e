package org.psro4j.ssa.heuristics;

import org.psro4j.ssa.SsaState;

/**
 * {@code reactive}: longest-dark first. Among the objects its side cares about, observe the one it
 * has not seen for longest (lost tracks included: they are the darkest).
 */
public final class ReactiveHeuristic extends TaskingHeuristic {

  /** The rule. */
  public ReactiveHeuristic() {
    super("reactive");
  }

  @Override
  protected double score(SsaState state, int side, int object) {
    return state.game().scenario().ofInterest(side, object) ? state.trackAge(side, object) : SKIP;
  }
}
