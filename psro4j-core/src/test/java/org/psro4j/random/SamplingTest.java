package org.psro4j.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.exact.ExpectedReturns;
import org.psro4j.game.ChanceOutcome;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.psro.PayoffEvaluator;
import org.psro4j.psro.SampledEvaluator;

class SamplingTest {

  @Test
  void indexFrequenciesMatchProbabilitiesAndSkipZeroes() {
    double[] p = {0.2, 0.0, 0.5, 0.3};
    int[] counts = new int[4];
    SplittableRandom random = new SplittableRandom(3);
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      counts[Sampling.index(p, random)]++;
    }
    assertThat(counts[1]).isZero();
    for (int i = 0; i < 4; i++) {
      // Binomial standard error is below 0.0012 here; 5 of them.
      assertThat(counts[i] / (double) n).isCloseTo(p[i], within(0.006));
    }
  }

  @Test
  void chanceReturnsTheOutcomeAction() {
    ChanceOutcome[] outcomes = {new ChanceOutcome(7, 0.0), new ChanceOutcome(9, 1.0)};
    assertThat(Sampling.chance(outcomes, new SplittableRandom(5))).isEqualTo(9);
  }

  @Test
  void sampledEntriesAgreeWithExactOnesWithinTheirStandardError() {
    Game kuhn = Games.load("kuhn_poker");
    Policy[] profile = {TabularPolicy.uniform(kuhn), TabularPolicy.firstAction(kuhn)};
    PayoffEvaluator.Evaluation e = new SampledEvaluator(40_000).evaluate(kuhn, profile, 11L);
    double exact = ExpectedReturns.of(kuhn, profile)[0];
    double standardError = Math.sqrt(e.variance()[0] / e.episodes());
    assertThat(e.mean()[0]).isCloseTo(exact, within(5 * standardError));
    assertThat(e.mean()[0] + e.mean()[1]).isCloseTo(0.0, within(1e-12));
  }
}
