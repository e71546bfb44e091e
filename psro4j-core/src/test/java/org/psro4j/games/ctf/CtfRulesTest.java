package org.psro4j.games.ctf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psro4j.games.ctf.CtfPositions.E;
import static org.psro4j.games.ctf.CtfPositions.N;
import static org.psro4j.games.ctf.CtfPositions.S;
import static org.psro4j.games.ctf.CtfPositions.actions;
import static org.psro4j.games.ctf.CtfPositions.carry;
import static org.psro4j.games.ctf.CtfPositions.corners;
import static org.psro4j.games.ctf.CtfPositions.place;
import static org.psro4j.games.ctf.CtfState.BACKWARD;
import static org.psro4j.games.ctf.CtfState.FORWARD;
import static org.psro4j.games.ctf.CtfState.STAY;
import static org.psro4j.games.ctf.CtfState.STEP_LEFT;
import static org.psro4j.games.ctf.CtfState.STEP_RIGHT;
import static org.psro4j.games.ctf.CtfState.TAG;
import static org.psro4j.games.ctf.CtfState.TURN_RIGHT;

import org.junit.jupiter.api.Test;

/**
 * Rules of capture_the_flag on hand-built positions of the default 13×13 arena: red's home tile is
 * (1,6), blue's (11,6); walls include (6,5..7) and (4,2), (4,3).
 */
class CtfRulesTest {

  private static final String GAME = "capture_the_flag";

  @Test
  void carryingTheEnemyFlagHomeScoresForTheTeamAndReturnsTheFlag() {
    CtfState s = corners(GAME);
    place(s, 0, 2, 6, N);
    carry(s, 1, 0);
    s.apply(actions(FORWARD, STAY, STAY, STAY));
    assertThat(s.captures(0)).isEqualTo(1);
    assertThat(s.rewards()).containsExactly(1, -1, 1, -1);
    assertThat(s.returns()).containsExactly(1, -1, 1, -1);
    assertThat(s.flagHome(1)).isTrue();
    assertThat(s.flagCarrier(1)).isEqualTo(-1);
    assertThat(s.flagRow(1)).isEqualTo(11);
  }

  @Test
  void noCaptureWhileTheOwnFlagIsAway() {
    CtfState s = corners(GAME);
    place(s, 0, 2, 6, N);
    carry(s, 1, 0);
    place(s, 1, 5, 0, N);
    carry(s, 0, 1);
    s.apply(actions(FORWARD, STAY, STAY, STAY));
    assertThat(s.captures(0)).isZero();
    assertThat(s.flagCarrier(1)).isEqualTo(0);
    assertThat(s.rewards()).containsExactly(0, 0, 0, 0);
  }

  @Test
  void steppingOnTheEnemyHomeTilePicksUpItsFlag() {
    CtfState s = corners(GAME);
    place(s, 2, 10, 6, S);
    s.apply(actions(STAY, STAY, FORWARD, STAY));
    assertThat(s.flagCarrier(1)).isEqualTo(2);
    assertThat(s.flagHome(1)).isFalse();
    s.apply(actions(STAY, STAY, BACKWARD, STAY));
    assertThat(s.flagRow(1)).as("the flag moves with its carrier").isEqualTo(10);
  }

  @Test
  void theBeamTagsTheFirstOpponentWithinReachAndStopsAtWallsAndTeammates() {
    CtfState s = corners(GAME);
    place(s, 0, 7, 0, S);
    place(s, 1, 10, 0, N);
    s.apply(actions(TAG, STAY, STAY, STAY));
    assertThat(s.isIn(1)).as("three cells ahead, within reach").isFalse();
    assertThat(s.legalActions(1)).containsExactly(STAY);

    CtfState far = corners(GAME);
    place(far, 0, 7, 0, S);
    place(far, 1, 11, 0, N);
    far.apply(actions(TAG, STAY, STAY, STAY));
    assertThat(far.isIn(1)).as("four cells ahead, out of reach").isTrue();

    CtfState wall = corners(GAME);
    place(wall, 0, 3, 3, S);
    place(wall, 1, 5, 3, N);
    wall.apply(actions(TAG, STAY, STAY, STAY));
    assertThat(wall.isIn(1)).as("the wall at (4,3) stops the beam").isTrue();

    CtfState mate = corners(GAME);
    place(mate, 0, 7, 0, S);
    place(mate, 2, 8, 0, E);
    place(mate, 1, 9, 0, N);
    mate.apply(actions(TAG, STAY, STAY, STAY));
    assertThat(mate.isIn(1)).as("a teammate blocks the beam").isTrue();
    assertThat(mate.isIn(2)).as("no friendly fire").isTrue();
  }

