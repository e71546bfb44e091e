package org.psro4j.cli.ctf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

/** {@code psro4j ctf picture}, a PPO run started from the bots, and {@code ctf winrates} on it. */
class CtfCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SMALL = "capture_the_flag(players=2,size=7,horizon=30,shaping=0.1)";

  @TempDir Path dir;

  @Test
  void drawsAnEpisodeOnTheMap() throws Exception {
    Path out = dir.resolve("pics");
    Cli.Result r =
        Cli.run(
            "ctf",
            "picture",
            "--red",
            "attacker,defender",
            "--blue",
            "random",
            "--out",
            out.toString(),
            "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode json = JSON.readTree(r.out());
    assertThat(json.path("red_captures").asInt()).isPositive();
    assertThat(json.path("blue_captures").asInt()).isZero();
    BufferedImage image = ImageIO.read(out.resolve("ctf_episode.png").toFile());
    assertThat(image.getWidth()).isGreaterThan(13 * 40);
    assertThat(out.resolve("ctf_episode.txt")).content().startsWith("step 200 score");

    Cli.Result again = Cli.run("ctf", "picture", "--out", out.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("--force");
  }

  @Test
  void badSidesAndGamesAreOneLineErrors() {
    Cli.Result r = Cli.run("ctf", "picture", "--red", "sniper", "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("sniper").contains("attacker");
    Cli.Result seats = Cli.run("ctf", "picture", "--red", "attacker,defender,random");
    assertThat(seats.exitCode()).isEqualTo(2);
    assertThat(seats.err()).contains("3 policies for 2 seats");
    Cli.Result game = Cli.run("ctf", "picture", "--game", "kuhn_poker");
    assertThat(game.exitCode()).isEqualTo(2);
    assertThat(game.err()).contains("not a capture_the_flag game");
  }

  @Test
  void aPpoRunFromTheBotsIsMeasuredAgainstEachBot() throws Exception {
    Path run = dir.resolve("ctf");
    Cli.Result r =
        Cli.run(
            "run",
            "--game",
            SMALL,
            "--algo",
            "jpsro",
            "--solver",
            "mgcce",
            "--init",
            "heuristics",
            "--oracle",
            "ppo",
            "--br-steps",
            "3000",
            "--oracle-option",
            "num_envs=8",
            "--oracle-option",
            "rollout_steps=64",
            "--episodes",
            "2",
            "--iterations",
            "1",
            "--threads",
            "1",
            "--quiet",
            "--no-report",
            "--out",
            run.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(run.resolve("policies/p0_0.json")).content().contains("ctf_bot");

    Cli.Result rates = Cli.run("ctf", "winrates", run.toString(), "--episodes", "5", "--json");
    assertThat(rates.exitCode()).as(rates.err()).isZero();
    JsonNode json = JSON.readTree(run.resolve("ctf_winrates.json").toFile());
    assertThat(json.path("against")).hasSize(3);
    for (JsonNode row : json.path("against")) {
      assertThat(row.path("wins").asInt() + row.path("draws").asInt() + row.path("losses").asInt())
          .isEqualTo(10);
    }
    assertThat(JSON.readTree(rates.out())).isEqualTo(json);
  }
}
