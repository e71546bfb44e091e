package org.psro4j.ssa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.GameType;
import org.psro4j.game.Games;
import org.psro4j.game.State;

/** Facts and rules of {@code ssa_coverage} beyond the conformance suite. */
class SsaCoverageTest {

  private static final int BLUE = SsaScenario.BLUE;
  private static final int RED = SsaScenario.RED;

  static SsaState start(String gameString, int episode) {
    SsaState state = (SsaState) Games.load(gameString).newInitialState();
    state.apply(episode);
    return state;
  }

  static void playRandomly(SsaState state, SplittableRandom rng) {
    int[] joint = new int[2];
    for (int p = 0; p < 2; p++) {
      joint[p] = state.legalAction(p, rng.nextInt(state.legalActionCount(p)));
    }
    state.apply(joint);
  }

  @Test
  void loadsThroughTheServiceLoaderWithTheIssueDefaults() {
    Game game = Games.load("ssa_coverage");
    assertThat(game).isInstanceOf(SsaCoverage.class);
    assertThat(game.toString())
        .startsWith(
            "ssa_coverage(sats=12,planes=6,objects=40,hours=72,step_minutes=10,range_km=15000.0,"
                + "fov_deg=20.0,contested=0.5,flavour=zero_sum,actions=discrete,dazzle=false,"
                + "candidates=6,");
    assertThat(game.numPlayers()).isEqualTo(2);
    assertThat(game.numDistinctActions()).isEqualTo(7);
    assertThat(game.maxGameLength()).isEqualTo(432 * 12);
    assertThat(game.maxChanceOutcomes()).isEqualTo(1000);
    assertThat(game.type().dynamics()).isEqualTo(GameType.Dynamics.SIMULTANEOUS);
    assertThat(game.type().rewardModel()).isEqualTo(GameType.RewardModel.REWARDS);
    assertThat(game.type().providesInformationStateString()).isFalse();
    assertThat(game.type().providesObservationTensor()).isTrue();
    assertThat(game.observationTensorSize()).isEqualTo(2 + 4 * 12 + 9 * 40 + 7 * 6);
    assertThat(Games.load("ssa_coverage(dazzle=true)").numDistinctActions()).isEqualTo(13);
    assertThat(Games.load("ssa_coverage(actions=continuous)").numDistinctActions()).isEqualTo(65);
    SsaScenario scenario = ((SsaCoverage) game).scenario();
    assertThat(scenario.contestedCount()).isEqualTo(20);
    assertThat(scenario.interestCount(BLUE)).isEqualTo(30);
    assertThat(scenario.interestCount(RED)).isEqualTo(30);
  }

