package org.psro4j.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.EntryKind;
import org.psro4j.policy.TabularPolicy;

/** Versioned references, active slots, and invalidating entries when a policy's version changes. */
class PopulationViewTest {

  @Test
  void replacingAnActiveSlotBumpsItsVersionAndStaleReferencesFail() {
    Game kuhn = Games.load("kuhn_poker");
    PopulationView v0 =
        PopulationView.empty(2)
            .with(0, TabularPolicy.uniform(kuhn), SlotRole.FIXED)
            .with(0, TabularPolicy.firstAction(kuhn), SlotRole.ACTIVE);
    PolicyRef ref = v0.slot(0, 1).ref();
    assertThat(ref).isEqualTo(new PolicyRef(0, 1, 0));
    PopulationView v1 = v0.replaced(ref, TabularPolicy.uniform(kuhn), SlotRole.FIXED);
    assertThat(v1.slot(0, 1).ref()).isEqualTo(new PolicyRef(0, 1, 1));
    assertThat(v1.slot(0, 1).role()).isEqualTo(SlotRole.FIXED);
    // The old view is unchanged; the old reference no longer names the slot's policy.
    assertThat(v0.policy(ref)).isEqualTo(TabularPolicy.firstAction(kuhn));
    assertThatThrownBy(() -> v1.policy(ref)).hasMessageContaining("stale reference p0/1@v0");
    assertThatThrownBy(
            () -> v1.replaced(v1.slot(0, 1).ref(), TabularPolicy.uniform(kuhn), SlotRole.ACTIVE))
        .hasMessageContaining("fixed");
  }

  @Test
  void invalidatingAStrategyClearsExactlyItsEntries() {
    EmpiricalGame g = new EmpiricalGame(2);
    g.addStrategy(0, "a");
    g.addStrategy(0, "b");
    g.addStrategy(1, "x");
    g.addStrategy(1, "y");
    for (int[] profile : g.profiles()) {
      g.setExact(profile, new double[] {1, -1});
    }
    g.setPredicted(new int[] {1, 1}, new double[] {2, -2});
    assertThat(g.invalidate(0, 1)).isEqualTo(2);
    assertThat(g.kind(new int[] {1, 0})).isEqualTo(EntryKind.MISSING);
    assertThat(g.kind(new int[] {1, 1})).isEqualTo(EntryKind.MISSING);
    assertThat(g.kind(new int[] {0, 1})).isEqualTo(EntryKind.EXACT);
    assertThat(g.missingEntries()).hasSize(2);
    // A growable copy of a snapshot keeps growing; the snapshot does not.
    EmpiricalGame copy = g.snapshot().mutableCopy();
    copy.addStrategy(1, "z");
    assertThat(copy.names(1)).containsExactly("x", "y", "z");
    assertThat(g.names(1)).containsExactly("x", "y");
  }
}
