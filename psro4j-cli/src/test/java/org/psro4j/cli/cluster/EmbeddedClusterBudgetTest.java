package org.psro4j.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

/**
 * {@code --episode-budget} ends a cluster run as it ends a run on threads: once the levels trained
 * that many episodes in all, with a last row whose stop reason says so (the cluster engine used to
 * ignore it and train every level to its plateau).
 */
class EmbeddedClusterBudgetTest {

  @TempDir Path dir;

  @Test
  void theRunStopsOnceTheLevelsTrainedTheBudget() throws Exception {
    Path out = dir.resolve("kuhn-budget");
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
            "100000",
            "--refresh",
            "500",
            "--iterations",
            "3",
            "--episode-budget",
            "1500",
            "--oracle-option",
            "num_envs=8",
            "--oracle-option",
            "rollout_steps=64",
            "--seed",
            "3",
            "--no-report",
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
    List<String> header = List.of(metrics.getFirst().split(",", -1));
    long episodes = 0;
    for (String line : metrics.subList(1, metrics.size())) {
      episodes += Long.parseLong(line.split(",", -1)[header.indexOf("oracle_episodes")]);
    }
    assertThat(episodes).isGreaterThanOrEqualTo(1500);
    // No level reaches its plateau minimum: the budget alone ends the run, levels 1 training.
    String[] last = metrics.getLast().split(",", -1);
    assertThat(last[header.indexOf("population_p0")]).isEqualTo("1");
    assertThat(last[header.indexOf("population_p1")]).isEqualTo("1");
    assertThat(Double.parseDouble(last[header.indexOf("active_levels")])).isPositive();
    List<String> events = Files.readAllLines(out.resolve("events.jsonl"));
    JsonNode end = new ObjectMapper().readTree(events.getLast());
    assertThat(end.path("stopped_by").asText()).isEqualTo("episodes");
  }
}
