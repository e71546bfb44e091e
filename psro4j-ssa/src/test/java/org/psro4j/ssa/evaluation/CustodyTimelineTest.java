package org.psro4j.ssa.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.SsaState;
import org.psro4j.ssa.evaluation.CustodyTimeline.Holder;
import org.psro4j.ssa.heuristics.SsaHeuristics;

class CustodyTimelineTest {

  /** 24 steps of 30 minutes, stale after 4 h (8 steps), 10 objects, 4 sensors per side. */
  private static final SsaCoverage GAME =
      (SsaCoverage)
          Games.load(
              "ssa_coverage(sats=4,planes=2,objects=10,hours=12,step_minutes=30,stale_hours=4,"
                  + "manoeuvres_per_day=4)");

  /** Every sensor stays idle (the last legal action is always idle without dazzling). */
  private static final Policy IDLE =
      (state, player) -> {
        double[] p = new double[((SsaState) state).legalActionCount(player)];
        p[p.length - 1] = 1;
        return p;
      };

  @Test
  void idleSidesObserveNothingAndLoseEveryTrackOnceItIsStale() {
    CustodyTimeline t = CustodyTimeline.play(GAME, IDLE, IDLE, 4, 0);
    assertThat(t.objects()).isEqualTo(10);
    assertThat(t.steps()).isEqualTo(24);
    assertThat(t.stepMinutes()).isEqualTo(30);
    for (int o = 0; o < t.objects(); o++) {
      for (int s = 0; s < t.steps(); s++) {
        assertThat(t.observedBy(o, s)).isZero();
        // Initial track ages are below stale/2, so from step 8 on every track is stale.
        if (s >= 8) {
          assertThat(t.holder(o, s)).isEqualTo(Holder.NONE);
        }
      }
    }
    assertThat(t.share(Holder.NONE)).isGreaterThanOrEqualTo(16.0 / 24);
    // Only the decaying initial tracks pay, and the zero-sum returns mirror each other.
    assertThat(t.returns()[0]).isEqualTo(-t.returns()[1]);
  }

  @Test
  void anObservationRestoresCustodyForThatStep() {
    Policy reactive = SsaHeuristics.create("reactive", GAME);
    CustodyTimeline t = CustodyTimeline.play(GAME, reactive, IDLE, 7, 0);
    int blueObservations = 0;
    for (int o = 0; o < t.objects(); o++) {
      for (int s = 0; s < t.steps(); s++) {
        int observed = t.observedBy(o, s);
        assertThat(observed & 2).as("Red is idle").isZero();
        if ((observed & 1) != 0) {
          blueObservations++;
          assertThat(t.holder(o, s)).isIn(Holder.BLUE, Holder.BOTH);
        }
        if (s >= 8) {
          assertThat(t.holder(o, s)).isIn(Holder.NONE, Holder.BLUE);
        }
      }
    }
    assertThat(blueObservations).isPositive();
    assertThat(t.share(Holder.BLUE)).isPositive();
    double shares = 0;
    for (Holder h : Holder.values()) {
      shares += t.share(h);
    }
    assertThat(shares).isEqualTo(1.0);
    // Zero-sum: the idle Red side has nothing, so Blue's return is positive and Red's its negative.
    assertThat(t.returns()[0]).isPositive().isEqualTo(-t.returns()[1]);
  }

  @Test
  void theSameSeedReplaysTheSameTimeline() {
    Policy random = SsaHeuristics.create("random", GAME);
    CustodyTimeline a = CustodyTimeline.play(GAME, random, random, 2, 11);
    CustodyTimeline b = CustodyTimeline.play(GAME, random, random, 2, 11);
    for (int o = 0; o < a.objects(); o++) {
      for (int s = 0; s < a.steps(); s++) {
        assertThat(b.holder(o, s)).isEqualTo(a.holder(o, s));
        assertThat(b.observedBy(o, s)).isEqualTo(a.observedBy(o, s));
      }
      assertThat(a.interest(o)).isEqualTo(GAME.scenario().interest(o));
    }
    assertThat(b.returns()).containsExactly(a.returns());
    assertThat(a.game()).isEqualTo(GAME.toString());
    assertThat(a.episode()).isEqualTo(2);
  }

  @Test
  void holderBitsNameTheHoldingSides() {
    assertThat(Holder.ofBits(0)).isEqualTo(Holder.NONE);
    assertThat(Holder.ofBits(1)).isEqualTo(Holder.BLUE);
    assertThat(Holder.ofBits(2)).isEqualTo(Holder.RED);
    assertThat(Holder.ofBits(3)).isEqualTo(Holder.BOTH);
  }

  @Test
  void badArgumentsNameTheValue() {
    assertThatThrownBy(() -> CustodyTimeline.play(GAME, IDLE, IDLE, 1000, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("episode=1000");
    CustodyTimeline t = CustodyTimeline.play(GAME, IDLE, IDLE, 0, 0);
    assertThatThrownBy(() -> t.holder(10, 0)).hasMessageContaining("object=10");
    assertThatThrownBy(() -> t.holder(0, 24)).hasMessageContaining("step=24");
  }
}
