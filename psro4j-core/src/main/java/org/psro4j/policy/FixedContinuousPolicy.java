package org.psro4j.policy;

import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.psro4j.game.ContinuousState;
import org.psro4j.game.Game;

/**
 * A deterministic continuous policy: the same action vector at every decision. In a one-shot game
 * such as {@code continuous_blotto} it is a pure strategy (e.g. the even split, all entries 0.5);
 * PSRO mixes such policies through its meta-strategy. Two are equal when their vectors are.
 */
public final class FixedContinuousPolicy implements ContinuousPolicy {

  private final double[] action;

  /** A policy that always plays {@code action}, each entry in {@code [0,1]}. */
  public FixedContinuousPolicy(double[] action) {
    Objects.requireNonNull(action, "action");
    if (action.length == 0) {
      throw new IllegalArgumentException("a fixed continuous action needs at least one entry");
    }
    for (int i = 0; i < action.length; i++) {
      if (!(action[i] >= 0 && action[i] <= 1)) {
        throw new IllegalArgumentException(
            "action entry " + i + " = " + action[i] + " is not in [0,1]");
      }
    }
    this.action = action.clone();
  }

  /** The policy of {@code game} that plays {@code value} in every entry, e.g. 0.5. */
  public static FixedContinuousPolicy constant(Game game, double value) {
    double[] action = new double[ContinuousPolicyJson.requireContinuous(game)];
    Arrays.fill(action, value);
    return new FixedContinuousPolicy(action);
  }

  /** A copy of the action vector. */
  public double[] action() {
    return action.clone();
  }

  @Override
  public double[] sampleAction(ContinuousState state, int player, RandomGenerator random) {
    ContinuousPolicyJson.checkDimension(state.game(), action.length);
    return action.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FixedContinuousPolicy f && Arrays.equals(f.action, action);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(action);
  }

  @Override
  public String toString() {
    return "fixed_continuous" + Arrays.toString(action);
  }
}
