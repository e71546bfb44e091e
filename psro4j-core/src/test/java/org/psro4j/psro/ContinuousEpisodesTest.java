package org.psro4j.psro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.FixedContinuousPolicy;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.policy.UniformContinuousPolicy;

/** Sampled payoffs of continuous games: vectors from ContinuousPolicy, replayable from the seed. */
class ContinuousEpisodesTest {

  private final Game blotto = Games.load("continuous_blotto(fields=3,budget_a=1.0,budget_b=1.0)");

  @Test
  void fixedAllocationsGiveTheirExactPayoffWithNoVariance() {
    // (0.5, 0.25, 0.25) vs the even split (1/3 each): field 1 won, fields 2 and 3 lost → −1/3.
    Policy[] profile = {
      new FixedContinuousPolicy(new double[] {1.0, 0.5, 0.5}),
      FixedContinuousPolicy.constant(blotto, 0.5)
    };
    PayoffEvaluator.Evaluation e = new SampledEvaluator(10).evaluate(blotto, profile, 1L);
    assertThat(e.mean()[0]).isEqualTo(-1.0 / 3);
    assertThat(e.mean()[1]).isEqualTo(1.0 / 3);
    assertThat(e.variance()[0]).isZero();
  }

  @Test
  void randomPoliciesReplayFromTheSeed() {
    Policy u = UniformContinuousPolicy.of(blotto);
    Policy[] profile = {u, FixedContinuousPolicy.constant(blotto, 0.5)};
    SampledEvaluator evaluator = new SampledEvaluator(500);
    PayoffEvaluator.Evaluation a = evaluator.evaluate(blotto, profile, 7L);
    PayoffEvaluator.Evaluation b = evaluator.evaluate(blotto, profile, 7L);
    PayoffEvaluator.Evaluation c = evaluator.evaluate(blotto, profile, 8L);
    assertThat(a.mean()).containsExactly(b.mean());
    assertThat(a.mean()).isNotEqualTo(c.mean());
    assertThat(a.variance()[0]).isPositive();
  }

  @Test
  void aPolicyThatCannotSampleVectorsIsNamed() {
    Policy[] profile = {
      TabularPolicy.uniform(Games.load("kuhn_poker")), UniformContinuousPolicy.of(blotto)
    };
    assertThatThrownBy(() -> new SampledEvaluator(5).evaluate(blotto, profile, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("player 0")
        .hasMessageContaining("TabularPolicy[kuhn_poker")
        .hasMessageContaining("not a ContinuousPolicy");
  }

  @Test
  void exactMachineryRefusesContinuousGamesInOneLine() {
    assertThatThrownBy(() -> new ExactBestResponse().checkSupports(blotto))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("continuous")
        .hasMessageContaining("--oracle sac")
        .hasMessageContaining("--oracle crossq")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> new ExactEvaluator(blotto))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exact evaluation (--episodes 0)");
    assertThatThrownBy(
            () -> Games.load("turn_based_simultaneous_game(game=continuous_blotto(fields=2))"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("continuous");
  }
}
