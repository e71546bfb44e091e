package org.psro4j.games.ctf;

import java.util.Arrays;
import org.psro4j.game.State;
import org.psro4j.policy.Policy;

/** {@code random}: uniform over the player's legal actions, the baseline every bot should beat. */
final class RandomBot implements Policy {

  @Override
  public double[] actionProbabilities(State state, int player) {
    int count = CtfBots.requireState(state).legalActions(player).length;
    double[] probabilities = new double[count];
    Arrays.fill(probabilities, 1.0 / count);
    return probabilities;
  }

  @Override
  public String toString() {
    return "random";
  }
}
