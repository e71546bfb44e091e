package org.psro4j.policy;

import java.util.random.RandomGenerator;
import org.psro4j.game.ContinuousState;
import org.psro4j.game.State;

/**
 * A stochastic policy over continuous actions: samples a vector in {@code [0,1]^d} for a player of
 * a {@link ContinuousState}. It is a {@link Policy} so that populations, meta-games and run
 * directories treat it like any other, but it has no action probabilities: payoffs of continuous
 * games are estimated by sampling.
 */
public interface ContinuousPolicy extends Policy {

  /** An action vector for {@code player} in {@code state}, each entry in {@code [0,1]}. */
  double[] sampleAction(ContinuousState state, int player, RandomGenerator random);

  /** Continuous policies have no probability vector; always throws. */
  @Override
  default double[] actionProbabilities(State state, int player) {
    throw new UnsupportedOperationException(
        "a continuous-action policy has no action probabilities; sample it with sampleAction");
  }
}
