package org.psro4j.rl.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Games;
import org.psro4j.games.blotto.ContinuousBlotto;
import org.psro4j.policy.ContinuousPolicy;
import org.psro4j.policy.Policy;
import org.psro4j.psro.BestResponseOracle;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.Opponents;
import org.psro4j.psro.OracleResult;
import org.psro4j.rl.nn.SquashedGaussianPolicy;

/**
 * What every continuous-action oracle must do on {@code continuous_blotto(fields=3)}: learn the
 * best response to a fixed allocation to within {@link #MARGIN} of its exact value, keep a warm
 * start, report its costs, and refuse discrete games.
 */
abstract class ContinuousOracleContract {

  /** How far below the exact best-response value the learned policy's value may be. */
  static final double MARGIN = 0.1;

  static final ContinuousBlotto BLOTTO =
      (ContinuousBlotto) Games.load("continuous_blotto(fields=3)");

  /** Player 1 plays the allocation (0.5, 0.3, 0.2) of its budget 1. */
  static final double[] ALLOCATION = {0.5, 0.3, 0.2};

  /** The oracle under test with these options on top of small, fast test settings. */
  abstract BestResponseOracle oracle(Map<String, String> options);

  /** The options of a full test training run. */
  abstract Map<String, String> trainingOptions();

  static Opponents fixedOpponent() {
    return ContinuousBlottoFixtures.against(
        0, List.of((Policy) ContinuousBlottoFixtures.fixed(ALLOCATION)), new double[] {1});
  }

  static Map<String, String> with(Map<String, String> base, String... keyValues) {
    Map<String, String> out = new HashMap<>(base);
    for (int i = 0; i < keyValues.length; i += 2) {
      out.put(keyValues[i], keyValues[i + 1]);
    }
    return out;
  }

  @Test
  void learnsTheBestResponseToAFixedAllocationAndKeepsItWhenWarmStarted() {
    Opponents opponents = fixedOpponent();
    // Win the two cheapest fields (0.2 + 0.3 < 1, adding 0.5 is not): (2 - 1) / 3.
    double best = BLOTTO.bestResponseValue(0, ALLOCATION);
    assertThat(best).isEqualTo(1.0 / 3);
    OracleResult r =
        oracle(trainingOptions())
            .bestResponse(new BestResponseTask(BLOTTO, 0, opponents, 42, null, "br"));
    assertThat(r.policy()).isInstanceOf(SquashedGaussianPolicy.class);
    double learned = value(r.policy(), opponents);
    double uniform = value(ContinuousBlottoFixtures.uniform(3), opponents);
    assertThat(learned).isCloseTo(best, within(MARGIN));
    assertThat(uniform).isLessThan(best - 0.25);
    long budget = Long.parseLong(trainingOptions().get("br_steps"));
    assertThat(r.steps()).isGreaterThanOrEqualTo(budget);
    // One simultaneous move of two players per episode.
    assertThat(r.episodes()).isEqualTo(r.steps() / 2);
    assertThat(r.updates()).isPositive();
    assertThat(r.seconds()).isPositive();
    assertThat(r.value()).isCloseTo(best, within(2 * MARGIN));

    // A budget spent before learning starts keeps a warm start and is near uniform without one.
    Map<String, String> tiny =
        with(trainingOptions(), "br_steps", "200", "learning_starts", "1000");
    OracleResult warm =
        oracle(tiny).bestResponse(new BestResponseTask(BLOTTO, 0, opponents, 5, r.policy(), "w"));
    assertThat(value(warm.policy(), opponents)).isCloseTo(learned, within(0.02));
    assertThat(warm.updates()).isZero();
    OracleResult cold =
        oracle(with(tiny, "warm_start", "false"))
            .bestResponse(new BestResponseTask(BLOTTO, 0, opponents, 5, r.policy(), "c"));
    assertThat(value(cold.policy(), opponents)).isLessThan(best - 0.2);
  }

  @Test
  void refusesABatchLargerThanTheBuffer() {
    assertThatThrownBy(() -> oracle(Map.of("batch", "512", "buffer", "100")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batch=512 exceeds buffer=100");
  }

  @Test
  void refusesDiscreteGamesNamingTheDiscreteOracles() {
    assertThatThrownBy(() -> oracle(Map.of()).checkSupports(Games.load("kuhn_poker")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("discrete actions")
        .hasMessageContaining("ppo, dqn or mpo");
  }

  static double value(Policy policy, Opponents opponents) {
    return ContinuousBlottoFixtures.value(BLOTTO, 0, (ContinuousPolicy) policy, opponents, 4000);
  }
}
