package org.psro4j.psro;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.run.RunDirectory;
import org.psro4j.solvers.MetaSolvers;
import org.psro4j.state.DriverState;
import org.psro4j.state.LearnerState;

/**
 * The slot learners plug into: a learner's state saved mid-iteration reaches the run directory at
 * once (a checkpoint without a metrics line), comes back with the state on resume, and is dropped
 * when the iteration completes.
 */
class LearnerCheckpointTest {

  @TempDir Path dir;

  @Test
  void aLearnerSavedMidIterationIsCheckpointedRestoredAndThenDropped() {
    Game kuhn = Games.load("kuhn_poker");
    RunDirectory run = RunDirectory.create(dir, kuhn, new ObjectMapper().createObjectNode(), false);
    Psro first = psro(kuhn);
    first.addListener(run);
    first.addCheckpointListener(run);
    first.step();
    first.step();
    byte[] params = {4, 8, 15, 16, 23, 42};
    first.saveLearner(
        "p0_it2", new LearnerState("ppo", "{\"steps\":500}", Map.of("params.bin", params)));
    run.close(); // as a killed run's lock, released
    RunDirectory.Resumed resumed = RunDirectory.open(dir, kuhn);
    DriverState state = resumed.checkpoint().state();
    assertThat(state.iteration()).isEqualTo(1);
    assertThat(state.learners()).containsOnlyKeys("p0_it2");
    Psro second = psro(kuhn);
    second.restore(state);
    assertThat(second.savedLearner("p0_it2").blob("params.bin")).isEqualTo(params);
    assertThat(second.savedLearner("p0_it2").json()).isEqualTo("{\"steps\":500}");

    second.addListener(resumed.directory());
    second.addCheckpointListener(resumed.directory());
    second.step();
    assertThat(second.state().learners()).isEmpty();
    assertThat(RunDirectory.checkpoint(dir, kuhn).state().learners()).isEmpty();
    assertThat(dir.resolve("checkpoint/learners/p0_it2")).doesNotExist();
    assertThat(RunDirectory.metricsLines(dir)).hasSize(4); // header + iterations 0, 1, 2
  }

  private static Psro psro(Game game) {
    return Psro.builder(game).solver(MetaSolvers.create("nash")).iterations(4).seed(42).build();
  }
}
