package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

/**
 * The bar for RL oracles: PSRO with DQN, and with PPO, on two-player Kuhn poker reaches
 * exact NashConv at most 0.05 (the neural policies are queried at every information state).
 */
class KuhnRlPsroTest {

  @TempDir Path dir;

  private double bestNashConv(String oracle, String brSteps, String iterations, String... extra)
      throws Exception {
    Path out = dir.resolve(oracle);
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "run",
                "--game",
                "kuhn_poker",
                "--oracle",
                oracle,
                "--br-steps",
                brSteps,
                "--iterations",
                iterations,
                "--epsilon",
                "0.05",
                "--seed",
                "1",
                "--quiet",
                "--no-report",
                "--out",
                out.toString()));
    args.addAll(List.of(extra));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> rows = Files.readAllLines(out.resolve("metrics.csv"));
    int column = List.of(rows.getFirst().split(",")).indexOf("nash_conv");
    return rows.stream()
        .skip(1)
        .mapToDouble(row -> Double.parseDouble(row.split(",")[column]))
        .min()
        .orElseThrow();
  }

  @Test
  void psroWithDqnReachesNashConvAtMostFiveHundredths() throws Exception {
    assertThat(bestNashConv("dqn", "30000", "12")).isLessThanOrEqualTo(0.05);
  }

  @Test
  void psroWithPpoReachesNashConvAtMostFiveHundredths() throws Exception {
    assertThat(bestNashConv("ppo", "100000", "12")).isLessThanOrEqualTo(0.05);
  }

  /**
   * The recurrent oracle in the whole pipeline, bounded for CI: LSTM best responses over the
   * observation tensor, their exact NashConv measured by replaying each information state's
   * observation sequence. Three iterations take NashConv from 11/12 to 0.23 (seed 1; the bound
   * leaves room for other CPUs' float rounding).
   */
  @Test
  void psroWithLstmPpoMoreThanHalvesNashConvInThreeIterations() throws Exception {
    assertThat(
            bestNashConv(
                "ppo",
                "100000",
                "3",
                "--policy-net",
                "lstm",
                "--oracle-option",
                "lr=0.01",
                "--oracle-option",
                "hidden=32"))
        .isLessThanOrEqualTo(0.35);
  }

  /**
   * The bar for recurrent best responses: LSTM PPO in PSRO reaches exact NashConv at most
   * 0.05 on two-player Kuhn poker (seed 1: 6.4e-4 at iteration 12). About 25 minutes on two busy
   * cores, so it runs only on request: {@code ./mvnw -pl psro4j-cli -am verify
   * -Dpsro4j.excludedGroups= -Dtest=KuhnRlPsroTest -Dsurefire.failIfNoSpecifiedTests=false}.
   */
  @Test
  @org.junit.jupiter.api.Tag("long")
  void psroWithLstmPpoReachesNashConvAtMostFiveHundredths() throws Exception {
    assertThat(
            bestNashConv(
                "ppo",
                "100000",
                "12",
                "--policy-net",
                "lstm",
                "--oracle-option",
                "lr=0.01",
                "--oracle-option",
                "hidden=32"))
        .isLessThanOrEqualTo(0.05);
  }
}
