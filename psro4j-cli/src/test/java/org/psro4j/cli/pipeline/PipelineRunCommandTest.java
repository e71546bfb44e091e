package org.psro4j.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

/**
 * {@code psro4j run --algo pipeline} as a user runs it: the run directory with metrics, events, the
 * state, {@code timeline.csv} and the report's timeline plot; a finished run resumes to its end at
 * once, also from a config.json of before Pipeline's settings were grouped (flat keys); a run's
 * config.json is a valid settings file.
 */
class PipelineRunCommandTest {

  @TempDir Path dir;

  static final List<String> SMALL =
      List.of(
          "run",
          "--game",
          "kuhn_poker",
          "--algo",
          "pipeline",
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
          "2",
          "--oracle-option",
          "num_envs=8",
          "--oracle-option",
          "rollout_steps=64",
          "--br-steps",
          "8000",
          "--seed",
          "3");

  @Test
  void runWritesARunDirectoryWithTheLevelTimeline() throws Exception {
    Path out = dir.resolve("kuhn-pipeline");
    List<String> args = new java.util.ArrayList<>(SMALL);
    args.addAll(List.of("--out", out.toString()));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("promotion")
        .contains("nash_conv")
        .contains("stopped: every player");
    for (String f :
        List.of(
            "config.json",
            "metrics.csv",
            "events.jsonl",
            "timeline.csv",
            "checkpoint/state.json",
            "report.html",
            "plots/timeline.png",
            "plots/gap_episodes.png")) {
      assertThat(out.resolve(f)).as(f).isRegularFile();
    }
    List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
    // The report counts the levels fixed against every player's levels, not --iterations, and
    // not the rows (one row may fix two levels): the finished run fixed all four.
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("<dt>promotions</dt><dd>4 of 4 (2 levels a player)")
        .contains("Stopped at promotion " + (metrics.size() - 2) + ":")
        .doesNotContain("<dt>iterations</dt>");
    // Iteration 0 and one row per promotion step: 2 levels for each of 2 players.
    assertThat(metrics.size()).isBetween(3, 6);
    assertThat(metrics.get(1)).contains("0.9166666666666");
    String timeline = Files.readString(out.resolve("timeline.csv"));
    assertThat(timeline).contains(",claim,0,1,").contains(",fix,1,2,").contains(",submit,");
    JsonNode state = new ObjectMapper().readTree(out.resolve("checkpoint/state.json").toFile());
    assertThat(state.path("learners").has("pipeline")).isTrue();

    // A run made before Pipeline's settings were grouped wrote them at the top level of
    // config.json: such a run directory resumes the same.
    ObjectMapper json = new ObjectMapper();
    ObjectNode config = (ObjectNode) json.readTree(out.resolve("config.json").toFile());
    ObjectNode grouped = (ObjectNode) config.remove("pipeline");
    assertThat(grouped.path("plateau_per").asLong()).isEqualTo(500);
    config.setAll(grouped);
    json.writeValue(out.resolve("config.json").toFile(), config);

    Cli.Result again = Cli.run("resume", out.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("stopped: every player");
    assertThat(Files.readAllLines(out.resolve("metrics.csv"))).isEqualTo(metrics);
  }
}
