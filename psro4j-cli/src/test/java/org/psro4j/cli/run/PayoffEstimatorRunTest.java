package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

/**
 * JPSRO on 3-player Kuhn poker with the payoff estimator ψ filling 70% of each iteration's new
 * meta-game entries: the imputed entries are marked predicted in metagame.json, ψ's held-out MSE is
 * in every iteration's event, its state (weights, embeddings, Adam) is in the checkpoint, and a run
 * stopped after iteration 2 and resumed ends exactly where the uninterrupted run does.
 */
class PayoffEstimatorRunTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void psiFillsEntriesAndResumesWithItsState() throws Exception {
    Path whole = dir.resolve("whole");
    Path parts = dir.resolve("parts");
    Cli.Result first = run(whole, "4");
    assertThat(first.exitCode()).as(first.err()).isZero();
    String meta = Files.readString(whole.resolve("metagame.json"));
    assertThat(meta).contains("\"predicted\"").contains("\"exact\"");
    List<String> events = Files.readAllLines(whole.resolve("events.jsonl"));
    for (String line : events.subList(1, events.size())) {
      JsonNode e = JSON.readTree(line);
      assertThat(e.path("payoff_model_mse").isNumber()).as(line).isTrue();
      assertThat(e.path("payoff_model_mse").asDouble()).isNotNegative();
      assertThat(e.path("entries_imputed").asInt()).isPositive();
    }
    assertThat(whole.resolve("checkpoint/learners/payoff_model")).isDirectory();
    JsonNode state = JSON.readTree(whole.resolve("checkpoint/state.json").toFile());
    assertThat(state.path("learners").has("payoff_model")).isTrue();

    assertThat(run(parts, "2").exitCode()).isZero();
    Cli.Result resumed = Cli.run("resume", parts.toString(), "--iterations", "4", "--quiet");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(MetricsCsv.withoutTimes(parts.resolve("metrics.csv")))
        .isEqualTo(MetricsCsv.withoutTimes(whole.resolve("metrics.csv")));
    assertThat(Files.readString(parts.resolve("metagame.json"))).isEqualTo(meta);
    assertThat(eventMse(parts)).isEqualTo(eventMse(whole));
  }

  @Test
  void unknownEstimatorIsAOneLineError() {
    Cli.Result r =
        Cli.run(
            "run",
            "--game",
            "kuhn_poker",
            "--payoff-estimator",
            "oracle",
            "--out",
            dir.resolve("bad").toString(),
            "--quiet");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).contains("'oracle'").doesNotContain("\n");
  }

  private static Cli.Result run(Path out, String iterations) {
    return Cli.run(
        "run",
        "--game",
        "kuhn_poker(players=3)",
        "--algo",
        "jpsro",
        "--eval-fraction",
        "0.3",
        "--payoff-estimator",
        "psi",
        "--iterations",
        iterations,
        "--threads",
        "1",
        "--out",
        out.toString(),
        "--quiet",
        "--no-report");
  }

  private static List<Double> eventMse(Path run) throws Exception {
    List<Double> out = new ArrayList<>();
    for (String line : Files.readAllLines(run.resolve("events.jsonl"))) {
      out.add(JSON.readTree(line).path("payoff_model_mse").asDouble(Double.NaN));
    }
    return out;
  }
}
