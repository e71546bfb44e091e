package org.psro4j.rl.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.psro.Opponents;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.rl.rollout.LearnerActor;
import org.psro4j.rl.rollout.Trajectories;
import org.psro4j.rl.rollout.VectorRollouts;

class OpponentReplayTest {

  /** Kuhn's action 0 (pass or fold) everywhere. */
  static final Policy ALWAYS_PASS = (state, player) -> new double[] {1.0, 0.0};

  static final LearnerActor UNIFORM =
      (obs, masks, legal, rows, random, actions, logProbs) -> {
        for (int i = 0; i < rows; i++) {
          actions[i] = legal[i][random.nextInt(legal[i].length)];
          logProbs[i] = (float) -Math.log(legal[i].length);
        }
      };

  private static Opponents mix(Policy a, Policy b, double weightA) {
    return new Opponents.Independent(
        0, List.of(List.of(a, b), List.of(a, b)), new double[][] {{0, 0}, {weightA, 1 - weightA}});
  }

  private static double shareOfTwos(ReplayBuffer.Batch batch) {
    int twos = 0;
    for (float r : batch.rewards()) {
      twos += Math.abs(r) == 2f ? 1 : 0;
    }
    return (double) twos / batch.size();
  }

  @Test
  void probabilityOfAProfileUnderIndependentAndCorrelatedTargets() {
    Policy a = PpoOracleTest.ALWAYS_BET;
    Policy b = ALWAYS_PASS;
    Policy c = TabularPolicy.uniform(Games.load("kuhn_poker"));
    Opponents ind =
        new Opponents.Independent(
            0,
            List.of(List.of(a), List.of(a, b), List.of(b, c)),
            new double[][] {{1}, {0.25, 0.75}, {0.4, 0.6}});
    assertThat(OpponentReplay.probability(ind, new Policy[] {null, b, c}))
        .isCloseTo(0.75 * 0.6, within(1e-12));
    assertThat(OpponentReplay.probability(ind, new Policy[] {null, c, c})).isZero();
    Opponents cor =
        new Opponents.Correlated(
            0,
            List.of(new Policy[] {null, a, b}, new Policy[] {null, b, c}),
            new double[] {0.3, 0.7});
    assertThat(OpponentReplay.probability(cor, new Policy[] {null, b, c}))
        .isCloseTo(0.7, within(1e-12));
    assertThat(OpponentReplay.probability(cor, new Policy[] {null, a, c})).isZero();
  }

  @Test
  void replayFollowsTheNewTargetsMixtureOfHeldCoPlayers() {
    Game kuhn = Games.load("kuhn_poker");
    ObservationSpec spec = ObservationSpec.of(kuhn);
    Policy bet = PpoOracleTest.ALWAYS_BET;
    OpponentReplay store = new OpponentReplay(100_000, spec.size(), spec.numActions());
    // Experience from an earlier target that mixed both co-players evenly.
    Trajectories t =
        new VectorRollouts(kuhn, mix(bet, ALWAYS_PASS, 0.5), spec, 16, 1)
            .collect(UNIFORM, 40_000, 1);
    store.addAll(t);
    SplittableRandom random = new SplittableRandom(2);
    // Against always-pass no pot of 2 is ever won or lost (it folds to a bet and checks behind).
    assertThat(shareOfTwos(store.sample(20_000, mix(bet, ALWAYS_PASS, 0), random))).isZero();
    // Against always-bet, a uniform learner as first player: pass then (call ±2 | fold -1), or
    // bet and be called (±2): per episode 1/2·1/2 + 1/2 = 3/4 of the episodes end with ±2, over
    // 1/2·2 + 1/2·1 = 3/2 learner decisions each, so 1/2 of the transitions carry ±2.
    double onlyBet = shareOfTwos(store.sample(40_000, mix(bet, ALWAYS_PASS, 1), random));
    assertThat(onlyBet).isCloseTo(0.5, within(0.02));
    // Reweighted to 1/4 always-bet: episodes weigh 1/4 and 3/4, always-pass episodes have one
    // decision each, so the share is (1/4 · 3/4) / (1/4 · 3/2 + 3/4 · 1) = 1/6.
    double quarter = shareOfTwos(store.sample(40_000, mix(bet, ALWAYS_PASS, 0.25), random));
    assertThat(quarter).isCloseTo(1.0 / 6, within(0.02));
  }
}
