package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Main;
import picocli.CommandLine;

/**
 * PSRO with the PPO oracle from the command line: neural policies saved, exact NashConv, resume.
 */
class RlRunTest {

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private static double nashConv(String row, List<String> header) {
    return Double.parseDouble(row.split(",")[header.indexOf("nash_conv")]);
  }

  @Test
  void ppoRunSavesNeuralPoliciesAndResumes() throws Exception {
    Path out = dir.resolve("kuhn-ppo");
    int code =
        run(
            "run",
            "--game",
            "kuhn_poker",
            "--oracle",
            "ppo",
            "--br-steps",
            "60000",
            "--device",
            "gpu",
            "--iterations",
            "2",
            "--seed",
            "3",
            "--quiet",
            "--out",
            out.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.resolve("policies/p0_1.json")).exists();
    assertThat(out.resolve("policies/p0_1.params")).exists();
    assertThat(out.resolve("plots/gap_episodes.png")).isRegularFile();
    List<String> rows = Files.readAllLines(out.resolve("metrics.csv"));
    List<String> header = List.of(rows.get(0).split(","));
    assertThat(rows).hasSize(4);
    // No GPU here: --device gpu falls back to the CPU and is recorded with the oracle's options.
    assertThat(Files.readString(out.resolve("config.json"))).contains("\"device\" : \"gpu\"");
    // Iteration 0 is uniform play, NashConv 11/12 (OpenSpiel's Kuhn golden value); two PPO best
    // responses per player must lower it.
    assertThat(nashConv(rows.get(1), header))
        .isEqualTo(11.0 / 12, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(nashConv(rows.get(3), header)).isLessThan(11.0 / 12);

    assertThat(run("resume", out.toString(), "--iterations", "3", "--quiet"))
        .as(err.toString())
        .isZero();
    List<String> resumed = Files.readAllLines(out.resolve("metrics.csv"));
    assertThat(resumed).hasSize(5);
    assertThat(resumed.subList(0, 4)).isEqualTo(rows);
    assertThat(out.resolve("policies/p1_3.params")).exists();
  }

  @Test
  void unknownDeviceIsOneLineAndWritesNothing() {
    Path out = dir.resolve("bad");
    int code =
        run(
            "run",
            "--game",
            "kuhn_poker",
            "--oracle",
            "ppo",
            "--device",
            "tpu",
            "--out",
            out.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("psro4j: --device tpu: must be cpu or gpu");
    assertThat(out).doesNotExist();
  }
}
