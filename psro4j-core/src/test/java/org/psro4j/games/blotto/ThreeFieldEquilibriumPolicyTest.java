package org.psro4j.games.blotto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Games;
import org.psro4j.policy.FixedContinuousPolicy;
import org.psro4j.policy.Policy;
import org.psro4j.psro.SampledEvaluator;

/**
 * Borel's disc construction for {@code continuous_blotto(fields=3)} is an equilibrium: its samples
 * are allocations with marginals uniform on {@code [0, 2B/3]} (Roberson 2006, Theorem 2), and by
 * Monte Carlo no pure allocation on a grid beats it by more than sampling error.
 */
class ThreeFieldEquilibriumPolicyTest {

  private static final int SAMPLES = 20_000;

  private static double[][] samples(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] out = new double[SAMPLES][];
    for (int i = 0; i < SAMPLES; i++) {
      out[i] = ThreeFieldEquilibriumPolicy.sampleShares(rng);
    }
    return out;
  }

  @Test
  void samplesAreAllocationsWithUniformMarginalsOnZeroToTwoThirds() {
    double[][] shares = samples(11);
    for (double[] x : shares) {
      assertThat(x[0] + x[1] + x[2]).isCloseTo(1.0, within(1e-12));
      for (double xi : x) {
        assertThat(xi).isBetween(0.0, 2.0 / 3 + 1e-12);
      }
    }
    // Kolmogorov–Smirnov against U[0, 2/3]; the 0.1% critical value is 1.95 / sqrt(n).
    double critical = 1.95 / Math.sqrt(SAMPLES);
    for (int field = 0; field < 3; field++) {
      double[] column = new double[SAMPLES];
      for (int i = 0; i < SAMPLES; i++) {
        column[i] = shares[i][field];
      }
      Arrays.sort(column);
      double d = 0;
      for (int i = 0; i < SAMPLES; i++) {
        double cdf = column[i] * 1.5;
        d = Math.max(d, Math.max((i + 1.0) / SAMPLES - cdf, cdf - (double) i / SAMPLES));
      }
      assertThat(d).as("KS distance of field %d", field).isLessThan(critical);
    }
  }

  @Test
  void noGridAllocationBeatsItBeyondSamplingError() {
    ContinuousBlotto game = (ContinuousBlotto) Games.load("continuous_blotto(fields=3)");
    double[][] opponent = samples(12);
    int steps = 30;
    double worst = Double.NEGATIVE_INFINITY;
    for (int i = 0; i <= steps; i++) {
      for (int j = 0; i + j <= steps; j++) {
        double[] mine = {i * 1.0 / steps, j * 1.0 / steps, (steps - i - j) * 1.0 / steps};
        double sum = 0;
        double sumSq = 0;
        for (double[] y : opponent) {
          double r = game.returns(mine, y)[0];
          sum += r;
          sumSq += r * r;
        }
        double mean = sum / SAMPLES;
        double stdErr = Math.sqrt((sumSq / SAMPLES - mean * mean) / (SAMPLES - 1));
        // Exact expectation against uniform marginals: (1/3) Σ (2 min(3 x_i / 2, 1) − 1) <= 0.
        double exact = 0;
        for (double x : mine) {
          exact += (2 * Math.min(1.5 * x, 1) - 1) / 3;
        }
        assertThat(exact).isLessThanOrEqualTo(1e-12);
        assertThat(mean)
            .as("allocation %s", Arrays.toString(mine))
            .isCloseTo(exact, within(4.5 * stdErr + 1e-9));
        worst = Math.max(worst, mean - 4.5 * stdErr);
      }
    }
    assertThat(worst).as("best grid allocation, less its error").isLessThanOrEqualTo(0.0);
  }

  @Test
  void itPlaysThroughTheSampledEvaluatorAndHoldsTheEvenSplitToZero() {
    ContinuousBlotto game = (ContinuousBlotto) Games.load("continuous_blotto(fields=3)");
    Policy equilibrium = new ThreeFieldEquilibriumPolicy(game);
    Policy[] profile = {FixedContinuousPolicy.constant(game, 0.5), equilibrium};
    SplittableRandom rng = new SplittableRandom(13);
    double sum = 0;
    int episodes = 20_000;
    for (int e = 0; e < episodes; e++) {
      sum += SampledEvaluator.playEpisode(game, profile, rng)[0];
    }
    // The even split wins each field with probability P(Y < 1/3) = 1/2, so its expectation is 0;
    // the per-episode standard deviation is at most 1, so 4.5 / sqrt(n) bounds the error.
    assertThat(sum / episodes).isCloseTo(0.0, within(4.5 / Math.sqrt(episodes)));
  }

  @Test
  void otherGamesAreRefused() {
    assertThatThrownBy(
            () ->
                new ThreeFieldEquilibriumPolicy(
                    (ContinuousBlotto) Games.load("continuous_blotto(fields=4)")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 fields");
    assertThatThrownBy(
            () ->
                new ThreeFieldEquilibriumPolicy(
                    (ContinuousBlotto) Games.load("continuous_blotto(budget_a=2.0)")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("equal budgets");
  }
}
