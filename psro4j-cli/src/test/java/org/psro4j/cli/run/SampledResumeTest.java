package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

/**
 * Resume equality for sampled meta-game entries: a Kuhn run with 40 episodes per entry, stopped
 * after iteration 2 and resumed, ends with the uninterrupted run's metrics and meta-game (counts
 * and variances included).
 */
class SampledResumeTest {

  @TempDir Path dir;

  @Test
  void sampledRunStoppedAndResumedEqualsUninterruptedRun() throws Exception {
    Path whole = dir.resolve("whole");
    Path parts = dir.resolve("parts");
    assertThat(run(whole, "6").exitCode()).isZero();
    assertThat(run(parts, "2").exitCode()).isZero();
    Cli.Result resumed = Cli.run("resume", parts.toString(), "--iterations", "6", "--quiet");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(MetricsCsv.withoutTimes(parts.resolve("metrics.csv")))
        .hasSize(8)
        .isEqualTo(MetricsCsv.withoutTimes(whole.resolve("metrics.csv")));
    assertThat(Files.readString(parts.resolve("metagame.json")))
        .contains("\"sampled\"")
        .isEqualTo(Files.readString(whole.resolve("metagame.json")));
  }

  private static Cli.Result run(Path out, String iterations) {
    return Cli.run(
        "run",
        "--game",
        "kuhn_poker",
        "--episodes",
        "40",
        "--iterations",
        iterations,
        "--threads",
        "1",
        "--out",
        out.toString(),
        "--quiet",
        "--no-report");
  }
}
