package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

class RunCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void kuhnRunWritesTheWholeRunDirectory() throws Exception {
    Path out = dir.resolve("kuhn");
    Cli.Result r =
        Cli.run("run", "--game", "kuhn_poker", "--iterations", "12", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("it    0").contains("nash_conv").contains("report.html");
    for (String f :
        List.of(
            "config.json",
            "metrics.csv",
            "events.jsonl",
            "metagame.json",
            "checkpoint/state.json",
            "report.html",
            "plots/gap.png",
            "plots/weights_p0.png",
            "plots/payoffs_p0.png")) {
      assertThat(out.resolve(f)).as(f).isRegularFile();
    }
    // Exact best responses play no episodes, so there is no gap-against-episodes plot.
    assertThat(out.resolve("plots/gap_episodes.png")).doesNotExist();
    JsonNode config = JSON.readTree(out.resolve("config.json").toFile());
    assertThat(config.get("seed").asLong()).isEqualTo(42);
    assertThat(config.get("solver").asText()).isEqualTo("nash");
    assertThat(config.get("version").asInt()).isEqualTo(2);
    // Provenance: resolved settings with defaults filled in, and the machine.
    JsonNode resolved = config.get("resolved");
    assertThat(resolved.path("solver").path("tolerance").asDouble()).isEqualTo(1e-9);
    assertThat(resolved.path("solver").path("max_pivots").asInt()).isEqualTo(100_000);
    assertThat(resolved.path("solution_concept").asText()).isEqualTo("nash_conv");
    assertThat(resolved.path("loop").path("exact_gap").asBoolean()).isTrue();
    assertThat(config.path("environment").path("java_version").asText())
        .isEqualTo(System.getProperty("java.version"));
    assertThat(config.path("environment").path("os").asText()).isNotBlank();
    assertThat(config.path("environment").path("cores").asInt()).isPositive();
    // Policy files carry their format version and say how they were made.
    JsonNode policy = JSON.readTree(out.resolve("policies/p1_1.json").toFile());
    assertThat(policy.path("version").asInt()).isEqualTo(1);
    assertThat(policy.path("provenance").path("made_by").asText())
        .isEqualTo("best response (oracle exact)");
    assertThat(policy.path("provenance").path("iteration").asInt()).isEqualTo(1);
    assertThat(policy.path("provenance").path("name").asText()).isEqualTo("p1_it1");
    assertThat(
            JSON.readTree(out.resolve("policies/p0_0.json").toFile())
                .path("provenance")
                .path("made_by")
                .asText())
        .isEqualTo("initial population");
    List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
    assertThat(metrics.getFirst()).startsWith("iteration,wall_s,iteration_s,population");
    // First row: the uniform policy, NashConv 11/12 (OpenSpiel exploitability_test).
    assertThat(Double.parseDouble(metrics.get(1).split(",")[7]))
        .isCloseTo(11.0 / 12, within(1e-12));
    try (Stream<Path> policies = Files.list(out.resolve("policies"))) {
      assertThat(policies.count()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void configFileIsOverriddenByFlags() throws Exception {
    Path cfg =
        Files.writeString(
            dir.resolve("exp.json"),
            "{\"game\": \"rock_paper_scissors\", \"iterations\": 50, \"seed\": 3}");
    Path out = dir.resolve("rps");
    Cli.Result r =
        Cli.run(
            "run",
            "--config",
            cfg.toString(),
            "--iterations",
            "4",
            "--out",
            out.toString(),
            "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode config = JSON.readTree(out.resolve("config.json").toFile());
    assertThat(config.get("iterations").asInt()).isEqualTo(4);
    assertThat(config.get("seed").asLong()).isEqualTo(3);
    assertThat(config.get("game").asText()).isEqualTo("rock_paper_scissors()");
  }

  @Test
  void badInputFailsWithOneLineAndWritesNothing() throws Exception {
    Path cfg = Files.writeString(dir.resolve("typo.json"), "{\"iteratons\": 5}");
    String[][] cases = {
      {"run", "--solver", "nashh"},
      {"run", "--oracle", "magic"},
      {"run", "--algo", "xpsro"},
      {"run", "--algo", "jpsro", "--solver", "nash"},
      {"run", "--iterations", "-1"},
      {"run", "--game", "ssa_coverage(sats=2,planes=1,objects=4,hours=2)"},
      {"run", "--config", cfg.toString()},
      {"run", "--config", dir.resolve("none.json").toString()},
      {"run", "--target", "sideways"},
    };
    for (String[] c : cases) {
      Path out = dir.resolve("never");
      String[] args =
          Stream.concat(Stream.of(c), Stream.of("--out", out.toString())).toArray(String[]::new);
      Cli.Result r = Cli.run(args);
      assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(2);
      assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
      assertThat(out).as("nothing written for " + String.join(" ", c)).doesNotExist();
    }
    Cli.Result exactOnSsa =
        Cli.run(
            "run",
            "--game",
            "ssa_coverage(sats=2,planes=1,objects=4,hours=2)",
            "--out",
            dir.resolve("ssa").toString());
    assertThat(exactOnSsa.err()).contains("exact oracle cannot walk").contains("--oracle");
  }

  @Test
  void existingRunIsNotOverwrittenWithoutForce() throws Exception {
    Path out = dir.resolve("kept");
    assertThat(Cli.run("run", "--iterations", "2", "--out", out.toString(), "--quiet").exitCode())
        .isZero();
    byte[] metrics = Files.readAllBytes(out.resolve("metrics.csv"));
    byte[] config = Files.readAllBytes(out.resolve("config.json"));
    Cli.Result again = Cli.run("run", "--iterations", "5", "--seed", "9", "--out", out.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("--force").contains("resume");
    assertThat(Files.readAllBytes(out.resolve("metrics.csv"))).isEqualTo(metrics);
    assertThat(Files.readAllBytes(out.resolve("config.json"))).isEqualTo(config);
    assertThat(
            Cli.run("run", "--iterations", "3", "--out", out.toString(), "--force", "--quiet")
                .exitCode())
        .isZero();
    assertThat(Files.readAllLines(out.resolve("metrics.csv"))).hasSize(1 + 4);
  }

  @Test
  void corruptCheckpointIsRefusedAndNothingChanges() throws IOException {
    Path out = dir.resolve("corrupt");
    assertThat(Cli.run("run", "--iterations", "3", "--out", out.toString(), "--quiet").exitCode())
        .isZero();
    Files.writeString(out.resolve("checkpoint/state.json"), "{\"version\": 1, \"iteration\": ");
    byte[] metrics = Files.readAllBytes(out.resolve("metrics.csv"));
    Cli.Result r = Cli.run("resume", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("checkpoint").contains("corrupt");
    assertThat(Files.readAllBytes(out.resolve("metrics.csv"))).isEqualTo(metrics);
    assertThat(Cli.run("resume", dir.resolve("nothing").toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void reportIsRedrawnFromTheFiles() throws Exception {
    Path out = dir.resolve("redraw");
    assertThat(
            Cli.run("run", "--iterations", "2", "--out", out.toString(), "--quiet", "--no-report")
                .exitCode())
        .isZero();
    assertThat(out.resolve("report.html")).doesNotExist();
    Cli.Result r = Cli.run("report", out.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(out.resolve("report.html")).isRegularFile();
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("<table id=\"metrics\">")
        .contains("data:image/png;base64,");
  }
}
