package org.psro4j.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.pipeline.PipelinePsro;
import org.psro4j.pipeline.PipelineSettings;
import org.psro4j.psro.IterationResult;
import org.psro4j.run.RunDirectory;

/**
 * A Pipeline run directory checkpointed every 10 s (on a clock the test steps by 4 s a promotion)
 * writes its checkpoint at the first promotion, then once 10 s passed, and at the promotion that
 * ends the run, while metrics.csv gets every promotion's row; a run killed between checkpoints (its
 * files as they were after a row past the checkpoint) resumes from the checkpoint, cuts the rows
 * after it, and ends exactly as the uninterrupted single-worker run.
 */
class PipelineCheckpointCadenceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void checkpointsFollowTheCadenceAndAKillBetweenThemResumesExactly() throws Exception {
    Game kuhn = Games.load("kuhn_poker");
    PipelineSettings s = PipelineKuhnTest.kuhnSettings(1000, 2);
    PipelinePsro straight = PipelineKuhnTest.driver(kuhn, s, 1, 11);
    List<Double> expected = PipelineKuhnTest.gaps(straight.run());
    straight.close();
    assertThat(expected.size()).isGreaterThanOrEqualTo(4);

    long[] clock = {0};
    List<Integer> onDisk = new ArrayList<>();
    List<IterationResult> before = new ArrayList<>();
    PipelinePsro first = PipelineKuhnTest.driver(kuhn, s, 1, 11);
    try (RunDirectory run = RunDirectory.create(dir, kuhn, JSON.createObjectNode(), false)) {
      run.checkpointEvery(10, () -> clock[0]);
      first.addListener((r, d) -> clock[0] += 4_000_000_000L);
      first.addListener(run);
      first.addListener((r, d) -> onDisk.add(RunDirectory.checkpoint(dir, kuhn).iteration()));
      for (int i = 0; i < 3; i++) {
        before.add(first.step());
      }
      // Rows 0, 1 and 2 are on disk, the checkpoint is still row 0's (at 4 s; 8 s and 12 s are
      // not 10 s later).
      assertThat(onDisk).containsExactly(0, 0, 0);
      assertThat(run.checkpointIteration()).isZero();
      assertThat(RunDirectory.metricsLines(dir)).hasSize(4);
      // Killed here: nothing more is written (the lock goes with the process).
    }
    first.close();

    RunDirectory.Resumed resumed = RunDirectory.open(dir, kuhn);
    assertThat(resumed.checkpoint().iteration()).isZero();
    assertThat(RunDirectory.metricsLines(dir)).hasSize(2); // header and row 0
    PipelinePsro second = PipelineKuhnTest.driver(kuhn, s, 1, 11);
    second.restore(resumed.checkpoint().state());
    List<Integer> later = new ArrayList<>();
    List<IterationResult> after;
    try (RunDirectory run = resumed.directory()) {
      clock[0] = 0;
      run.checkpointEvery(10, () -> clock[0]);
      second.addListener((r, d) -> clock[0] += 4_000_000_000L);
      second.addListener(run);
      second.addListener((r, d) -> later.add(RunDirectory.checkpoint(dir, kuhn).iteration()));
      after = second.run();
    }
    second.close();

    List<Double> gaps = new ArrayList<>(PipelineKuhnTest.gaps(before.subList(0, 1)));
    gaps.addAll(PipelineKuhnTest.gaps(after));
    assertThat(gaps).isEqualTo(expected);
    // The resumed process checkpoints its first promotion, the one 12 s later, and the last.
    int last = expected.size() - 1;
    List<Integer> cadence = new ArrayList<>();
    int checkpoint = -1;
    for (int i = 1; i <= last; i++) {
      if (i == 1 || i == last || (i - checkpoint) * 4 >= 12) {
        checkpoint = i;
      }
      cadence.add(checkpoint);
    }
    assertThat(later).isEqualTo(cadence);
    List<String> metrics = RunDirectory.metricsLines(dir);
    assertThat(metrics).hasSize(expected.size() + 1);
    for (int i = 0; i <= last; i++) {
      assertThat(metrics.get(i + 1)).startsWith(i + ",");
    }
    assertThat(
            JSON.readTree(Files.readString(dir.resolve("checkpoint/state.json")))
                .path("iteration")
                .asInt())
        .isEqualTo(last);
    assertThat(JSON.readTree(dir.resolve("metagame.json").toFile()).isObject()).isTrue();
  }
}
