package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.BadInputException;
import org.psro4j.cli.Cli;

/**
 * Pipeline PSRO's settings grouped in one {@link RunConfig} component: a config.json of a run made
 * before the grouping (flat keys) reads the same as one written now (grouped), a key given both
 * ways is refused, and {@code --plateau-window} reaches the config or gives one line and exit 2.
 */
class PipelineConfigTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static RunConfig read(String json) throws Exception {
    return RunConfig.defaults().overriddenBy(ConfigFile.parse("config.json", JSON.readTree(json)));
  }

  @Test
  void flatConfigOfAnOlderRunReadsAsTheGroupedOne() throws Exception {
    String flat =
        """
        {"game": "kuhn_poker", "algo": "pipeline", "workers": 3, "plateau_threshold": 0.02,
         "plateau_per": 500, "plateau_start": 1000, "plateau_min": 1500, "level_max": 9000,
         "refresh": 700, "count": "episodes", "episode_budget": 123456,
         "psro4j_version": "0.1.0", "git_commit": "abc"}
        """;
    RunConfig old = read(flat);
    // The default plateau window: older runs read the moving return.
    assertThat(old.pipeline())
        .isEqualTo(
            new PipelineConfig(
                3, 0.02, 500L, 1000L, 1500L, 0L, 9000L, 700L, "episodes", 123456L, 30.0));

    RunConfig windowed =
        old.overriddenBy(
            ConfigFile.parse("settings.json", JSON.readTree("{\"plateau_window\": 10000}")));
    JsonNode written = JSON.valueToTree(windowed);
    assertThat(written.path("pipeline").path("plateau_window").asLong()).isEqualTo(10_000);
    assertThat(written.path("pipeline").path("workers").asInt()).isEqualTo(3);
    assertThat(written.has("workers")).isFalse();
    RunConfig back = read(written.toString());
    assertThat(back).isEqualTo(windowed);
  }

  @Test
  void aKeyGivenFlatAndGroupedIsRefusedAndUnknownKeysAreNamed() {
    assertThatThrownBy(() -> read("{\"workers\": 2, \"pipeline\": {\"workers\": 3}}"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("'workers' is given both");
    assertThatThrownBy(() -> read("{\"pipeline\": {\"plateau_windw\": 3}}"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("plateau_windw")
        .hasMessageContaining("plateau_window");
    assertThatThrownBy(() -> read("{\"plateau_windw\": 3}"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("known:")
        .hasMessageContaining("plateau_window");
  }

  @Test
  void badPlateauWindowsGiveOneLineAndExit2() {
    String out = dir.resolve("run").toString();
    for (String[] bad :
        new String[][] {
          {"-5", "plateau_window=-5"}, {"many", "many"},
        }) {
      Cli.Result r =
          Cli.run("run", "--algo", "pipeline", "--plateau-window", bad[0], "--out", out, "--quiet");
      assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
      // The error is the first line (picocli adds a "Try --help" line after a type error).
      assertThat(r.err().strip().lines().findFirst().orElseThrow()).contains(bad[1]);
    }
    Cli.Result psro = Cli.run("run", "--plateau-window", "100", "--out", out, "--quiet");
    assertThat(psro.exitCode()).isEqualTo(2);
    assertThat(psro.err().strip())
        .contains("--plateau-window applies to --algo pipeline only")
        .doesNotContain("\n");
    Cli.Result cluster =
        Cli.run(
            "cluster", "manager", "--run", out, "--game", "kuhn_poker", "--plateau-window", "-1");
    assertThat(cluster.exitCode()).isEqualTo(2);
    assertThat(cluster.err().strip()).contains("--plateau-window -1").doesNotContain("\n");
    assertThat(dir.resolve("run")).doesNotExist();
  }

  @Test
  void checkpointEveryTakesADurationAndBadOnesGiveOneLineAndExit2() throws Exception {
    assertThat(PipelineConfig.seconds("--checkpoint-every", "45")).isEqualTo(45.0);
    assertThat(PipelineConfig.seconds("--checkpoint-every", "30s")).isEqualTo(30.0);
    assertThat(PipelineConfig.seconds("--checkpoint-every", "2m")).isEqualTo(120.0);
    assertThat(PipelineConfig.seconds("--checkpoint-every", "1h")).isEqualTo(3600.0);
    assertThat(PipelineConfig.seconds("--checkpoint-every", "0")).isZero();
    assertThat(read("{}").pipeline().checkpointEvery()).isEqualTo(30.0);
    assertThat(read("{\"pipeline\": {\"checkpoint_every\": 0}}").pipeline().checkpointEvery())
        .isZero();
    String out = dir.resolve("run").toString();
    for (String bad : new String[] {"soon", "-5", "5d", "s", "Infinity"}) {
      Cli.Result r =
          Cli.run("run", "--algo", "pipeline", "--checkpoint-every", bad, "--out", out, "--quiet");
      assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
      assertThat(r.err().strip()).contains("--checkpoint-every " + bad).doesNotContain("\n");
    }
    Cli.Result psro = Cli.run("run", "--checkpoint-every", "10", "--out", out, "--quiet");
    assertThat(psro.exitCode()).isEqualTo(2);
    assertThat(psro.err().strip())
        .contains("--checkpoint-every applies to --algo pipeline only")
        .doesNotContain("\n");
    Cli.Result file =
        Cli.run("run", "--config", settings("{\"checkpoint_every\": -1}"), "--out", out);
    assertThat(file.exitCode()).isEqualTo(2);
    assertThat(file.err().strip()).contains("checkpoint_every=-1").doesNotContain("\n");
    assertThat(dir.resolve("run")).doesNotExist();
  }

  private String settings(String json) throws Exception {
    Path file = dir.resolve("settings.json");
    java.nio.file.Files.writeString(file, json);
    return file.toString();
  }

  @Test
  void groupedSettingsAreAValidSettingsFile() throws Exception {
    ObjectNode file = JSON.createObjectNode().put("algo", "pipeline");
    file.putObject("pipeline").put("plateau_window", 2000).put("workers", 1);
    RunConfig c = read(file.toString());
    assertThat(c.pipeline().plateauWindow()).isEqualTo(2000L);
    assertThat(c.pipeline().workers()).isEqualTo(1);
    assertThat(c.pipeline().plateauPer()).isEqualTo(11_250L); // the rest keep their defaults
  }
}
