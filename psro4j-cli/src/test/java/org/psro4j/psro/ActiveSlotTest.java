package org.psro4j.psro;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.EntryKind;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.solvers.MetaSolvers;
import org.psro4j.state.PolicyRef;
import org.psro4j.state.SlotRole;

/**
 * A policy that is still training can sit in the population (an active slot); when its next version
 * replaces it, the entries measured with the old version are invalidated and measured again before
 * the next targets are chosen.
 */
class ActiveSlotTest {

  @Test
  void replacingAnActiveSlotRemeasuresItsEntries() {
    Game kuhn = Games.load("kuhn_poker");
    Psro psro = Psro.builder(kuhn).solver(MetaSolvers.create("nash")).iterations(5).seed(1).build();
    psro.step();
    PolicyRef live = psro.addPolicy(0, TabularPolicy.firstAction(kuhn), "p0_live", SlotRole.ACTIVE);
    assertThat(live).isEqualTo(new PolicyRef(0, 1, 0));
    psro.step();
    EmpiricalGame before = psro.metaGame();
    assertThat(before.kind(new int[] {1, 0})).isEqualTo(EntryKind.EXACT);
    // first action vs uniform differs from uniform vs uniform (1/8 to player 0)
    assertThat(before.mean(0, new int[] {1, 0})).isNotEqualTo(before.mean(0, new int[] {0, 0}));

    PolicyRef next = psro.replacePolicy(live, TabularPolicy.uniform(kuhn), SlotRole.FIXED);
    assertThat(next).isEqualTo(new PolicyRef(0, 1, 1));
    assertThat(psro.metaGame().kind(new int[] {1, 0})).isEqualTo(EntryKind.MISSING);
    psro.step();
    EmpiricalGame after = psro.metaGame();
    assertThat(after.isComplete()).isTrue();
    // The slot now holds the uniform policy: its row equals the uniform row 0, entry by entry.
    for (int j = 0; j < after.size(1); j++) {
      assertThat(after.mean(0, new int[] {1, j})).isEqualTo(after.mean(0, new int[] {0, j}));
    }
    assertThat(psro.state().population().slot(0, 1).role()).isEqualTo(SlotRole.FIXED);
    assertThat(psro.state().names(0).get(1)).isEqualTo("p0_live");
  }
}
