package org.psro4j.ssa.heuristics;

import java.util.Arrays;
import org.psro4j.game.State;
import org.psro4j.policy.Policy;

/** {@code random}: the uniform baseline over the deciding sensor's legal actions. */
public final class RandomHeuristic implements Policy {

  @Override
  public double[] actionProbabilities(State state, int player) {
    int count = SsaHeuristics.requireSsaState(state).legalActionCount(player);
    double[] probabilities = new double[count];
    Arrays.fill(probabilities, 1.0 / count);
    return probabilities;
  }

  @Override
  public String toString() {
    return "random";
  }
}