  @Test
  void facingOpponentsTagEachOtherInTheSameStep() {
    CtfState s = corners(GAME);
    place(s, 0, 7, 0, S);
    place(s, 1, 9, 0, N);
    s.apply(actions(TAG, TAG, STAY, STAY));
    assertThat(s.isIn(0)).isFalse();
    assertThat(s.isIn(1)).isFalse();
  }

  @Test
  void aTaggedPlayerSitsOutRespawnStepsThenReturnsToItsSpawnCell() {
    String game = "capture_the_flag(respawn=5)";
    CtfState s = corners(game);
    place(s, 0, 7, 0, S);
    place(s, 1, 9, 0, N);
    s.apply(actions(TAG, STAY, STAY, STAY));
    for (int k = 1; k <= 5; k++) {
      assertThat(s.isIn(1)).as("out before step %d", k).isFalse();
      assertThat(s.legalActions(1)).containsExactly(STAY);
      s.apply(actions(STAY, STAY, STAY, STAY));
    }
    assertThat(s.isIn(1)).isTrue();
    assertThat(s.row(1)).isEqualTo(11);
    assertThat(s.col(1)).isEqualTo(7);
    assertThat(s.facing(1)).isEqualTo(N);
  }

  @Test
  void aTaggedCarrierDropsTheFlagAndItsTeamReturnsIt() {
    String game = "capture_the_flag(shaping=0.25)";
    CtfState s = corners(game);
    place(s, 1, 5, 0, N);
    carry(s, 0, 1);
    place(s, 0, 3, 0, S);
    s.apply(actions(TAG, STAY, STAY, STAY));
    assertThat(s.rewards()).as("tag plus the carrier bonus").containsExactly(0.5, 0, 0, 0);
    assertThat(s.flagHome(0)).isFalse();
    assertThat(s.flagCarrier(0)).isEqualTo(-1);
    assertThat(s.flagRow(0)).isEqualTo(5);
    s.apply(actions(FORWARD, STAY, STAY, STAY));
    s.apply(actions(FORWARD, STAY, STAY, STAY));
    assertThat(s.flagHome(0)).isTrue();
    assertThat(s.rewards()).as("the return").containsExactly(0.25, 0, 0, 0);
  }

  @Test
  void playersEnteringOneCellOrSwappingBothStay() {
    CtfState s = corners(GAME);
    place(s, 0, 7, 0, S);
    place(s, 1, 9, 0, N);
    s.apply(actions(FORWARD, FORWARD, STAY, STAY));
    assertThat(s.row(0)).isEqualTo(7);
    assertThat(s.row(1)).isEqualTo(9);

    place(s, 1, 8, 0, N);
    s.apply(actions(FORWARD, FORWARD, STAY, STAY));
    assertThat(s.row(0)).as("no swapping through each other").isEqualTo(7);
    assertThat(s.row(1)).isEqualTo(8);

    place(s, 1, 8, 0, N);
    s.apply(actions(FORWARD, STEP_RIGHT, STAY, STAY));
    assertThat(s.row(0)).as("following into a cell being left is fine").isEqualTo(8);
    assertThat(s.col(1)).isEqualTo(1);
  }

  @Test
  void movesAreRelativeToFacingAndTurnsDoNotMove() {
    CtfState s = corners(GAME);
    place(s, 0, 9, 6, E);
    s.apply(actions(FORWARD, STAY, STAY, STAY));
    assertThat(s.col(0)).isEqualTo(7);
    s.apply(actions(STEP_LEFT, STAY, STAY, STAY));
    assertThat(s.row(0)).as("left of east is north").isEqualTo(8);
    s.apply(actions(TURN_RIGHT, STAY, STAY, STAY));
    assertThat(s.facing(0)).isEqualTo(S);
    assertThat(s.row(0)).isEqualTo(8);
    assertThat(s.col(0)).isEqualTo(7);
    place(s, 0, 7, 6, S);
    s.apply(actions(BACKWARD, STAY, STAY, STAY));
    assertThat(s.row(0)).as("the wall at (6,6) blocks").isEqualTo(7);
  }

  @Test
  void theEpisodeEndsAtTheHorizonWithZeroSumReturns() {
    CtfState s = CtfPositions.start("capture_the_flag(size=7,horizon=3)");
    for (int k = 0; k < 3; k++) {
      assertThat(s.isTerminal()).isFalse();
      s.apply(actions(FORWARD, FORWARD, FORWARD, FORWARD));
    }
    assertThat(s.isTerminal()).isTrue();
    assertThat(s.legalActions(0)).isEmpty();
  }
}
