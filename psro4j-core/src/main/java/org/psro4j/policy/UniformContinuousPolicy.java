package org.psro4j.policy;

import java.util.random.RandomGenerator;
import org.psro4j.game.ContinuousState;
import org.psro4j.game.Game;

/**
 * The uniform continuous policy: every entry of the action vector drawn independently and uniformly
 * from {@code [0,1]}, whatever the state. The continuous counterpart of the uniform tabular policy,
 * and the default initial population of continuous games.
 */
public final class UniformContinuousPolicy implements ContinuousPolicy {

  private final int dimension;

  /** A uniform policy over {@code [0,1]^dimension}. */
  public UniformContinuousPolicy(int dimension) {
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension=" + dimension + " must be at least 1");
    }
    this.dimension = dimension;
  }

  /** The uniform policy of {@code game}, which must have continuous actions. */
  public static UniformContinuousPolicy of(Game game) {
    return new UniformContinuousPolicy(ContinuousPolicyJson.requireContinuous(game));
  }

  /** Length of the action vectors. */
  public int dimension() {
    return dimension;
  }

  @Override
  public double[] sampleAction(ContinuousState state, int player, RandomGenerator random) {
    ContinuousPolicyJson.checkDimension(state.game(), dimension);
    double[] action = new double[dimension];
    for (int i = 0; i < dimension; i++) {
      action[i] = random.nextDouble();
    }
    return action;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UniformContinuousPolicy u && u.dimension == dimension;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(dimension);
  }

  @Override
  public String toString() {
    return "uniform_continuous(" + dimension + ")";
  }
}
