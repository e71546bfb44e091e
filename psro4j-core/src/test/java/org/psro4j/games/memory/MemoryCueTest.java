package org.psro4j.games.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.exact.ExpectedReturns;
import org.psro4j.exact.Exploitability;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.game.State;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;

class MemoryCueTest {

  private static final Game GAME = Games.load("memory_cue(cues=3,delay=2)");

  /** Answers with the remembered cue: available to a policy of the information state. */
  private static final Policy REMEMBERS =
      (state, player) -> {
        int[] legal = state.legalActions(player);
        double[] p = new double[legal.length];
        if (legal.length == 1) {
          p[0] = 1;
        } else {
          p[state.history()[player]] = 1;
        }
        return p;
      };

  @Test
  void rememberingWinsAndTheBestResponseToUniformIsWorthTwoThirds() {
    // Uniform answers are right 1/3 of the time; remembering is always right: 1 - 1/3 = 2/3.
    assertThat(ExpectedReturns.of(GAME, REMEMBERS, TabularPolicy.uniform(GAME))[0])
        .isCloseTo(2.0 / 3, within(1e-12));
    assertThat(Exploitability.nashConv(GAME, REMEMBERS).nashConv()).isCloseTo(0, within(1e-12));
  }

  @Test
  void everyPolicyOfTheCurrentObservationAnswersAtChance() {
    // At answer time the observation is the same whatever the cue, so any policy of it names each
    // cue independently of the truth: right with probability exactly 1/cues.
    Map<String, double[]> byObservation = new HashMap<>();
    byObservation.put("answer", new double[] {0.7, 0.2, 0.1});
    Policy observationOnly =
        (state, player) -> {
          int[] legal = state.legalActions(player);
          if (legal.length == 1) {
            return new double[] {1};
          }
          return byObservation.get(state.observationString(player));
        };
    assertThat(ExpectedReturns.of(GAME, observationOnly, REMEMBERS)[0])
        .isCloseTo(1.0 / 3 - 1, within(1e-12));
    State s = GAME.newInitialState();
    s.apply(2);
    s.apply(0);
    float[] atCue = s.observationTensor(0);
    assertThat(atCue[2]).isEqualTo(1f);
  }
}
