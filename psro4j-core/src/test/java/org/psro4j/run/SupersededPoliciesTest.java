package org.psro4j.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.state.DriverState;
import org.psro4j.state.PopulationView;
import org.psro4j.state.SlotRole;
import org.psro4j.state.StoppingState;

/**
 * A run that asks for it (Pipeline PSRO) keeps in {@code policies/} the file of each slot's current
 * version only: an active slot's older versions are deleted once the checkpoint names the newer
 * one, together with their sibling files; asked on resume, the ones a run stopped before deleting
 * go too.
 */
class SupersededPoliciesTest {

  @TempDir Path dir;

  private final Game kuhn = Games.load("kuhn_poker");

  private DriverState state(PopulationView pop) {
    EmpiricalGame meta = new EmpiricalGame(2);
    for (int p = 0; p < 2; p++) {
      for (int k = 0; k < pop.of(p).size(); k++) {
        meta.addStrategy(p, "p" + p + "_" + k);
      }
    }
    return new DriverState(0, 1.0, pop, meta, null, new StoppingState(1, 0, false), Map.of());
  }

  private Stream<String> policyNames() throws Exception {
    return Files.list(dir.resolve("policies")).map(f -> f.getFileName().toString()).sorted();
  }

  @Test
  void aNewerVersionReplacesTheOlderFileOnceTheCheckpointNamesIt() throws Exception {
    PopulationView pop = PopulationView.empty(2);
    for (int p = 0; p < 2; p++) {
      pop = pop.with(p, TabularPolicy.uniform(kuhn), SlotRole.FIXED);
      pop = pop.with(p, TabularPolicy.firstAction(kuhn), SlotRole.ACTIVE);
    }
    RunDirectory run = RunDirectory.create(dir, kuhn, new ObjectMapper().createObjectNode(), false);
    run.deleteSupersededPolicies();
    run.saveState(state(pop));
    assertThat(policyNames()).containsExactly("p0_0.json", "p0_1.json", "p1_0.json", "p1_1.json");
    // A sibling file of the active slot's policy (a neural policy's parameters) goes with it.
    Files.writeString(dir.resolve("policies/p1_1.params"), "weights");

    pop = pop.replaced(pop.slot(1, 1).ref(), TabularPolicy.uniform(kuhn), SlotRole.ACTIVE);
    run.saveState(state(pop));
    pop = pop.replaced(pop.slot(1, 1).ref(), TabularPolicy.firstAction(kuhn), SlotRole.ACTIVE);
    run.saveState(state(pop));
    assertThat(policyNames())
        .containsExactly("p0_0.json", "p0_1.json", "p1_0.json", "p1_1_v2.json");
    Checkpoint back = RunDirectory.checkpoint(dir, kuhn);
    assertThat(back.policyFiles().get(1))
        .containsExactly("policies/p1_0.json", "policies/p1_1_v2.json");
    assertThat(back.state().population().of(1).get(1)).isEqualTo(TabularPolicy.firstAction(kuhn));
    run.close();
  }

  @Test
  void aResumeDeletesTheFilesARunStoppedBeforeDeleting() throws Exception {
    PopulationView pop = PopulationView.empty(2);
    for (int p = 0; p < 2; p++) {
      pop = pop.with(p, TabularPolicy.uniform(kuhn), SlotRole.FIXED);
      pop = pop.with(p, TabularPolicy.firstAction(kuhn), SlotRole.ACTIVE);
    }
    pop = pop.replaced(pop.slot(0, 1).ref(), TabularPolicy.uniform(kuhn), SlotRole.ACTIVE);
    RunDirectory run = RunDirectory.create(dir, kuhn, new ObjectMapper().createObjectNode(), false);
    run.saveState(state(pop));
    run.close();
    Files.writeString(dir.resolve("metrics.csv"), "iteration,wall_s\n0,1.0\n");
    Files.writeString(dir.resolve("events.jsonl"), "{\"iteration\":0}\n");
    // As if killed after the checkpoint named p0_1_v1 but before the older file went.
    Files.copy(dir.resolve("policies/p0_0.json"), dir.resolve("policies/p0_1.json"));
    Files.writeString(dir.resolve("policies/p0_1.params"), "weights");
    // A file of a slot the checkpoint does not have yet is the next iteration's: left alone.
    Files.copy(dir.resolve("policies/p0_0.json"), dir.resolve("policies/p0_2.json"));

    RunDirectory.Resumed resumed = RunDirectory.open(dir, kuhn);
    assertThat(policyNames()).contains("p0_1.json"); // a run that did not ask keeps every file
    resumed.directory().deleteSupersededPolicies();
    resumed.directory().close();
    assertThat(policyNames())
        .containsExactly("p0_0.json", "p0_1_v1.json", "p0_2.json", "p1_0.json", "p1_1.json");
  }
}
