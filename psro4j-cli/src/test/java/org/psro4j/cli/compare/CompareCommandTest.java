package org.psro4j.cli.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

class CompareCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path run(String name, String... extra) {
    Path out = dir.resolve(name);
    List<String> args =
        new java.util.ArrayList<>(
            List.of("run", "--game", "kuhn_poker", "--quiet", "--out", out.toString()));
    args.addAll(List.of(extra));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    return out;
  }

  private static double[] column(Path run, String name) throws Exception {
    List<String> lines = Files.readAllLines(run.resolve("metrics.csv"));
    int c = List.of(lines.getFirst().split(",")).indexOf(name);
    return lines.stream()
        .skip(1)
        .mapToDouble(l -> Double.parseDouble(l.split(",", -1)[c]))
        .toArray();
  }

  @Test
  void seedsFormOneGroupWithMeanAndStandardError() throws Exception {
    // Sampled meta-game entries, so the seed changes the curve.
    Path a = run("a", "--iterations", "4", "--episodes", "50", "--seed", "1");
    Path b = run("b", "--iterations", "4", "--episodes", "50", "--seed", "2");
    Path c = run("c", "--iterations", "3", "--episodes", "50", "--seed", "1", "--solver", "prd");
    Path out = dir.resolve("cmp");
    Cli.Result r =
        Cli.run(
            "compare", a.toString(), b.toString(), c.toString(), "--out", out.toString(), "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode summary = JSON.readTree(r.out());
    assertThat(summary.get("metric").asText()).isEqualTo("nash_conv");
    JsonNode groups = summary.get("groups");
    assertThat(groups).hasSize(2);
    JsonNode seeds = groups.get(0);
    assertThat(seeds.get("label").asText()).isEqualTo("solver=nash");
    assertThat(seeds.get("runs").asInt()).isEqualTo(2);
    assertThat(groups.get(1).get("label").asText()).isEqualTo("solver=prd");
    // Mean and standard error of the two seeds' final NashConv, by hand.
    double x = column(a, "nash_conv")[4];
    double y = column(b, "nash_conv")[4];
    assertThat(seeds.get("final_mean").asDouble()).isCloseTo((x + y) / 2, within(1e-12));
    assertThat(seeds.get("final_standard_error").asDouble())
        .isCloseTo(Math.abs(x - y) / 2, within(1e-12));
    assertThat(groups.get(1).get("final_standard_error").asDouble()).isZero();
    assertThat(groups.get(1).get("at_iteration").asInt()).isEqualTo(3);
    for (String f : List.of("compare.html", "compare_iterations.png", "compare_wall.png")) {
      assertThat(out.resolve(f)).isNotEmptyFile();
    }
    assertThat(out.resolve("compare_episodes.png")).doesNotExist();
    String html = Files.readString(out.resolve("compare.html"));
    assertThat(html).contains("solver=nash", "solver=prd", a.toString(), "data:image/png;base64,");

    Cli.Result again = Cli.run("compare", a.toString(), "--out", out.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("--force");
    Cli.Result badMetric =
        Cli.run("compare", a.toString(), "--metric", "nope", "--out", dir.resolve("x").toString());
    assertThat(badMetric.exitCode()).isEqualTo(2);
    assertThat(badMetric.err()).contains("--metric nope");
    Cli.Result notRun = Cli.run("compare", dir.toString(), "--out", dir.resolve("y").toString());
    assertThat(notRun.exitCode()).isEqualTo(2);
    assertThat(notRun.err()).contains("config.json");
  }

  @Test
  void stepValuesAndBand() {
    double[] x = {0, 1, 2, 3};
    double[] y = {4, 3, Double.NaN, 1};
    assertThat(Curves.valueAt(x, y, 2.5)).isEqualTo(3);
    assertThat(Curves.valueAt(x, y, 3)).isEqualTo(1);
    assertThat(Curves.valueAt(x, y, -1)).isNaN();
    Curves.Band band =
        Curves.band(List.of(x, new double[] {0, 2}), List.of(y, new double[] {2, 6}), 3);
    // Grid 0, 1, 2 (the shorter run ends at 2): means (4+2)/2, (3+2)/2, (3+6)/2.
    assertThat(band.x()).containsExactly(0, 1, 2);
    assertThat(band.mean()).containsExactly(3, 2.5, 4.5);
    assertThat(band.standardError()[0]).isCloseTo(1, within(1e-12));
  }
}
