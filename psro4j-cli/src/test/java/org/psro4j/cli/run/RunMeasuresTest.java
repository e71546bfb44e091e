package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;
import org.psro4j.cli.report.MetricsTable;

/**
 * The measures a run writes into metrics.csv each iteration (support, diversity, payoffs against
 * baselines) and the CFR+ reference a run records: columns present, known values on Kuhn and Leduc,
 * exact payoffs with standard error 0, sampled ones with a positive one. (Resume equality of these
 * columns is held by {@link ResumeTest}, which compares whole rows.)
 */
class RunMeasuresTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private MetricsTable run(String name, String... args) {
    Path out = dir.resolve(name);
    String[] all = new String[args.length + 5];
    all[0] = "run";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--out";
    all[args.length + 2] = out.toString();
    all[args.length + 3] = "--quiet";
    all[args.length + 4] = "--no-report";
    Cli.Result r = Cli.run(all);
    assertThat(r.exitCode()).as(r.err()).isZero();
    return MetricsTable.read(out.resolve("metrics.csv"));
  }

  @Test
  void kuhnBaselinePayoffsAreExactAndReachTheUniqueNashValue() {
    MetricsTable m = run("kuhn", "--game", "kuhn_poker", "--iterations", "10", "--threads", "1");
    assertThat(m.header())
        .contains("support_p0", "diversity_p1", "vs_uniform_p0", "vs_uniform_p1_se", "measures_s");
    // Iteration 0: both populations are the uniform policy. Uniform against uniform in Kuhn poker
    // earns player 0 1/8 (by hand: player 1 gains w − 1/8 per deal, w = ±1 its showdown sign,
    // and the signs cancel over the six deals).
    assertThat(m.column("vs_uniform_p0")[0]).isCloseTo(0.125, within(1e-12));
    assertThat(m.column("vs_uniform_p1")[0]).isCloseTo(-0.125, within(1e-12));
    assertThat(m.column("support_p0")[0]).isEqualTo(1.0);
    assertThat(m.column("diversity_p0")[0]).isEqualTo(0.0);
    int last = m.rows().size() - 1;
    assertThat(m.column("nash_conv")[last]).isLessThan(1e-9);
    // Player 1's Nash strategy in Kuhn poker is unique (Kuhn 1950: bet K, bluff J 1/3 after a
    // check, call with Q 1/3, fold J, call K), so its payoff against a uniform player 0 is fixed:
    // 1/6, by hand over the six deals.
    assertThat(m.column("vs_uniform_p1")[last]).isCloseTo(1.0 / 6, within(1e-8));
    for (String c : new String[] {"vs_uniform_p0_se", "vs_uniform_p1_se"}) {
      for (double se : m.column(c)) {
        assertThat(se).isEqualTo(0.0);
      }
    }
    for (int p = 0; p < 2; p++) {
      double[] support = m.column("support_p" + p);
      double[] size = m.column("population_p" + p);
      double[] diversity = m.column("diversity_p" + p);
      for (int i = 0; i <= last; i++) {
        assertThat(support[i]).isBetween(1.0 - 1e-9, size[i] + 1e-9);
        assertThat(diversity[i]).isBetween(0.0, 1.0);
      }
    }
  }

  @Test
  void leducUniformBaselineAtIterationZeroIsThePublishedUniformValue() {
    MetricsTable m = run("leduc", "--game", "leduc_poker", "--iterations", "0");
    // OpenSpiel exploitability_test: the uniform policy's value for player 0 is −0.078125.
    assertThat(m.column("vs_uniform_p0")[0]).isCloseTo(-0.078125, within(1e-12));
    assertThat(m.column("vs_uniform_p1")[0]).isCloseTo(0.078125, within(1e-12));
  }

  @Test
  void threePlayerJpsroHasPayoffsForEverySeat() {
    MetricsTable m =
        run(
            "kuhn3",
            "--game",
            "kuhn_poker(players=3)",
            "--algo",
            "jpsro",
            "--iterations",
            "2",
            "--baselines",
            "uniform,initial",
            "--init",
            "first");
    assertThat(m.header()).contains("vs_initial_p2", "support_p2", "diversity_p2");
    // Zero-sum: at iteration 0 every seat plays the same policy as the baseline, so the three
    // payoffs against it sum to 0.
    double sum = 0;
    for (int p = 0; p < 3; p++) {
      sum += m.column("vs_initial_p" + p)[0];
    }
    assertThat(sum).isCloseTo(0, within(1e-12));
  }

  @Test
  void sampledGamesHaveAPositiveStandardError() {
    MetricsTable m =
        run(
            "blotto",
            "--game",
            "continuous_blotto(fields=3)",
            "--oracle",
            "random_search",
            "--oracle-option",
            "candidates=16",
            "--oracle-option",
            "episodes=8",
            "--episodes",
            "40",
            "--iterations",
            "1",
            "--threads",
            "1");
    // Continuous actions: no diversity (it is measured on discrete distributions).
    assertThat(m.column("diversity_p0")[0]).isNaN();
    double mean = m.column("vs_uniform_p0")[0];
    double se = m.column("vs_uniform_p0_se")[0];
    assertThat(se).isPositive();
    // Uniform against uniform in a symmetric zero-sum game has mean 0.
    assertThat(Math.abs(mean)).isLessThan(4 * se);
  }

  @Test
  void runRecordsTheCfrReferenceCurve() throws Exception {
    run("ref", "--game", "kuhn_poker", "--iterations", "3", "--reference", "cfr+");
    JsonNode ref = JSON.readTree(dir.resolve("ref").resolve("reference.json").toFile());
    assertThat(ref.path("solver").asText()).isEqualTo("cfr+");
    JsonNode gaps = ref.path("nash_conv");
    assertThat(gaps.size()).isPositive();
    // CFR+'s first iterate on Kuhn has NashConv well above 0; the curve ends lower.
    assertThat(gaps.get(gaps.size() - 1).asDouble()).isLessThan(gaps.get(0).asDouble());
    Cli.Result report = Cli.run("report", dir.resolve("ref").toString());
    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(Files.readString(dir.resolve("ref").resolve("report.html"))).contains("CFR+");
  }

  @Test
  void badBaselinesAndReferencesAreRefusedBeforeAnythingIsWritten() {
    Path out = dir.resolve("bad");
    Cli.Result r =
        Cli.run("run", "--baselines", "uniform,bots", "--out", out.toString(), "--quiet");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("bots");
    r =
        Cli.run(
            "run",
            "--game",
            "kuhn_poker(players=3)",
            "--algo",
            "jpsro",
            "--reference",
            "cfr+",
            "--out",
            out.toString(),
            "--quiet");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("two-player");
    r = Cli.run("run", "--baselines", "heuristics", "--out", out.toString(), "--quiet");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("heuristics");
    assertThat(out).doesNotExist();
  }
}
