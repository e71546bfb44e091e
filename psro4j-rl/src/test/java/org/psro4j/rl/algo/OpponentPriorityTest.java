package org.psro4j.rl.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.policy.Policy;
import org.psro4j.psro.Opponents;
import org.psro4j.rl.rollout.EpisodeOutcome;

/** Prioritized fictitious self-play weights (AlphaStar's f_hard) over a PSRO target. */
class OpponentPriorityTest {

  private static final Policy A = (state, player) -> new double[] {1};
  private static final Policy B = (state, player) -> new double[] {1};
  private static final Policy C = (state, player) -> new double[] {1};

  private static Opponents.Independent target() {
    return new Opponents.Independent(
        0, List.of(List.of(C), List.of(A, B)), new double[][] {{1}, {0.25, 0.75}});
  }

  private static List<EpisodeOutcome> games(Policy opponent, double learnerReturn, int n) {
    List<EpisodeOutcome> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new EpisodeOutcome(new Policy[] {null, opponent}, learnerReturn));
    }
    return out;
  }

  @Test
  void freshPrioritiserTrainsAgainstTheTargetItself() {
    OpponentPriority p = new OpponentPriority(target(), 2);
    assertThat(p.score(1, 0)).isEqualTo(0.5);
    assertThat(p.opponents().weights()[1]).containsExactly(0.25, 0.75);
  }

  @Test
  void weightsFollowFHardOfTheDecayedScores() {
    OpponentPriority p = new OpponentPriority(target(), 2);
    p.record(games(A, 0.0, 10)); // ties score ½
    p.record(games(B, 1.3, 10)); // wins score 1 whatever the shaped return
    p.record(games(A, -0.4, 10));
    double decayed10 = (1 - Math.pow(0.99, 10)) / 0.01;
    // A: ten ties then ten losses; the ties are decayed by 0.99^10.
    double winsA = 0.5 * decayed10 * Math.pow(0.99, 10);
    double gamesA = decayed10 * (1 + Math.pow(0.99, 10));
    double scoreA = (winsA + 0.5) / (gamesA + 1);
    double scoreB = (decayed10 + 0.5) / (decayed10 + 1);
    assertThat(p.score(1, 0)).isCloseTo(scoreA, within(1e-12));
    assertThat(p.score(1, 1)).isCloseTo(scoreB, within(1e-12));
    double a = 0.25 * Math.pow(1 - scoreA, 2);
    double b = 0.75 * Math.pow(1 - scoreB, 2);
    double[] w = p.opponents().weights()[1];
    assertThat(w[0]).isCloseTo(0.9 * a / (a + b) + 0.1 * 0.25, within(1e-12));
    assertThat(w[1]).isCloseTo(0.9 * b / (a + b) + 0.1 * 0.75, within(1e-12));
    assertThat(w[0] + w[1]).isCloseTo(1, within(1e-12));
    assertThat(w[0]).isGreaterThan(0.75); // the policy the learner does not beat dominates
    assertThat(p.opponents().weights()[0]).containsExactly(1.0); // the learner's own row as given
  }

  @Test
  void scoresRoundTripThroughBytes() {
    OpponentPriority p = new OpponentPriority(target(), 1.5);
    p.record(games(A, 1, 3));
    p.record(games(B, -1, 7));
    OpponentPriority q = new OpponentPriority(target(), 1.5);
    q.decode(p.encode());
    assertThat(q.opponents().weights()[1]).containsExactly(p.opponents().weights()[1]);
    assertThatThrownBy(() -> q.decode(new byte[8]))
        .hasMessage("saved pfsp scores hold 1 values, expected 6");
  }

  @Test
  void refusesJointTargetsAndBadExponents() {
    Opponents joint =
        new Opponents.Correlated(0, List.<Policy[]>of(new Policy[] {null, A}), new double[] {1});
    assertThatThrownBy(() -> new OpponentPriority(joint, 2))
        .hasMessage(
            "oracle option pfsp needs independent co-players (psro), not a joint meta-strategy");
    assertThat(PpoSettings.fromOptions(Map.of("pfsp", "2")).pfsp()).isEqualTo(2.0);
    assertThat(PpoSettings.fromOptions(Map.of()).pfsp()).isZero();
    assertThatThrownBy(() -> PpoSettings.fromOptions(Map.of("pfsp", "-1")))
        .hasMessageContaining("pfsp");
  }
}
