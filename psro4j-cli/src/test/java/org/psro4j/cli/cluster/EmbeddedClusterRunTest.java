package org.psro4j.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

/**
 * {@code psro4j run --algo pipeline --cluster embedded} as a user runs it (Kuhn poker, one PPO
 * level per player, two worker members): the run directory holds the level timeline, and the report
 * draws it, as for the thread engine.
 */
class EmbeddedClusterRunTest {

  @TempDir Path dir;

  @Test
  void aFinishedRunHasTheLevelTimelineAndItsPlot() throws Exception {
    Path out = dir.resolve("kuhn-cluster");
    Cli.Result r =
        Cli.run(
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
            "1",
            "--oracle-option",
            "num_envs=8",
            "--oracle-option",
            "rollout_steps=64",
            "--br-steps",
            "8000",
            "--seed",
            "3",
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    // Row 0 has the initial (uniform) profile's exact NashConv, 11/12 on Kuhn, as the thread
    // engine's row 0 does: its entry is evaluated before the row is written.
    assertThat(r.out()).contains("promotion   0  support 1+1     nash_conv 0.9167     episodes 0 ");
    List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
    int column = List.of(metrics.getFirst().split(",")).indexOf("nash_conv");
    assertThat(Double.parseDouble(metrics.get(1).split(",")[column]))
        .isCloseTo(11.0 / 12, within(1e-9));
    for (String f :
        List.of(
            "config.json",
            "metrics.csv",
            "timeline.csv",
            "checkpoint/state.json",
            "report.html",
            "plots/timeline.png")) {
      assertThat(out.resolve(f)).as(f).isRegularFile();
    }
    List<String> timeline = Files.readAllLines(out.resolve("timeline.csv"));
    assertThat(timeline.getFirst()).isEqualTo("seconds,event,player,level,worker,detail");
    // Both players' level 1 was claimed by a worker member, submitted and fixed.
    String text = String.join("\n", timeline);
    for (int p = 0; p < 2; p++) {
      assertThat(text)
          .contains("," + "claim," + p + ",1,")
          .contains(",submit," + p + ",1,")
          .contains(",fix," + p + ",1,");
    }
    assertThat(text).contains("/trainer-0");
  }
}
