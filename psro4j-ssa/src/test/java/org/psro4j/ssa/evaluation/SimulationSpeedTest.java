package org.psro4j.ssa.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.psro4j.game.Games;
import org.psro4j.ssa.SsaCoverage;

class SimulationSpeedTest {

  private static final SsaCoverage GAME =
      (SsaCoverage) Games.load("ssa_coverage(sats=4,planes=2,objects=10,hours=6)");

  @Test
  void reportsAPositiveFiniteRateAcrossEpisodeBoundaries() {
    // 36 steps per episode, so 100 timed steps cross several terminals and restarts.
    double rate = SimulationSpeed.sensorStepsPerSecond(GAME, 100, 3);
    assertThat(rate).isPositive().isFinite();
  }

  @Test
  void rejectsANonPositiveStepCount() {
    assertThatThrownBy(() -> SimulationSpeed.sensorStepsPerSecond(GAME, 0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("steps=0");
  }
}
