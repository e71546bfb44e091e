package org.psro4j.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;
import org.psro4j.cli.run.PipelineConfig;
import org.psro4j.cli.run.PipelineConfigJson;
import org.psro4j.cli.run.RunConfig;
import org.psro4j.game.Games;
import picocli.CommandLine;

/**
 * {@code psro4j cluster manager} takes {@code run --algo pipeline}'s settings with run's defaults
 * (seed 42, 20 levels a player, steps as the unit, no episode budget) and writes run's config.json
 * shape (Pipeline's settings grouped under {@code "pipeline"}) with its engine's own settings under
 * {@code "cluster"}; a manager's config.json of before (flat keys) resolves to the same run.
 */
class ClusterManagerConfigTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static ObjectNode config(String... flags) {
    ClusterManagerCommand m = new ClusterManagerCommand();
    List<String> args = new ArrayList<>(List.of("--run", "unused", "--game", "kuhn_poker"));
    args.addAll(List.of(flags));
    new CommandLine(m).parseArgs(args.toArray(String[]::new));
    m.oldNames.into(m.options);
    return m.options.toConfig();
  }

  private static TreeSet<String> keys(com.fasterxml.jackson.databind.JsonNode n) {
    TreeSet<String> out = new TreeSet<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void defaultsAndShapeAreRuns() {
    ObjectNode c = config();
    RunConfig run = RunConfig.defaults();
    assertThat(c.path("seed").asLong()).isEqualTo(run.seed()).isEqualTo(42);
    assertThat(c.path("iterations").asInt()).isEqualTo(run.iterations()).isEqualTo(20);
    assertThat(c.path("algo").asText()).isEqualTo("pipeline");
    assertThat(c.path("engine").asText()).isEqualTo("cluster");

    // The top-level keys of run's Pipeline config.json, plus the engine and its settings.
    TreeSet<String> runKeys = keys(PipelineConfigJson.of(run, Games.load("kuhn_poker")));
    TreeSet<String> managerKeys = keys(c);
    managerKeys.removeAll(List.of("engine", "cluster"));
    assertThat(managerKeys).isEqualTo(runKeys);
    assertThat(managerKeys).doesNotContainAnyElementsOf(PipelineConfigJson.PSRO_ONLY);

    // Pipeline's settings at run's defaults, but the workers (they join as members) and the
    // checkpoint cadence of a local run's directory (the manager checkpoints every promotion).
    ObjectNode runPipeline = JSON.valueToTree(PipelineConfig.defaults());
    runPipeline.remove("workers");
    runPipeline.remove("checkpoint_every");
    assertThat(c.get("pipeline")).isEqualTo(runPipeline);
    assertThat(keys(c.get("cluster")))
        .containsExactly("lease_ms", "report_steps", "snapshot_steps");
    assertThat(c.path("cluster").path("snapshot_steps").asLong()).isEqualTo(15_000); // --refresh

    ClusterRunOptions.Resolved r = ClusterRunOptions.resolve(c, "x");
    assertThat(r.spec().seed()).isEqualTo(42);
    assertThat(r.levels()).isEqualTo(20);
    assertThat(r.pipeline().levels()).isEqualTo(20);
    assertThat(r.pipeline().episodes()).isFalse();
    assertThat(r.episodeBudget()).isZero();
  }

  @Test
  void countAndEpisodeBudgetReachTheEngine() {
    ClusterRunOptions.Resolved r =
        ClusterRunOptions.resolve(
            config("--count", "episodes", "--episode-budget", "5000", "--iterations", "3"), "x");
    assertThat(r.pipeline().episodes()).isTrue();
    assertThat(r.episodeBudget()).isEqualTo(5000);
    assertThat(r.levels()).isEqualTo(3);
  }

  @Test
  void aFlatConfigOfAnOlderManagerResolvesAsTheGroupedOne() throws Exception {
    // As a manager wrote config.json before it took run's shape (seed 0 was its default then).
    ObjectNode flat =
        (ObjectNode)
            JSON.readTree(
                """
                {"game": "kuhn_poker(players=2)", "algo": "pipeline", "engine": "cluster",
                 "oracle": "ppo", "oracle_options": {"br_steps": "8000"}, "solver": "nash",
                 "seed": 0, "levels": 3, "threshold": 0.02, "per": 500, "start": 700,
                 "min": 900, "max": 5000, "plateau_window": 0, "refresh": 600,
                 "lease_ms": 30000, "report_steps": 2000, "checkpoint_steps": 300,
                 "eval_episodes": 40, "psro4j_version": "0.1.0", "git_commit": "abc",
                 "version": 2}
                """);
    ObjectNode grouped =
        config(
            "--oracle-option",
            "br_steps=8000",
            "--seed",
            "0",
            "--iterations",
            "3",
            "--plateau-threshold",
            "0.02",
            "--plateau-per",
            "500",
            "--plateau-start",
            "700",
            "--plateau-min",
            "900",
            "--level-max",
            "5000",
            "--refresh",
            "600",
            "--snapshot-steps",
            "300",
            "--episodes",
            "40");
    ClusterRunOptions.Resolved old = ClusterRunOptions.resolve(flat, "run");
    ClusterRunOptions.Resolved now = ClusterRunOptions.resolve(grouped, "run");
    assertThat(old.spec()).isEqualTo(now.spec());
    assertThat(old.spec().checkpointSteps()).isEqualTo(300);
    assertThat(old.spec().oracleOptions()).isEqualTo(Map.of("br_steps", "8000"));
    assertThat(old.pipeline()).isEqualTo(now.pipeline());
    assertThat(old.levels()).isEqualTo(now.levels()).isEqualTo(3);
    assertThat(old.episodeBudget()).isEqualTo(now.episodeBudget()).isZero();
  }

  @Test
  void aBadCountGivesOneLineAndExit2() {
    Path run = dir.resolve("c");
    Cli.Result r =
        Cli.run(
            "cluster",
            "manager",
            "--run",
            run.toString(),
            "--game",
            "kuhn_poker",
            "--count",
            "rounds");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("rounds");
    assertThat(run).doesNotExist();
  }
}