  @Test
  void badParametersNameTheValue() {
    assertThatThrownBy(() -> Games.load("ssa_coverage(sats=7)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sats=7");
    assertThatThrownBy(() -> Games.load("ssa_coverage(flavour=cooperative)"))
        .hasMessageContaining("flavour=cooperative")
        .hasMessageContaining("zero_sum, general_sum");
    assertThatThrownBy(() -> Games.load("ssa_coverage(step_minutes=7)"))
        .hasMessageContaining("step_minutes=7");
    assertThatThrownBy(() -> Games.load("ssa_coverage(contested=1.5)"))
        .hasMessageContaining("contested=1.5");
  }

  @Test
  void zeroSumFlavourSumsToZeroAtEveryStep() {
    SsaState state = start("ssa_coverage(hours=12,dazzle=true)", 3);
    SplittableRandom rng = new SplittableRandom(5);
    int paid = 0;
    while (!state.isTerminal()) {
      playRandomly(state, rng);
      double[] r = state.rewards();
      assertThat(r[0] + r[1]).isZero();
      paid += r[0] != 0 ? 1 : 0;
      assertThat(state.returns()[0]).isEqualTo(-state.returns()[1]);
    }
    assertThat(paid).as("steps with a non-zero reward").isPositive();
  }

  @Test
  void episodesReplayExactly() {
    double[] first = playEpisode(7, 11);
    assertThat(playEpisode(7, 11)).containsExactly(first);
    assertThat(playEpisode(8, 11)).isNotEqualTo(first);
  }

  private static double[] playEpisode(int episode, long seed) {
    SsaState state = start("ssa_coverage(hours=6,flavour=general_sum)", episode);
    SplittableRandom rng = new SplittableRandom(seed);
    while (!state.isTerminal()) {
      playRandomly(state, rng);
    }
    return state.returns();
  }

  @Test
  void observingAnObjectResetsItsTrackAge() {
    SsaState state = start("ssa_coverage", 0);
    assertThat(state.candidateCount(BLUE)).isPositive();
    int target = state.candidate(BLUE, 0);
    int idle = state.game().idleAction();
    state.apply(new int[] {0, idle});
    assertThat(state.taskedThisStep(BLUE, target)).isTrue();
    assertThat(state.taskedThisStep(RED, target)).isFalse();
    while (state.sensor() != 0) {
      state.apply(new int[] {idle, idle});
    }
    assertThat(state.step()).isEqualTo(1);
    assertThat(state.trackAge(BLUE, target)).isEqualTo(1);
    assertThat(state.lastObservedObject(BLUE, 0)).isEqualTo(target);
    assertThat(state.observationCount(BLUE, target)).isEqualTo(1);
    assertThat(state.observationCount(RED, target)).isZero();
  }

  @Test
  void anUnobservedObjectLosesCustodyAtEachManoeuvre() {
    // Exact predictions show the true manoeuvre steps; a long stale horizon isolates manoeuvres.
    SsaState state =
        start(
            "ssa_coverage(hours=24,stale_hours=100,prediction_sigma_minutes=0.0,"
                + "manoeuvres_per_day=2.0)",
            4);
    int objects = state.game().settings().objects();
    int tolerance = state.game().settings().toleranceSteps();
    int idle = state.game().idleAction();
    int[] firstDue = new int[objects];
    java.util.Arrays.fill(firstDue, Integer.MAX_VALUE);
    int losses = 0;
    while (!state.isTerminal()) {
      int t = state.step();
      for (int o = 0; o < objects; o++) {
        for (int side = 0; side < 2; side++) {
          assertThat(state.isLost(side, o))
              .as("object %d at step %d", o, t)
              .isEqualTo(t > firstDue[o]);
        }
        int m = state.nextPredictedManoeuvre(BLUE, o);
        if (m >= 0) {
          firstDue[o] = Math.min(firstDue[o], m + tolerance);
        }
      }
      for (int s = 0; s < state.game().settings().sats(); s++) {
        state.apply(new int[] {idle, idle});
      }
      losses += state.isTerminal() ? 0 : (int) countLost(state);
    }
    assertThat(losses).isPositive();
  }

  private static long countLost(SsaState state) {
    long n = 0;
    for (int o = 0; o < state.game().settings().objects(); o++) {
      n += state.isLost(BLUE, o) ? 1 : 0;
    }
    return n;
  }

  @Test
  void observationTensorDescribesTheDecidingSensorsCandidates() {
    SsaState state = start("ssa_coverage", 2);
    int idle = state.game().idleAction();
    state.apply(new int[] {idle, idle});
    state.apply(new int[] {idle, idle});
    float[] obs = state.observationTensor(RED);
    assertThat(obs).hasSize(state.game().observationTensorSize());
    for (float v : obs) {
      assertThat(v).isBetween(0f, 1f);
    }
    assertThat(obs[1]).isEqualTo(1f);
    assertThat(obs[2 + 2]).as("sensor 2 decides").isEqualTo(1f);
    assertThat(obs[2 + 12]).as("own sensor 0 already tasked").isEqualTo(1f);
    int candidates = 2 + 4 * 12 + 9 * 40;
    int present = 0;
    for (int k = 0; k < 6; k++) {
      present += (int) obs[candidates + 7 * k];
    }
    assertThat(present).isEqualTo(state.candidateCount(RED));
  }

  @Test
  void theInitialStateIsTheEpisodeChanceNode() {
    State state = Games.load("ssa_coverage(episodes=3)").newInitialState();
    assertThat(state.isChanceNode()).isTrue();
    assertThat(state.chanceOutcomes()).hasSize(3);
    assertThatThrownBy(() -> state.apply(3)).hasMessageContaining("episode 3");
    assertThatThrownBy(() -> state.informationStateString(0))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
