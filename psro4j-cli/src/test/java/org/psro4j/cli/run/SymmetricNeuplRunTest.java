package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

/**
 * {@code run --algo neupl} (symmetric NeuPL, Liu et al., ICLR 2022) end to end on
 * rock-paper-scissors with exact best responses, started from rock ({@code --init first}): a run
 * stopped after two iterations and resumed ends with the uninterrupted run's metrics (wall-clock
 * columns aside, numbers to 1e-2); the exact NashConv is rock's (2) at iteration 0 and ends below
 * 1e-6 once rock, paper and scissors are members.
 */
class SymmetricNeuplRunTest {

  @TempDir Path dir;

  @Test
  void resumedRunEqualsUninterruptedRunAndNashConvVanishes() throws Exception {
    Path whole = dir.resolve("whole");
    Cli.Result w = run(whole, "--iterations", "4");
    assertThat(w.exitCode()).as(w.err()).isZero();
    Path parts = dir.resolve("parts");
    assertThat(run(parts, "--iterations", "2", "--no-report").exitCode()).isZero();
    Cli.Result resumed = Cli.run("resume", parts.toString(), "--iterations", "4", "--quiet");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();

    List<String> a = MetricsCsv.withoutTimes(whole.resolve("metrics.csv"));
    assertThat(a).hasSize(6);
    assertThat(a.getFirst()).startsWith("iteration,").contains(",distill_kl");
    List<String> b = MetricsCsv.withoutTimes(parts.resolve("metrics.csv"));
    assertThat(b).hasSameSizeAs(a);
    for (int i = 0; i < a.size(); i++) {
      String[] x = a.get(i).split(",", -1);
      String[] y = b.get(i).split(",", -1);
      assertThat(y).hasSameSizeAs(x);
      for (int c = 0; c < x.length; c++) {
        if (i > 0 && !x[c].isEmpty() && x[c].matches("[-0-9.eE]+") && x[c].contains(".")) {
          assertThat(Double.parseDouble(y[c])).isCloseTo(Double.parseDouble(x[c]), within(1e-2));
        } else {
          assertThat(y[c]).isEqualTo(x[c]);
        }
      }
    }
    int col = Arrays.asList(a.getFirst().split(",", -1)).indexOf("nash_conv");
    assertThat(col).isNotNegative();
    assertThat(Double.parseDouble(a.get(1).split(",", -1)[col])).isCloseTo(2, within(0.01));
    assertThat(Double.parseDouble(a.getLast().split(",", -1)[col])).isLessThan(1e-6);
    assertThat(Files.readString(whole.resolve("config.json"))).contains("\"neupl\"");
    assertThat(whole.resolve("report.html")).exists();
  }

  private static Cli.Result run(Path out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--game",
                "rock_paper_scissors",
                "--algo",
                "neupl",
                "--init",
                "first",
                "--seed",
                "1",
                "--neupl-option",
                "embedding=16",
                "--neupl-option",
                "hidden=32,32",
                "--neupl-option",
                "distill_steps=200",
                "--neupl-option",
                "episodes=100",
                "--neupl-option",
                "lr=0.003",
                "--threads",
                "1",
                "--out",
                out.toString(),
                "--quiet"));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }
}
