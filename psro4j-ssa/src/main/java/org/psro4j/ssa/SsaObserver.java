package org.psro4j.ssa;

import java.util.Arrays;
import org.psro4j.game.State;

/**
 * The observation tensor of {@link SsaCoverage}, one fixed-size float vector per side, all values
 * in [0, 1]. In order:
 *
 * <ol>
 *   <li>header (2): step / steps; 1 for Red, 0 for Blue;
 *   <li>the sensor deciding now, one-hot (sats);
 *   <li>own sensors (3 · sats): tasked already this step; dazzled last step; observed last step;
 *   <li>each object (9 · objects): own track age / stale (1 at or past stale); lost; contested; of
 *       interest to this side; visible to the deciding sensor; visible to any own sensor; already
 *       tasked by own sensors this step; nearness of this side's next predicted manoeuvre (1 − Δt /
 *       stale, clipped; 0 when none); inside its predicted tolerance window;
 *   <li>the deciding sensor's tasking slots: discrete, per candidate (7 · K): present; age; lost;
 *       contested; of interest; range / range_km; already tasked. Continuous, per pointing (3 ·
 *       pointings): objects of interest in view / 4 (clipped); largest age among them; any lost;
 *   <li>with dazzling, per dazzle target (2 · K): present; range / range_km.
 * </ol>
 *
 * <p>At the opening chance node and the terminal only the header is set.
 */
final class SsaObserver {

  private static final int PER_OBJECT = 9;
  private static final int PER_CANDIDATE = 7;
  private static final int PER_POINTING = 3;

  private SsaObserver() {}

  static int size(SsaSettings s) {
    int slots =
        s.actions() == SsaSettings.ActionMode.DISCRETE
            ? PER_CANDIDATE * s.candidates()
            : PER_POINTING * s.pointings();
    return 2
        + 4 * s.sats()
        + PER_OBJECT * s.objects()
        + slots
        + (s.dazzle() ? 2 * s.candidates() : 0);
  }

  static void write(SsaState state, int side, float[] out, int offset) {
    SsaSettings s = state.game().settings();
    SsaScenario scenario = state.game().scenario();
    int sats = s.sats();
    int objects = s.objects();
    int stale = s.staleSteps();
    Arrays.fill(out, offset, offset + size(s), 0f);
    int at = offset;
    out[at++] = (float) state.step() / s.steps();
    out[at++] = side;
    if (state.currentPlayer() != State.SIMULTANEOUS) {
      return;
    }
    out[at + state.sensor()] = 1;
    at += sats;
    for (int k = 0; k < sats; k++) {
      out[at++] = state.chosenAction(side, k) >= 0 ? 1 : 0;
      out[at++] = state.wasDazzled(side, k) ? 1 : 0;
      out[at++] = state.lastObservedCount(side, k) > 0 ? 1 : 0;
    }
    int self = scenario.sensorBody(side, state.sensor());
    for (int o = 0; o < objects; o++) {
      out[at++] = age(state, side, o, stale);
      out[at++] = state.isLost(side, o) ? 1 : 0;
      out[at++] = scenario.contested(o) ? 1 : 0;
      out[at++] = scenario.ofInterest(side, o) ? 1 : 0;
      out[at++] = scenario.visibility().visible(state.step(), self, o) ? 1 : 0;
      out[at++] = state.visibleToSide(side, o) ? 1 : 0;
      out[at++] = state.taskedThisStep(side, o) ? 1 : 0;
      int next = state.nextPredictedManoeuvre(side, o);
      if (next >= 0) {
        int dt = next - state.step();
        out[at++] = 1 - Math.clamp((float) dt / stale, 0f, 1f);
        out[at++] = Math.abs(dt) <= s.toleranceSteps() ? 1 : 0;
      } else {
        at += 2;
      }
    }
    if (s.actions() == SsaSettings.ActionMode.DISCRETE) {
      for (int k = 0; k < state.candidateCount(side); k++) {
        int o = state.candidate(side, k);
        int base = at + PER_CANDIDATE * k;
        out[base] = 1;
        out[base + 1] = age(state, side, o, stale);
        out[base + 2] = state.isLost(side, o) ? 1 : 0;
        out[base + 3] = scenario.contested(o) ? 1 : 0;
        out[base + 4] = scenario.ofInterest(side, o) ? 1 : 0;
        out[base + 5] = (float) Math.min(1, state.visibleRange(side, k) / s.rangeKm());
        out[base + 6] = state.taskedThisStep(side, o) ? 1 : 0;
      }
      at += PER_CANDIDATE * s.candidates();
    } else {
      int visible = state.visibleCount(side);
      for (int g = 0; g < s.pointings(); g++) {
        int count = 0;
        float oldest = 0;
        boolean anyLost = false;
        for (int k = 0; k < visible; k++) {
          int o = state.visibleObject(side, k);
          if (scenario.ofInterest(side, o) && state.inView(side, k, g)) {
            count++;
            oldest = Math.max(oldest, age(state, side, o, stale));
            anyLost |= state.isLost(side, o);
          }
        }
        out[at++] = Math.min(1f, count / 4f);
        out[at++] = oldest;
        out[at++] = anyLost ? 1 : 0;
      }
    }
    if (s.dazzle()) {
      for (int k = 0; k < state.dazzleTargetCount(side); k++) {
        out[at + 2 * k] = 1;
        out[at + 2 * k + 1] = (float) Math.min(1, state.dazzleRange(side, k) / s.rangeKm());
      }
    }
  }

  private static float age(SsaState state, int side, int object, int stale) {
    return Math.min(1f, (float) state.trackAge(side, object) / stale);
  }

  static String describe(SsaState state, int side) {
    if (state.currentPlayer() != State.SIMULTANEOUS) {
      return (side == 0 ? "Blue" : "Red") + " step " + state.step();
    }
    int objects = state.game().settings().objects();
    int lostCount = 0;
    for (int o = 0; o < objects; o++) {
      lostCount += state.isLost(side, o) ? 1 : 0;
    }
    return (side == 0 ? "Blue" : "Red")
        + " step "
        + state.step()
        + " sensor "
        + state.sensor()
        + ": sees "
        + state.visibleCount(side)
        + ", lost "
        + lostCount
        + "/"
        + objects;
  }
}
