package org.psro4j.games.stratego;

import java.util.Arrays;
import org.psro4j.game.State;
import org.psro4j.policy.Policy;

/** The random Barrage baseline: every legal action (placement or move) equally likely. */
public final class RandomBot implements Policy {

  @Override
  public double[] actionProbabilities(State state, int player) {
    int n = state.legalActions(player).length;
    double[] p = new double[n];
    Arrays.fill(p, 1.0 / n);
    return p;
  }

  @Override
  public String toString() {
    return "random";
  }
}
