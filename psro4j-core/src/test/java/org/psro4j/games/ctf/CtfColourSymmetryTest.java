package org.psro4j.games.ctf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psro4j.games.ctf.CtfPositions.E;
import static org.psro4j.games.ctf.CtfPositions.N;
import static org.psro4j.games.ctf.CtfPositions.S;
import static org.psro4j.games.ctf.CtfPositions.W;
import static org.psro4j.games.ctf.CtfPositions.corners;
import static org.psro4j.games.ctf.CtfPositions.place;

import org.junit.jupiter.api.Test;

/**
 * A position and its mirror image (180° rotation, colours swapped) give the mirrored players the
 * same observation tensor, so one policy can play either colour.
 */
class CtfColourSymmetryTest {

  @Test
  void mirroredPositionsLookTheSame() {
    CtfState s = corners("capture_the_flag");
    place(s, 0, 5, 3, E);
    place(s, 1, 5, 5, W);
    place(s, 2, 2, 7, S);
    place(s, 3, 10, 8, N);
    CtfPositions.carry(s, 1, 0);
    CtfState m = mirror(s);
    for (int p = 0; p < 4; p++) {
      assertThat(m.observationTensor(p ^ 1)).as("player %d", p).isEqualTo(s.observationTensor(p));
    }
  }

  @Test
  void theFacingBitIsRelativeToTheAttackDirection() {
    CtfState s = corners("capture_the_flag");
    int facing = CtfObserver.CHANNELS * 81 + 13;
    // At the start red faces south and blue north: both face the enemy side.
    assertThat(s.observationTensor(0)[facing]).isEqualTo(1f);
    assertThat(s.observationTensor(1)[facing]).isEqualTo(1f);
  }

  /** The 180° rotation of {@code s} with the players of the two teams swapped (p and p^1). */
  private static CtfState mirror(CtfState s) {
    CtfState m = corners("capture_the_flag");
    for (int p = 0; p < 4; p++) {
      int cell = s.arena.mirror(s.cell[p]);
      place(m, p ^ 1, s.arena.row(cell), s.arena.col(cell), (s.facing[p] + 2) % 4);
    }
    for (int t = 0; t < 2; t++) {
      m.flag[1 - t] = s.flag[t];
      m.flagCarrier[1 - t] = s.flagCarrier[t] < 0 ? -1 : s.flagCarrier[t] ^ 1;
      m.flagCell[1 - t] = s.arena.mirror(s.flagCell[t]);
    }
    return m;
  }
}
