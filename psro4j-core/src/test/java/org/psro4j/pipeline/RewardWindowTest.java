package org.psro4j.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The episode-weighted mean over the latest episodes that the plateau rule reads. */
class RewardWindowTest {

  @Test
  void weighsReportsByTheirEpisodes() {
    RewardWindow w = new RewardWindow(1000);
    assertThat(w.mean()).isNaN();
    w.add(100, 1.0);
    w.add(300, -1.0);
    assertThat(w.mean()).isCloseTo((100 - 300) / 400.0, within(1e-12));
    assertThat(w.episodes()).isEqualTo(400);
  }

  @Test
  void dropsTheOldestReportsOnceTheRestCoverTheWindow() {
    RewardWindow w = new RewardWindow(10);
    w.add(6, 0.0);
    w.add(6, 1.0); // 12 episodes; without the first only 6: both stay
    assertThat(w.mean()).isCloseTo(0.5, within(1e-12));
    w.add(4, 1.0); // the last two cover 10: the first leaves
    assertThat(w.episodes()).isEqualTo(10);
    assertThat(w.mean()).isCloseTo(1.0, within(1e-12));
    w.add(20, 2.0); // one report larger than the window stays alone
    assertThat(w.episodes()).isEqualTo(20);
    assertThat(w.mean()).isCloseTo(2.0, within(1e-12));
  }

  @Test
  void ignoresEmptyReportsAndRejectsAnEmptyWindow() {
    RewardWindow w = new RewardWindow(5);
    w.add(0, 7.0);
    w.add(3, Double.NaN);
    assertThat(w.mean()).isNaN();
    assertThatThrownBy(() -> new RewardWindow(0)).hasMessageContaining("window 0");
  }
}
