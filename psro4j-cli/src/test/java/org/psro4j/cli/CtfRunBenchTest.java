package org.psro4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.cli.report.MetricsTable;

/**
 * The run-path capture-the-flag bench scenarios: their commands are docs/capture-the-flag.md's, and
 * a tiny one reports per iteration the run's own win-rate columns against each bot.
 */
class CtfRunBenchTest {

  @Test
  void scenariosRunTheDocumentedCommands() {
    assertThat(CtfRunBench.ALL)
        .extracting(CtfRunBench::name)
        .containsExactly("ctf-run", "ctf-run-nash", "ctf-run-lstm");
    String uniform = String.join(" ", CtfRunBench.ALL.get(0).runArguments());
    assertThat(uniform)
        .startsWith(
            "run --game capture_the_flag --algo team-psro --oracle ppo --init heuristics"
                + " --iterations 2 --episodes 100 --threads 2 --oracle-option train_games=")
        .endsWith("--seed 42 --target uniform");
    assertThat(CtfRunBench.ALL.get(1).runArguments()).doesNotContain("--target");
    assertThat(CtfRunBench.ALL.get(2).runArguments()).contains("--policy-net", "lstm");
  }

  @Test
  void aTinyScenarioReportsTheRunsWinRatesPerBot() throws Exception {
    CtfRunBench tiny =
        new CtfRunBench(
            "ctf-run-tiny",
            "tiny",
            List.of(
                "run",
                "--game",
                "capture_the_flag(size=7,horizon=10)",
                "--algo",
                "team-psro",
                "--oracle",
                "ppo",
                "--init",
                "heuristics",
                "--iterations",
                "1",
                "--episodes",
                "3",
                "--threads",
                "1",
                "--baselines",
                "none",
                "--oracle-option",
                "br_steps=1000",
                "--oracle-option",
                "num_envs=4",
                "--oracle-option",
                "rollout_steps=512",
                "--seed",
                "5"));
    ArrayNode results = new ObjectMapper().createArrayNode();
    StringWriter text = new StringWriter();
    tiny.run(new PrintWriter(text), false, results);
    JsonNode r = results.get(0);
    MetricsTable metrics =
        MetricsTable.read(Path.of(r.get("run_directory").asText()).resolve("metrics.csv"));
    JsonNode it = r.get("iterations");
    assertThat(it).hasSize(1);
    for (String bot : List.of("attacker", "defender", "random")) {
      assertThat(it.get(0).get("win_rate").get(bot).asDouble())
          .isEqualTo(metrics.column("win_" + bot)[1]);
      assertThat(it.get(0).get("win_rate_se").get(bot).asDouble())
          .isEqualTo(metrics.column("win_" + bot + "_se")[1]);
    }
    assertThat(text.toString())
        .contains("ctf-run-tiny")
        .contains("iteration 1")
        .contains("vs random");
    try (var files = java.nio.file.Files.walk(Path.of(r.get("run_directory").asText()))) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(f -> f.delete());
    }
  }
}
