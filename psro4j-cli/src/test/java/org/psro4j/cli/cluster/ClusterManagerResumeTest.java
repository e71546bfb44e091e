package org.psro4j.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

/**
 * {@code psro4j cluster manager --run DIR} on a finished run ends at once with the run as it was
 * (it used to wait for a promotion that never came), also when DIR's config.json is in the flat
 * shape managers wrote before they took run's ({@code levels}, {@code per}, ...); {@code psro4j
 * resume} on a cluster run refuses in one line naming that command (exit 2).
 */
class ClusterManagerResumeTest {

  @TempDir Path dir;

  @Test
  void aFinishedRunWithAFlatConfigResumesToItsEnd() throws Exception {
    Path run = dir.resolve("kuhn-c");
    Cli.Result r =
        Cli.run(
            "cluster",
            "manager",
            "--run",
            run.toString(),
            "--game",
            "kuhn_poker",
            "--oracle",
            "ppo",
            "--trainers",
            "1",
            "--port",
            "0",
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
            "1",
            "--oracle-option",
            "num_envs=8",
            "--oracle-option",
            "rollout_steps=64",
            "--oracle-option",
            "br_steps=8000",
            "--no-report");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> metrics = Files.readAllLines(run.resolve("metrics.csv"));
    assertThat(metrics.getLast().split(",")[0]).isEqualTo(String.valueOf(metrics.size() - 2));

    assertResumeNamesTheManager(run);

    // The config.json a manager wrote before it took run's shape.
    ObjectMapper json = new ObjectMapper();
    ObjectNode c = (ObjectNode) json.readTree(run.resolve("config.json").toFile());
    ObjectNode p = (ObjectNode) c.remove("pipeline");
    ObjectNode engine = (ObjectNode) c.remove("cluster");
    ObjectNode flat = json.createObjectNode();
    for (String k :
        List.of("game", "algo", "engine", "oracle", "oracle_options", "solver", "seed")) {
      flat.set(k, c.get(k));
    }
    flat.put("levels", c.path("iterations").asInt());
    flat.set("threshold", p.get("plateau_threshold"));
    flat.set("per", p.get("plateau_per"));
    flat.set("start", p.get("plateau_start"));
    flat.set("min", p.get("plateau_min"));
    flat.set("max", p.get("level_max"));
    flat.set("plateau_window", p.get("plateau_window"));
    flat.set("refresh", p.get("refresh"));
    flat.set("lease_ms", engine.get("lease_ms"));
    flat.set("report_steps", engine.get("report_steps"));
    flat.set("checkpoint_steps", engine.get("snapshot_steps"));
    flat.put("eval_episodes", c.path("episodes").asLong());
    flat.put("version", 2);
    json.writeValue(run.resolve("config.json").toFile(), flat);

    Cli.Result again =
        Cli.run("cluster", "manager", "--run", run.toString(), "--port", "0", "--no-report");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.err()).contains("resumed run");
    assertThat(again.out()).contains("finished: 2 promotions");
    assertThat(Files.readAllLines(run.resolve("metrics.csv"))).isEqualTo(metrics);
    assertResumeNamesTheManager(run);
    assertThat(Files.readAllLines(run.resolve("metrics.csv"))).isEqualTo(metrics);
  }

  @Test
  void resumeOfAClusterRunNamesTheManagerCommand() throws Exception {
    Path run = dir.resolve("kuhn-c");
    Files.createDirectories(run);
    ClusterManagerCommand m = new ClusterManagerCommand();
    new picocli.CommandLine(m).parseArgs("--run", run.toString(), "--game", "kuhn_poker");
    new ObjectMapper().writeValue(run.resolve("config.json").toFile(), m.options.toConfig());
    assertResumeNamesTheManager(run);
  }

  /** {@code psro4j resume RUN} refuses in one line naming the manager's command, exit 2. */
  private static void assertResumeNamesTheManager(Path run) {
    Cli.Result r = Cli.run("resume", run.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "psro4j: "
                + run
                + " is a cluster run: resume it with 'psro4j cluster manager --run "
                + run
                + "' (add the --bind and --port it had; its workers join again)");
  }
}
