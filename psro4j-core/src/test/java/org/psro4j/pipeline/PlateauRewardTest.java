package org.psro4j.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.psro4j.learn.TrainingProgress;

/** The reward a level reports: the window's mean when smoothing is set, else the moving return. */
class PlateauRewardTest {

  private static TrainingProgress at(long episodes, double mean, double moving) {
    return new TrainingProgress(0, episodes * 2, episodes, 0, mean, moving, 0, 0);
  }

  @Test
  void withoutSmoothingReportsTheMovingReturn() {
    PlateauReward r = new PlateauReward(0, 0);
    assertThat(r.next(at(10, 1.0, 0.25))).isEqualTo(0.25);
    assertThat(r.next(at(20, -1.0, 0.5))).isEqualTo(0.5);
  }

  @Test
  void withSmoothingReportsTheEpisodeWeightedMeanOfTheLatestEpisodes() {
    // A resumed session that had played 100 episodes: only the episodes since then count.
    PlateauReward r = new PlateauReward(30, 100);
    assertThat(r.next(at(110, 1.0, 9.0))).isCloseTo(1.0, within(1e-12));
    assertThat(r.next(at(130, -1.0, 9.0))).isCloseTo((10 - 20) / 30.0, within(1e-12));
    // 40 more episodes at 0.5: the last report alone covers the window, the others leave.
    assertThat(r.next(at(170, 0.5, 9.0))).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void rejectsANegativeWindow() {
    assertThatThrownBy(() -> new PlateauReward(-1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
