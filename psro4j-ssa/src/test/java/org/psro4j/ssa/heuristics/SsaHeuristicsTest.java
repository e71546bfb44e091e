package org.psro4j.ssa.heuristics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.SsaScenario;
import org.psro4j.ssa.SsaState;

/** What each heuristic does, checked at every decision of whole episodes. */
class SsaHeuristicsTest {

  private static final int BLUE = SsaScenario.BLUE;
  private static final int RED = SsaScenario.RED;

  /**
   * Plays {@code blue} against {@code red} (sampling with a seeded generator); before each sub-step
   * hands the state and Blue's chosen action to {@code check}.
   */
  private static void play(
      String gameString, Policy blue, Policy red, BiConsumer<SsaState, Integer> check) {
    SsaCoverage game = (SsaCoverage) Games.load(gameString);
    SsaState state = game.newInitialState();
    state.apply(3);
    SplittableRandom rng = new SplittableRandom(9);
    while (!state.isTerminal()) {
      int blueAction = sample(state, BLUE, blue, rng);
      int redAction = sample(state, RED, red, rng);
      check.accept(state, blueAction);
      state.apply(new int[] {blueAction, redAction});
    }
  }

  private static int sample(SsaState state, int side, Policy policy, SplittableRandom rng) {
    double[] p = policy.actionProbabilities(state, side);
    assertThat(p).hasSize(state.legalActionCount(side));
    double sum = 0;
    for (double x : p) {
      assertThat(x).isBetween(0.0, 1.0);
      sum += x;
    }
    assertThat(sum).isCloseTo(1.0, within(1e-12));
    double u = rng.nextDouble();
    for (int i = 0; i < p.length; i++) {
      u -= p[i];
      if (u < 0) {
        return state.legalAction(side, i);
      }
    }
    return state.legalAction(side, p.length - 1);
  }

  private static Policy named(String name) {
    return SsaHeuristics.create(name, Games.load("ssa_coverage"));
  }

  @Test
  void reactiveAlwaysPicksTheLongestDarkVisibleObject() {
    int[] decisions = {0, 0};
    play(
        "ssa_coverage(hours=24)",
        named("reactive"),
        named("random"),
        (state, action) -> {
          SsaScenario scenario = state.game().scenario();
          int longestDark = -1;
          for (int k = 0; k < state.candidateCount(BLUE); k++) {
            int o = state.candidate(BLUE, k);
            if (scenario.ofInterest(BLUE, o)
                && !state.taskedThisStep(BLUE, o)
                && (longestDark < 0
                    || state.trackAge(BLUE, o)
                        > state.trackAge(BLUE, state.candidate(BLUE, longestDark)))) {
              longestDark = k;
            }
          }
          if (longestDark < 0) {
            assertThat(action).isEqualTo(state.game().idleAction());
          } else {
            assertThat(action).isLessThan(state.game().idleAction());
            assertThat(state.trackAge(BLUE, state.candidate(BLUE, action)))
                .isEqualTo(state.trackAge(BLUE, state.candidate(BLUE, longestDark)));
            decisions[0]++;
          }
          decisions[1]++;
        });
    assertThat(decisions[0])
        .as("observations among %d decisions", decisions[1])
        .isGreaterThan(decisions[1] / 2);
  }

  @Test
  void aggressiveTakesAContestedObjectWheneverOneIsOffered() {
    int[] contested = {0};
    play(
        "ssa_coverage(hours=12)",
        named("aggressive"),
        named("reactive"),
        (state, action) -> {
          SsaScenario scenario = state.game().scenario();
          boolean offered = false;
          for (int k = 0; k < state.candidateCount(BLUE); k++) {
            int o = state.candidate(BLUE, k);
            offered |= scenario.contested(o) && !state.taskedThisStep(BLUE, o);
          }
          if (offered) {
            assertThat(scenario.contested(state.candidate(BLUE, action))).isTrue();
            contested[0]++;
          }
        });
    assertThat(contested[0]).isPositive();
  }

  @Test
  void aggressiveDazzlesWhenNoContestedObjectIsInView() {
    int[] dazzles = {0};
    play(
        "ssa_coverage(hours=12,dazzle=true)",
        named("aggressive"),
        named("distributed"),
        (state, action) -> {
          if (action > state.game().idleAction()) {
            dazzles[0]++;
            assertThat(action).isEqualTo(state.game().dazzleAction(0));
          }
        });
    assertThat(dazzles[0]).isPositive();
  }

  @Test
  void distributedPicksTheLeastObservedObject() {
    play(
        "ssa_coverage(hours=12)",
        named("distributed"),
        named("aggressive"),
        (state, action) -> {
          if (action == state.game().idleAction()) {
            return;
          }
          int chosen = state.observationCount(BLUE, state.candidate(BLUE, action));
          for (int k = 0; k < state.candidateCount(BLUE); k++) {
            int o = state.candidate(BLUE, k);
            if (state.game().scenario().ofInterest(BLUE, o) && !state.taskedThisStep(BLUE, o)) {
              assertThat(chosen).isLessThanOrEqualTo(state.observationCount(BLUE, o));
            }
          }
        });
  }

  @Test
  void predictiveObservesAheadOfPredictedManoeuvres() {
    int[] urgent = {0};
    play(
        "ssa_coverage(hours=24,manoeuvres_per_day=3.0)",
        named("predictive"),
        named("random"),
        (state, action) -> {
          if (action == state.game().idleAction()) {
            return;
          }
          int o = state.candidate(BLUE, action);
          int m = state.nextPredictedManoeuvre(BLUE, o);
          if (m >= 0 && m - state.step() <= 9) {
            urgent[0]++;
          }
        });
    assertThat(urgent[0]).as("observations just before a predicted manoeuvre").isPositive();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ssa_coverage(hours=3,actions=continuous)",
        "ssa_coverage(hours=3,actions=continuous,dazzle=true,flavour=general_sum)",
        "ssa_coverage(hours=3,dazzle=true)"
      })
  void everyHeuristicGivesADistributionInEveryVariant(String gameString) {
    for (String blue : SsaHeuristics.NAMES) {
      play(gameString, named(blue), named("random"), (state, action) -> {});
    }
  }

  @Test
  void randomIsUniformOverLegalActions() {
    SsaState state = (SsaState) Games.load("ssa_coverage(dazzle=true)").newInitialState();
    state.apply(0);
    double[] p = named("random").actionProbabilities(state, RED);
    assertThat(p).hasSize(state.legalActions(RED).length);
    assertThat(p[0]).isCloseTo(1.0 / p.length, within(1e-15));
  }

  @Test
  void theRegistryNamesWhatItKnows() {
    assertThat(SsaHeuristics.NAMES)
        .containsExactly("aggressive", "distributed", "reactive", "predictive", "random");
    assertThatThrownBy(() -> SsaHeuristics.create("timid", Games.load("ssa_coverage")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timid")
        .hasMessageContaining("reactive");
    assertThatThrownBy(() -> SsaHeuristics.create("reactive", Games.load("kuhn_poker")))
        .hasMessageContaining("kuhn_poker");
  }
}
