package org.psro4j.games.ctf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.psro4j.games.ctf.CtfPositions.N;
import static org.psro4j.games.ctf.CtfPositions.S;
import static org.psro4j.games.ctf.CtfPositions.actions;
import static org.psro4j.games.ctf.CtfPositions.carry;
import static org.psro4j.games.ctf.CtfPositions.corners;
import static org.psro4j.games.ctf.CtfPositions.place;
import static org.psro4j.games.ctf.CtfState.FORWARD;
import static org.psro4j.games.ctf.CtfState.STAY;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.game.GameType;
import org.psro4j.game.Games;

/**
 * The {@code progress} shaping of capture_the_flag: potential-based (Ng, Harada and Russell, ICML
 * 1999), so a step toward scoring pays {@code progress / D} (D = 14, the home-to-home distance of
 * the 13×13 arena), and an episode's shaping telescopes to {@code progress × (Φ(end) − Φ(start))}.
 */
class CtfProgressTest {

  private static final String GAME = "capture_the_flag(progress=0.5)";

  /** Moves between the home tiles (1,6) and (11,6): ten rows and around the centre bar. */
  private static final double HOMES = 14;

  @Test
  void aStepTowardTheEnemyFlagPaysProgressOverTheHomeDistance() {
    assertThat(
            corners(GAME).arena.distance(corners(GAME).arena.home(0), corners(GAME).arena.home(1)))
        .isEqualTo((int) HOMES);
    CtfState s = corners(GAME);
    place(s, 0, 3, 6, S);
    s.apply(actions(FORWARD, STAY, STAY, STAY));
    assertThat(s.rewards()[0]).isCloseTo(0.5 / HOMES, within(1e-12));
    assertThat(s.rewards()[2]).isZero();
  }

  @Test
  void whileCarryingTheWayHomePaysAndTheWayOutCosts() {
    CtfState s = corners(GAME);
    place(s, 0, 5, 6, N);
    carry(s, 1, 0);
    s.apply(actions(FORWARD, STAY, STAY, STAY));
    assertThat(s.rewards()[0]).isCloseTo(0.5 / HOMES, within(1e-12));
    place(s, 0, 3, 6, S);
    double[] before = CtfProgress.potentials(s);
    s.apply(actions(FORWARD, STAY, STAY, STAY));
    assertThat(before[0] - CtfProgress.potentials(s)[0]).isCloseTo(1.0 / HOMES, within(1e-12));
    assertThat(s.rewards()[0]).isCloseTo(-0.5 / HOMES, within(1e-12));
  }

  @Test
  void anEpisodesShapingIsTheChangeOfPotentialAndTheRestIsUnchanged() {
    for (long seed = 0; seed < 5; seed++) {
      CtfState plain = (CtfState) Games.load("capture_the_flag(horizon=120)").newInitialState();
      CtfState shaped =
          (CtfState) Games.load("capture_the_flag(horizon=120,progress=0.5)").newInitialState();
      double[] start = CtfProgress.potentials(shaped);
      SplittableRandom random = new SplittableRandom(seed);
      while (!shaped.isTerminal()) {
        int[] joint = new int[4];
        for (int p = 0; p < 4; p++) {
          int[] legal = shaped.legalActions(p);
          joint[p] = legal[random.nextInt(legal.length)];
        }
        plain.apply(joint.clone());
        shaped.apply(joint);
      }
      double[] end = CtfProgress.potentials(shaped);
      for (int p = 0; p < 4; p++) {
        assertThat(shaped.returns()[p] - plain.returns()[p])
            .isCloseTo(0.5 * (end[p] - start[p]), within(1e-9));
        assertThat(Math.abs(shaped.returns()[p] - plain.returns()[p]))
            .isLessThanOrEqualTo(shaped.game.maxUtility() - plain.game.maxUtility());
      }
    }
  }

  @Test
  void progressMakesTheGameGeneralSumAndIsChecked() {
    assertThat(Games.load(GAME).type().utility()).isEqualTo(GameType.Utility.GENERAL_SUM);
    assertThat(Games.load("capture_the_flag").type().utility())
        .isEqualTo(GameType.Utility.ZERO_SUM);
    assertThatThrownBy(() -> Games.load("capture_the_flag(progress=-1)"))
        .hasMessageContaining("progress=-1");
  }
}
