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
    assertPopulationCountsFixedPolicies(metrics);
    assertPoliciesHoldTheCheckpointsFiles(out, state);

    // A run made before Pipeline's settings were grouped wrote them at the top level of
    // config.json: such a run directory resumes the same.
    ObjectMapper json = new ObjectMapper();
    ObjectNode config = (ObjectNode) json.readTree(out.resolve("config.json").toFile());
    // PSRO's own keys are left out of a Pipeline run's settings.
    for (String psroOnly : List.of("threads", "target", "top_k", "eval_fraction")) {
      assertThat(config.has(psroOnly)).as(psroOnly).isFalse();
    }
    assertThat(config.path("seed").asLong()).isEqualTo(3);
    ObjectNode grouped = (ObjectNode) config.remove("pipeline");
    assertThat(grouped.path("plateau_per").asLong()).isEqualTo(500);
    // The default checkpoint cadence is recorded, so a resume keeps it.
    assertThat(grouped.path("checkpoint_every").asDouble()).isEqualTo(30.0);
    config.setAll(grouped);
    // ... and older runs wrote PSRO's keys at their defaults.
    config.put("threads", 2).put("target", "probabilistic").put("top_k", 3);
    config.put("eval_fraction", 1.0).put("checkpoint_steps", 0);
    json.writeValue(out.resolve("config.json").toFile(), config);

    Cli.Result again = Cli.run("resume", out.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("stopped: every player");
    assertThat(Files.readAllLines(out.resolve("metrics.csv"))).isEqualTo(metrics);

    // A run written before the active_levels column resumes and reports; its rows keep their
    // values under their names and get the column.
    List<String> old = new java.util.ArrayList<>();
    int activeColumn = List.of(metrics.getFirst().split(",", -1)).indexOf("active_levels");
    for (String line : metrics) {
      List<String> cells = new java.util.ArrayList<>(List.of(line.split(",", -1)));
      cells.remove(activeColumn);
      old.add(String.join(",", cells));
    }
    Files.write(out.resolve("metrics.csv"), old);
    Cli.Result oldResume = Cli.run("resume", out.toString());
    assertThat(oldResume.exitCode()).as(oldResume.err()).isZero();
    assertThat(Cli.run("report", out.toString()).exitCode()).isZero();
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("<dt>promotions</dt><dd>4 of 4 (2 levels a player)");
  }

  /**
   * The population columns count the fixed policies (what the meta-game holds): one a player at
   * iteration 0, then one more per level fixed; the levels still training have their own column.
   */
  private static void assertPopulationCountsFixedPolicies(List<String> metrics) {
    List<String> header = List.of(metrics.getFirst().split(",", -1));
    int population = header.indexOf("population");
    int p0 = header.indexOf("population_p0");
    int p1 = header.indexOf("population_p1");
    int added = header.indexOf("new_policies");
    int active = header.indexOf("active_levels");
    assertThat(active).isEqualTo(header.size() - 1);
    int fixed = 2;
    for (String line : metrics.subList(1, metrics.size())) {
      String[] cells = line.split(",", -1);
      fixed += Integer.parseInt(cells[added]);
      assertThat(Integer.parseInt(cells[population])).as(line).isEqualTo(fixed);
      assertThat(Integer.parseInt(cells[p0]) + Integer.parseInt(cells[p1])).isEqualTo(fixed);
      assertThat(Double.parseDouble(cells[active])).as(line).isBetween(0.0, 4.0);
    }
    String[] first = metrics.get(1).split(",", -1);
    assertThat(first[p0]).isEqualTo("1");
    assertThat(first[p1]).isEqualTo("1");
    String[] last = metrics.getLast().split(",", -1);
    assertThat(last[p0]).isEqualTo("3");
    assertThat(last[p1]).isEqualTo("3");
    assertThat(Double.parseDouble(last[active])).isZero();
  }

  /**
   * A finished run's policies/ holds exactly the checkpoint's policy files and their parameter
   * files: the snapshots a level sent while it trained were deleted once a newer one was saved.
   */
  private static void assertPoliciesHoldTheCheckpointsFiles(Path out, JsonNode state)
      throws Exception {
    java.util.Set<String> expected = new java.util.TreeSet<>();
    for (JsonNode player : state.path("populations")) {
      for (JsonNode slot : player) {
        Path file = out.resolve(slot.path("file").asText());
        expected.add(file.getFileName().toString());
        JsonNode params = new ObjectMapper().readTree(file.toFile()).path("parameters");
        if (params.isTextual()) {
          expected.add(params.asText());
        }
      }
    }
    // 3 fixed levels a player; levels 1 and 2 are networks with a parameter file each.
    assertThat(expected).hasSize(10);
    try (var files = Files.list(out.resolve("policies"))) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
          .containsExactlyElementsOf(expected);
    }
  }
}
