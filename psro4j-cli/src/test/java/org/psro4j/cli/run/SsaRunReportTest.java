package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

/**
 * A PSRO run on a small ssa_coverage, started from the heuristics with a short PPO budget: its
 * report carries the ground-track map and the custody timeline of the final strategies.
 */
class SsaRunReportTest {

  @TempDir Path dir;

  @Test
  void ssaRunReportHasGroundTrackAndCustodyTimeline() throws Exception {
    Path out = dir.resolve("ssa");
    Cli.Result r =
        Cli.run(
            "run",
            "--game",
            "ssa_coverage(sats=2,planes=1,objects=4,hours=2,dazzle=true)",
            "--init",
            "heuristics",
            "--oracle",
            "ppo",
            "--br-steps",
            "2000",
            "--episodes",
            "4",
            "--iterations",
            "1",
            "--threads",
            "1",
            "--out",
            out.toString(),
            "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // Five heuristics per side plus one best response each.
    assertThat(Files.readAllLines(out.resolve("metrics.csv")).get(2))
        .startsWith("1,")
        .contains(",12,6,6,");
    for (String picture : new String[] {"ground_track.png", "custody_timeline.png"}) {
      Path png = out.resolve("plots").resolve(picture);
      assertThat(png).isRegularFile();
      byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
      assertThat(head).containsExactly((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("alt=\"custody_timeline.png\"");
  }
}
