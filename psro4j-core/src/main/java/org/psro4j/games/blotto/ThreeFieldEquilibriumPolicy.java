package org.psro4j.games.blotto;

import java.util.random.RandomGenerator;
import org.psro4j.game.ContinuousState;
import org.psro4j.policy.ContinuousPolicy;

/**
 * An equilibrium strategy of {@code continuous_blotto(fields=3)} with equal budgets, after Borel's
 * construction (Borel and Ville 1938; Gross and Wagner, "A continuous Colonel Blotto game", RAND
 * RM-408, 1950): draw a point uniformly on a sphere, project it onto the disc inscribed in the
 * triangle of allocations {@code x1 + x2 + x3 = B}, and play that allocation.
 *
 * <p>By Archimedes' hat-box theorem each coordinate of a uniform point on a sphere is uniform, so
 * every field's allocation is uniform on {@code [0, 2B/3]}: the univariate marginals Roberson ("The
 * Colonel Blotto game", Economic Theory 29, 2006, Theorem 2) shows make an equilibrium for equal
 * budgets and three or more fields. Against it an allocation {@code x} wins field {@code i} with
 * probability {@code min(3 x_i / 2B, 1)}, so its expected return is at most 0, the game's value.
 */
public final class ThreeFieldEquilibriumPolicy implements ContinuousPolicy {

  /** Radius of the incircle of the simplex {@code x1 + x2 + x3 = 1} in Euclidean space. */
  private static final double INCIRCLE_RADIUS = 1.0 / Math.sqrt(6.0);

  /** An orthonormal basis of the plane {@code x1 + x2 + x3 = 0}. */
  private static final double[] AXIS_U = {1 / Math.sqrt(2), -1 / Math.sqrt(2), 0};

  private static final double[] AXIS_V = {1 / Math.sqrt(6), 1 / Math.sqrt(6), -2 / Math.sqrt(6)};

  /** The equilibrium policy of {@code game}, which must have 3 fields and equal budgets. */
  public ThreeFieldEquilibriumPolicy(ContinuousBlotto game) {
    if (game.fields() != 3) {
      throw new IllegalArgumentException(
          "the disc construction is for 3 fields; " + game + " has " + game.fields());
    }
    if (game.budget(0) != game.budget(1)) {
      throw new IllegalArgumentException(
          "the disc construction is an equilibrium for equal budgets only, not "
              + game.budget(0)
              + " and "
              + game.budget(1));
    }
  }

  /**
   * The allocation shares {@code x / B}: non-negative, summing to 1, each at most 2/3. As an action
   * vector they stand for exactly that allocation, since the game normalises by the sum.
   */
  public static double[] sampleShares(RandomGenerator random) {
    double a;
    double b;
    double c;
    double norm;
    do {
      a = random.nextGaussian();
      b = random.nextGaussian();
      c = random.nextGaussian();
      norm = Math.sqrt(a * a + b * b + c * c);
    } while (norm == 0);
    // (a, b) / norm is a uniform point on the unit sphere, projected onto its equatorial disc.
    double u = a / norm;
    double v = b / norm;
    double[] shares = new double[3];
    for (int i = 0; i < 3; i++) {
      double x = 1.0 / 3 + INCIRCLE_RADIUS * (u * AXIS_U[i] + v * AXIS_V[i]);
      shares[i] = Math.min(1, Math.max(0, x));
    }
    return shares;
  }

  @Override
  public double[] sampleAction(ContinuousState state, int player, RandomGenerator random) {
    if (state.game().continuousActionSize() != 3) {
      throw new IllegalArgumentException(
          "the three-field equilibrium cannot act in " + state.game());
    }
    return sampleShares(random);
  }

  @Override
  public String toString() {
    return "blotto_three_field_equilibrium";
  }
}
