package org.psro4j.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

/**
 * A {@code run --algo pipeline --cluster embedded} JVM killed with SIGKILL after its first
 * promotion leaves a run directory that {@code psro4j resume} continues on the thread engine to the
 * end: every player fixes its {@code --iterations} levels and metrics.csv numbers its rows without
 * a gap.
 */
class EmbeddedClusterResumeTest {

  @TempDir Path dir;

  @Test
  void aKilledEmbeddedClusterRunResumesOnThreadsToTheEnd() throws Exception {
    Path run = dir.resolve("kuhn-embedded");
    try (ChildJvm child =
        ChildJvm.start(
            dir.resolve("run.log"),
            "run",
            "--game",
            "kuhn_poker",
            "--algo",
            "pipeline",
            "--cluster",
            "embedded",
            "--workers",
            "2",
            "--oracle",
            "ppo",
            "--count",
            "episodes",
            "--plateau-per",
            "500",
            "--plateau-start",
            "1000",
            "--plateau-min",
            "1500",
            "--refresh",
            "500",
            "--iterations",
            "4",
            "--oracle-option",
            "num_envs=8",
            "--oracle-option",
            "rollout_steps=64",
            "--br-steps",
            "8000",
            "--seed",
            "3",
            "--no-report",
            "--out",
            run.toString())) {
      child.await("promotion +1 ", 0, 240);
      child.kill();
      assertThat(child.indexOf("stopped:", 0)).as("killed before the run's end").isEqualTo(-1);
    }

    Cli.Result r = Cli.run("resume", run.toString(), "--no-report");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("stopped: every player fixed its --iterations levels");

    List<String> metrics = Files.readAllLines(run.resolve("metrics.csv"));
    List<String> header = List.of(metrics.getFirst().split(",", -1));
    for (int row = 1; row < metrics.size(); row++) {
      String[] cells = metrics.get(row).split(",", -1);
      assertThat(cells[header.indexOf("iteration")]).isEqualTo(Integer.toString(row - 1));
    }
    String[] last = metrics.getLast().split(",", -1);
    // The uniform start plus four fixed levels per player.
    assertThat(last[header.indexOf("population_p0")]).isEqualTo("5");
    assertThat(last[header.indexOf("population_p1")]).isEqualTo("5");
  }
}
