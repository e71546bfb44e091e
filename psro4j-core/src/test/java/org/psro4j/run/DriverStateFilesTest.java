package org.psro4j.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.EntryKind;
import org.psro4j.metagame.GapKind;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.state.DriverState;
import org.psro4j.state.LearnerState;
import org.psro4j.state.PopulationView;
import org.psro4j.state.SlotRole;
import org.psro4j.state.StoppingState;

/**
 * A {@link DriverState} written by {@link RunDirectory} reads back as the same value: slots with
 * their versions and roles, entry kinds, the meta-strategy bit for bit (a CCE joint here), the
 * stopping bookkeeping, and a learner's JSON and binary parts.
 */
class DriverStateFilesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void stateRoundTripsThroughTheRunDirectory() throws Exception {
    Game kuhn = Games.load("kuhn_poker");
    PopulationView pop = PopulationView.empty(2);
    for (int p = 0; p < 2; p++) {
      pop = pop.with(p, TabularPolicy.uniform(kuhn), SlotRole.FIXED);
      pop = pop.with(p, TabularPolicy.firstAction(kuhn), SlotRole.ACTIVE);
    }
    // Player 1's active slot trains on: version 1 replaces version 0.
    pop = pop.replaced(pop.slot(1, 1).ref(), TabularPolicy.uniform(kuhn), SlotRole.ACTIVE);
    EmpiricalGame meta = new EmpiricalGame(2);
    for (int p = 0; p < 2; p++) {
      meta.addStrategy(p, "p" + p + "_a");
      meta.addStrategy(p, "p" + p + "_b");
    }
    meta.setExact(new int[] {0, 0}, new double[] {0.125, -0.125});
    meta.setSampled(new int[] {0, 1}, new double[] {0.3, -0.3}, new double[] {0.5, 0.5}, 40);
    meta.setSampled(new int[] {1, 0}, new double[] {-0.1, 0.1}, new double[] {0.2, 0.2}, 40);
    meta.setPredicted(new int[] {1, 1}, new double[] {0.0625, -0.0625});
    double[] joint = {0.1, 0.2, 0.3, 0.4};
    MetaStrategy cce = MetaStrategy.ofJoint("mgcce", meta.snapshot(), joint, GapKind.CCE_GAP);
    byte[] weights = {1, 2, 3, -128, 127};
    LearnerState learner =
        new LearnerState("ppo", "{\"step\":1234,\"rng\":[1,2]}", Map.of("weights.bin", weights));
    DriverState state =
        new DriverState(
            7, 12.5, pop, meta, cce, new StoppingState(0.25, 2, false), Map.of("p1_it8", learner));

    RunDirectory run = RunDirectory.create(dir, kuhn, JSON.createObjectNode(), false);
    run.saveState(state);
    Checkpoint back = RunDirectory.checkpoint(dir, kuhn);
    DriverState s = back.state();

    assertThat(back.version()).isEqualTo(RunDirectory.VERSION);
    assertThat(s.iteration()).isEqualTo(7);
    assertThat(s.wallSeconds()).isEqualTo(12.5);
    assertThat(s.stopping()).isEqualTo(state.stopping());
    assertThat(s.population().slot(1, 1).ref().version()).isEqualTo(1);
    assertThat(s.population().slot(1, 1).role()).isEqualTo(SlotRole.ACTIVE);
    assertThat(s.population().slot(0, 0).role()).isEqualTo(SlotRole.FIXED);
    assertThat(back.policyFiles().get(1))
        .containsExactly("policies/p1_0.json", "policies/p1_1_v1.json");
    assertThat(s.population().of(1).get(1)).isEqualTo(TabularPolicy.uniform(kuhn));
    assertThat(s.names(1)).containsExactly("p1_a", "p1_b");
    assertThat(s.metaGame().kind(new int[] {0, 0})).isEqualTo(EntryKind.EXACT);
    assertThat(s.metaGame().kind(new int[] {0, 1})).isEqualTo(EntryKind.SAMPLED);
    assertThat(s.metaGame().count(new int[] {0, 1})).isEqualTo(40);
    assertThat(s.metaGame().kind(new int[] {1, 1})).isEqualTo(EntryKind.PREDICTED);
    assertThat(s.metaGame().mean(0, new int[] {1, 1})).isEqualTo(0.0625);
    assertThat(s.metaStrategy().joint()).isEqualTo(cce.joint());
    assertThat(s.metaStrategy().marginals()).isDeepEqualTo(cce.marginals());
    assertThat(s.metaStrategy().gap()).isEqualTo(cce.gap());
    assertThat(s.metaStrategy().gapKind()).isEqualTo(GapKind.CCE_GAP);
    LearnerState l = s.learners().get("p1_it8");
    assertThat(l.kind()).isEqualTo("ppo");
    assertThat(JSON.readTree(l.json())).isEqualTo(JSON.readTree(learner.json()));
    assertThat(l.blob("weights.bin")).isEqualTo(weights);
    assertThat(dir.resolve("checkpoint/learners/p1_it8/1/weights.bin")).exists();

    // The learner's next state goes into a new generation folder; the old one is deleted only
    // once state.json names the new, so a kill mid-save never pairs old JSON with new blobs.
    byte[] later = {9, 9, 9};
    LearnerState next =
        new LearnerState("ppo", "{\"step\":2468,\"rng\":[3,4]}", Map.of("weights.bin", later));
    run.saveState(state.withLearners(Map.of("p1_it8", next)));
    assertThat(dir.resolve("checkpoint/learners/p1_it8/2/weights.bin")).exists();
    assertThat(dir.resolve("checkpoint/learners/p1_it8/1")).doesNotExist();
    assertThat(
            RunDirectory.checkpoint(dir, kuhn).state().learners().get("p1_it8").blob("weights.bin"))
        .isEqualTo(later);
    // Another learner's save does not rewrite this one's unchanged state.
    LearnerState other = new LearnerState("dqn", "{}", Map.of("q.bin", new byte[] {1}));
    run.saveState(state.withLearners(Map.of("p1_it8", next, "p0_it8", other)));
    assertThat(dir.resolve("checkpoint/learners/p1_it8/2/weights.bin")).exists();
    assertThat(dir.resolve("checkpoint/learners/p1_it8/3")).doesNotExist();
    assertThat(RunDirectory.checkpoint(dir, kuhn).state().learners()).hasSize(2);

    // Once the learner is done, the next checkpoint drops its files.
    run.saveState(state.withLearners(Map.of()));
    assertThat(dir.resolve("checkpoint/learners/p1_it8")).doesNotExist();
    assertThat(dir.resolve("checkpoint/learners/p0_it8")).doesNotExist();
    assertThat(RunDirectory.checkpoint(dir, kuhn).state().learners()).isEmpty();
  }

  @Test
  void anUnknownStateVersionIsAOneLineError() throws Exception {
    Game kuhn = Games.load("kuhn_poker");
    Files.createDirectories(dir.resolve("checkpoint"));
    Files.writeString(dir.resolve("checkpoint/state.json"), "{\"version\": 9}");
    assertThatThrownBy(() -> RunDirectory.checkpoint(dir, kuhn))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("state.json")
        .hasMessageContaining("version 9");
  }
}
