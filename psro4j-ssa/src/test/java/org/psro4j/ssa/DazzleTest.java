package org.psro4j.ssa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.psro4j.game.Games;

/** Dazzling denies exactly the dazzled sensor's observation, and nothing else changes. */
class DazzleTest {

  private static final int BLUE = SsaScenario.BLUE;
  private static final int RED = SsaScenario.RED;

  @Test
  void dazzlingDeniesExactlyTheDazzledSensorsObservation() {
    SsaCoverage game = (SsaCoverage) Games.load("ssa_coverage(dazzle=true)");
    SsaScenario scenario = game.scenario();
    VisibilityTables visibility = scenario.visibility();
    int sats = game.settings().sats();
    int checked = 0;
    for (int step = 0; step < 40 && checked < 5; step++) {
      for (int i = 0; i < sats && checked < 5; i++) {
        int blueBody = scenario.sensorBody(BLUE, i);
        if (visibility.dazzleCount(step, blueBody) == 0) {
          continue;
        }
        int redSensor = visibility.dazzleTarget(step, blueBody, 0) - sats;
        if (visibility.visibleCount(step, scenario.sensorBody(RED, redSensor)) == 0) {
          continue;
        }
        SsaState before = game.newInitialState();
        before.apply(1);
        while (before.step() < step) {
          playSubStep(before, -1, 0);
        }
        SsaState withoutDazzle = before.copy();
        SsaState withDazzle = before.copy();
        while (withoutDazzle.step() == step) {
          playSubStep(withoutDazzle, i, game.idleAction());
          playSubStep(withDazzle, i, game.dazzleAction(0));
        }
        for (int s = 0; s < sats; s++) {
          assertThat(withDazzle.lastObservedObject(BLUE, s))
              .isEqualTo(withoutDazzle.lastObservedObject(BLUE, s));
          assertThat(withDazzle.wasDazzled(BLUE, s)).isFalse();
          assertThat(withDazzle.wasDazzled(RED, s)).isEqualTo(s == redSensor);
          if (s == redSensor) {
            assertThat(withoutDazzle.lastObservedObject(RED, s)).isNotNegative();
            assertThat(withDazzle.lastObservedObject(RED, s)).isEqualTo(-1);
            assertThat(withDazzle.lastObservedCount(RED, s)).isZero();
          } else {
            assertThat(withDazzle.lastObservedObject(RED, s))
                .isEqualTo(withoutDazzle.lastObservedObject(RED, s));
          }
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(5);
  }

  /**
   * Every sensor observes its nearest candidate, except Blue's {@code sensor} which plays {@code
   * action}.
   */
  private static void playSubStep(SsaState state, int sensor, int action) {
    int idle = state.game().idleAction();
    int[] joint = new int[2];
    for (int side = 0; side < 2; side++) {
      joint[side] = state.candidateCount(side) > 0 ? 0 : idle;
    }
    if (state.sensor() == sensor) {
      joint[BLUE] = action;
    }
    state.apply(joint);
  }
}
