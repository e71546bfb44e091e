package org.psro4j.games.ctf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psro4j.games.ctf.CtfPositions.E;
import static org.psro4j.games.ctf.CtfPositions.corners;
import static org.psro4j.games.ctf.CtfPositions.place;

import org.junit.jupiter.api.Test;

/** The egocentric window and the always-known facts, on hand-built positions (view 4: 9×9). */
class CtfObservationTest {

  private static final int V = 4;
  private static final int W = 9;
  private static final int PLANE = W * W;

  /**
   * Index of plane {@code ch} at the window cell {@code ahead} cells ahead, {@code right} right.
   */
  private static int at(int ch, int ahead, int right) {
    return ch * PLANE + (V - ahead) * W + (V + right);
  }

  @Test
  void theWindowIsRotatedSoTheFacingIsUp() {
    CtfState s = corners("capture_the_flag");
    // Red player 0 at (5,3) facing east: the wall (4,3) is one to its left, blue player 1 two
    // ahead at (5,5), its teammate 2 one behind at (5,2).
    place(s, 0, 5, 3, E);
    place(s, 1, 5, 5, 0);
    place(s, 2, 5, 2, 0);
    float[] obs = s.observationTensor(0);
    assertThat(obs[at(0, 0, -1)]).as("wall on the left").isEqualTo(1f);
    assertThat(obs[at(2, 2, 0)]).as("opponent two ahead").isEqualTo(1f);
    assertThat(obs[at(1, -1, 0)]).as("teammate behind").isEqualTo(1f);
    assertThat(obs[at(2, 0, 0)]).as("nobody else on the own cell").isZero();
    // The arena's north edge (row 0) is 5 rows up: off-map cells in the window's left column.
    assertThat(obs[at(0, 0, -4)]).as("row 1 is on the map").isZero();
    CtfState far = corners("capture_the_flag");
    place(far, 0, 2, 8, E);
    float[] edge = far.observationTensor(0);
    assertThat(edge[at(0, 0, -3)]).as("row -1 is off the map").isEqualTo(1f);
    assertThat(edge[at(0, 0, -2)]).as("row 0 is open").isZero();
    assertThat(edge[at(6, -2, -1)]).as("own home (1,6): two behind, one left").isEqualTo(1f);
    assertThat(edge[at(4, -2, -1)]).as("own flag on it").isEqualTo(1f);
  }

  @Test
  void ownFlagStateIsKnownOutOfSightAndOpponentsAreNot() {
    CtfState s = corners("capture_the_flag");
    place(s, 1, 10, 0, 0);
    CtfPositions.carry(s, 0, 1);
    int scalars = CtfObserver.CHANNELS * PLANE;
    float[] obs = s.observationTensor(0);
    assertThat(obs[scalars + 4]).as("own flag not home").isZero();
    assertThat(obs[scalars + 5]).as("own flag carried").isEqualTo(1f);
    // Player 0 at (0,0) facing south: the flag at (10,0) is 10 ahead, 0 right, scaled by 13.
    assertThat(obs[scalars + 7]).isEqualTo(10f / 13);
    assertThat(obs[scalars + 8]).isZero();
    for (int i = 0; i < PLANE; i++) {
      assertThat(obs[2 * PLANE + i]).as("opponent ten rows away is out of view").isZero();
    }
    assertThat(s.observationTensor(2)[scalars + 5]).as("the teammate knows too").isEqualTo(1f);
    assertThat(s.observationTensor(1)[scalars + 4]).as("blue's own flag is home").isEqualTo(1f);
  }

  @Test
  void theInformationStateRemembersWhereAnOpponentWasLastSeen() {
    CtfState s = corners("capture_the_flag(horizon=50)");
    place(s, 0, 7, 0, 2);
    place(s, 1, 9, 0, 0);
    s.apply(new int[] {0, 0, 0, 0});
    place(s, 1, 12, 12, 0);
    s.apply(new int[] {0, 0, 0, 0});
    float[] info = s.informationStateTensor(0);
    int k = CaptureTheFlag.NUM_ACTIONS + s.game.observationTensorSize();
    assertThat(info[k]).as("player 1 seen").isEqualTo(1f);
    assertThat(info[k + 1]).as("two ahead").isEqualTo(2f / 13);
    assertThat(info[k + 3]).as("one step ago").isEqualTo(1f / 50);
    assertThat(info[k + 4]).as("player 3 in its corner never seen").isZero();
    assertThat(s.informationStateString(0)).startsWith("player 0").contains("stay");
  }
}
