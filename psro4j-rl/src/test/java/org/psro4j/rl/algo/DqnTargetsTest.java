package org.psro4j.rl.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.rollout.HandTrajectories;
import org.psro4j.rl.rollout.Trajectories;

/**
 * DQN's regression targets and losses against values worked by hand: n-step rows of a tiny replay
 * with known rewards and episode ends, double-Q targets over legal actions, and the squared and
 * Huber losses against their formulas.
 */
class DqnTargetsTest {

  /**
   * Two episodes: observations 1, 2, 3 with rewards 0, 0.5, 1 (ends at 3) and 4, 5 with rewards -1,
   * 2 (ends at 5).
   */
  private static final Trajectories TWO_EPISODES =
      HandTrajectories.of(
          2,
          new float[] {1, 2, 3, 4, 5},
          new int[] {0, 1, 0, 1, 0},
          new float[] {0f, 0.5f, 1f, -1f, 2f},
          new boolean[] {false, false, true, false, true});

  /** Row of the buffer by its one-number observation: {reward, done ? 1 : 0, next observation}. */
  private static Map<Float, float[]> rowsByObservation(int n, double gamma) {
    ReplayBuffer buffer = new ReplayBuffer(16, 1, 2);
    buffer.addAll(TWO_EPISODES, n, gamma);
    assertThat(buffer.size()).isEqualTo(5);
    ReplayBuffer.Batch b = buffer.sample(400, new SplittableRandom(1));
    Map<Float, float[]> rows = new java.util.TreeMap<>();
    for (int r = 0; r < b.size(); r++) {
      rows.put(
          b.observations()[r],
          new float[] {b.rewards()[r], b.done()[r] ? 1 : 0, b.nextObservations()[r]});
    }
    assertThat(rows).hasSize(5);
    return rows;
  }

  @Test
  void oneStepRowsAreTheTransitionsThemselves() {
    Map<Float, float[]> rows = rowsByObservation(1, 0.5);
    assertThat(rows.get(1f)).containsExactly(0f, 0f, 2f);
    assertThat(rows.get(2f)).containsExactly(0.5f, 0f, 3f);
    assertThat(rows.get(3f)).containsExactly(1f, 1f, 0f);
    assertThat(rows.get(4f)).containsExactly(-1f, 0f, 5f);
    assertThat(rows.get(5f)).containsExactly(2f, 1f, 0f);
  }

  @Test
  void twoStepRowsSumTwoDiscountedRewardsAndStopAtTheEpisodesEnd() {
    Map<Float, float[]> rows = rowsByObservation(2, 0.5);
    assertThat(rows.get(1f)).containsExactly(0f + 0.5f * 0.5f, 0f, 3f); // 0 + γ·0.5, from s_3
    assertThat(rows.get(2f)).containsExactly(0.5f + 0.5f * 1f, 1f, 0f); // 0.5 + γ·1, ended
    assertThat(rows.get(3f)).containsExactly(1f, 1f, 0f);
    assertThat(rows.get(4f)).containsExactly(-1f + 0.5f * 2f, 1f, 0f); // -1 + γ·2, ended
    assertThat(rows.get(5f)).containsExactly(2f, 1f, 0f);
  }

  @Test
  void threeStepRowsReachEveryEpisodesEnd() {
    Map<Float, float[]> rows = rowsByObservation(3, 0.5);
    assertThat(rows.get(1f)).containsExactly(0f + 0.25f + 0.25f, 1f, 0f); // 0 + γ·0.5 + γ²·1
    assertThat(rows.values()).allSatisfy(row -> assertThat(row[1]).isEqualTo(1f));
  }

  @Test
  void doubleQTargetsBootstrapFromTheTargetNetworkAtTheOnlineArgmaxOverLegalActions() {
    ReplayBuffer.Batch b =
        new ReplayBuffer.Batch(
            new float[] {1, 2, 3},
            new int[] {0, 1, 0},
            new float[] {0.25f, 0.5f, 1f},
            new boolean[] {false, false, true},
            new float[] {3, 4, 0},
            new float[] {1, 1, 1, 0, 0, 0});
    float[] qOnline = {0.2f, 0.7f, 0.1f, 5f, 9f, 9f};
    float[] qTarget = {0.9f, 0.4f, 0.3f, -2f, 9f, 9f};
    float[] y = DqnOracle.targets(b, qOnline, qTarget, 2, 0.25); // γ^n = 0.5²
    // row 0: online argmax is action 1, the target network's value there is 0.4
    // row 1: action 1 is illegal, so action 0 and the target's 0.3; row 2 ended: no bootstrap
    assertThat(y).containsExactly(0.25f + 0.25f * 0.4f, 0.5f + 0.25f * 0.3f, 1f);
  }

  @Test
  void squaredAndHuberLossesMatchTheirFormulas() {
    try (NDManager m = DjlRuntime.engine().newBaseManager()) {
      var q = m.create(new float[] {0f, 0.5f, 3f, -2f, 1f});
      var y = m.create(new float[] {0f, 0f, 0f, 0f, 0f});
      // δ = 0, 0.5, 3, -2, 1: squared 0 + 0.25 + 9 + 4 + 1 = 14.25
      assertThat(DqnOracle.loss(q, y, false).getFloat()).isCloseTo(14.25f / 5, within(1e-6f));
      // Huber: 0 + 0.125 + (3 - 0.5) + (2 - 0.5) + 0.5 = 4.625
      assertThat(DqnOracle.loss(q, y, true).getFloat()).isCloseTo(4.625f / 5, within(1e-6f));
    }
  }

  @Test
  void theNewOptionsParseAndBadValuesAreNamed() {
    DqnSettings s = DqnSettings.fromOptions(Map.of("loss", "huber", "n_step", "3"));
    assertThat(s.huber()).isTrue();
    assertThat(s.nStep()).isEqualTo(3);
    DqnSettings d = DqnSettings.fromOptions(Map.of());
    assertThat(d.huber()).isFalse();
    assertThat(d.nStep()).isEqualTo(1);
    assertThatThrownBy(() -> DqnSettings.fromOptions(Map.of("loss", "l1")))
        .hasMessageContaining("loss=l1");
    assertThatThrownBy(() -> DqnSettings.fromOptions(Map.of("n_step", "0")))
        .hasMessageContaining("n_step=0");
  }
}
