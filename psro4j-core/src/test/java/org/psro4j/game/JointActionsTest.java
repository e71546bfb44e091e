package org.psro4j.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link JointActions}: row-major (last component fastest) indices and their inverse. */
class JointActionsTest {

  private static final int[] SIZES = {2, 3, 4};

  @Test
  void indicesAreRowMajorAndRoundTrip() {
    assertThat(JointActions.index(new int[] {1, 2, 3}, SIZES)).isEqualTo(1 * 12 + 2 * 4 + 3);
    assertThat(JointActions.index(new int[] {0, 0, 1}, SIZES)).isEqualTo(1);
    assertThat(JointActions.count(SIZES)).isEqualTo(24);
    for (int j = 0; j < 24; j++) {
      assertThat(JointActions.index(JointActions.actions(j, SIZES), SIZES)).isEqualTo(j);
    }
  }

  @Test
  void badJointActionsAreNamed() {
    assertThatThrownBy(() -> JointActions.index(new int[] {1, 3, 0}, SIZES))
        .hasMessage("action 3 of player 1 is not in 0..2");
    assertThatThrownBy(() -> JointActions.index(new int[] {1, 2}, SIZES))
        .hasMessage("joint action [1, 2] needs 3 entries");
    assertThatThrownBy(() -> JointActions.count(new int[] {1 << 16, 1 << 16}))
        .hasMessageContaining("too many joint actions");
  }
}
