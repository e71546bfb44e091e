package org.psro4j.cli.stratego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

/**
 * Barrage Stratego end to end: a PSRO run from the bots with a tiny PPO budget, resumable from its
 * files, with the picture of a game in its report, then its meta-strategy against the bots; a
 * traced game; bad input.
 */
class StrategoCommandTest {

  @TempDir Path dir;

  @Test
  void runFromTheBotsThenVersus() throws Exception {
    Path out = dir.resolve("barrage");
    Cli.Result r =
        Cli.run(
            "run",
            "--game",
            "barrage_stratego(max_moves=60,shaping=0.05)",
            "--init",
            "heuristics",
            "--oracle",
            "ppo",
            "--oracle-option",
            "num_envs=4",
            "--oracle-option",
            "rollout_steps=64",
            "--br-steps",
            "500",
            "--episodes",
            "4",
            "--iterations",
            "1",
            "--threads",
            "1",
            "--out",
            out.toString(),
            "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // Random and heuristic per side plus one best response each.
    assertThat(Files.readAllLines(out.resolve("metrics.csv")).get(2))
        .startsWith("1,")
        .contains(",6,3,3,");
    assertThat(Files.readString(out.resolve("policies/p0_1.json"))).contains("\"heuristic\"");
    // The report pictures a game of player 0's newest policy against the heuristic bot...
    Path picture = out.resolve("plots/barrage_game.png");
    assertThat(ImageIO.read(picture.toFile()).getWidth()).isEqualTo(BarrageGamePicture.WIDTH);
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("alt=\"barrage_game.png\"")
        .contains("<p class=\"note caption\">One game of player 0's newest policy");
    // ...and psro4j report draws it again from the files.
    Files.delete(picture);
    Cli.Result report = Cli.run("report", out.toString());
    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(ImageIO.read(picture.toFile()).getHeight()).isEqualTo(BarrageGamePicture.HEIGHT);

    Cli.Result v = Cli.run("stratego", "versus", out.toString(), "--games", "6", "--json");
    assertThat(v.exitCode()).as(v.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(v.out());
    assertThat(json.get("bots")).hasSize(2);
    for (JsonNode row : json.get("bots")) {
      assertThat(row.get("wins").asInt() + row.get("draws").asInt() + row.get("losses").asInt())
          .isEqualTo(6);
      assertThat(row.get("flag_wins").asInt()).isBetween(0, row.get("wins").asInt());
      assertThat(row.get("flag_losses").asInt()).isBetween(0, row.get("losses").asInt());
      assertThat(row.get("limit_draws").asInt()).isBetween(0, row.get("draws").asInt());
      assertThat(row.get("no_move_losses").asInt())
          .isEqualTo(row.get("losses").asInt() - row.get("flag_losses").asInt());
      assertThat(row.get("marshal_or_general_on_bomb_losses").asInt())
          .isBetween(0, row.get("marshal_or_general_on_bomb").asInt());
      assertThat(row.get("miner_on_bomb").asInt()).isBetween(0, 6);
      assertThat(row.get("mean_moves").asDouble()).isPositive();
      double p = row.get("win_rate").asDouble();
      assertThat(row.get("win_rate_se").asDouble())
          .isCloseTo(Math.sqrt(p * (1 - p) / 6), within(1e-12));
    }
    assertThat(out.resolve("versus.json")).isRegularFile();

    // The newest best responses alone, on the unshaped game with a longer limit.
    Cli.Result n =
        Cli.run(
            "stratego",
            "versus",
            out.toString(),
            "--games",
            "4",
            "--bots",
            "random",
            "--newest",
            "--game",
            "barrage_stratego(max_moves=80)",
            "--json");
    assertThat(n.exitCode()).as(n.err()).isZero();
    JsonNode newest = new ObjectMapper().readTree(n.out());
    assertThat(newest.get("game").asText())
        .isEqualTo("barrage_stratego(max_moves=80,shaping=0.0,potential=0.0,bomb=0.0)");
    assertThat(newest.get("marginals").toString()).isEqualTo("[[0.0,0.0,1.0],[0.0,0.0,1.0]]");
    Cli.Result bad =
        Cli.run("stratego", "versus", out.toString(), "--games", "4", "--game", "kuhn_poker");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err().strip())
        .isEqualTo("psro4j: --game kuhn_poker plays kuhn_poker(players=2), not barrage_stratego");
  }

  @Test
  void playPrintsTheBoardsAndTheResult() {
    Cli.Result r =
        Cli.run("stratego", "play", "--p0", "heuristic", "--p1", "random", "--seed", "3");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("~~~~")
        .containsPattern("(player [01] wins|draw) after \\d+ moves");
    // The result is the rules' outcome: a draw at the move limit stays a draw when the training
    // shaping leaves player 1 ahead in material (its returns then favour player 1).
    Cli.Result shaped =
        Cli.run(
            "stratego",
            "play",
            "--game",
            "barrage_stratego(max_moves=20,shaping=0.05)",
            "--p0",
            "random",
            "--seed",
            "1");
    assertThat(shaped.exitCode()).as(shaped.err()).isZero();
    assertThat(shaped.out())
        .endsWith("draw after 20 moves (random vs random)" + System.lineSeparator());
  }

  @Test
  void badInputIsOneLineWithExitCode2() {
    Cli.Result bot = Cli.run("stratego", "play", "--p0", "clever");
    assertThat(bot.exitCode()).isEqualTo(2);
    assertThat(bot.err().strip())
        .isEqualTo("psro4j: --p0 clever is neither a bot (random, heuristic) nor a policy file");
    Cli.Result init =
        Cli.run(
            "run",
            "--game",
            "barrage_stratego",
            "--init",
            "first",
            "--oracle",
            "ppo",
            "--episodes",
            "4",
            "--out",
            dir.resolve("first").toString());
    assertThat(init.exitCode()).isEqualTo(2);
    assertThat(init.err())
        .contains(
            "--init first: barrage_stratego(max_moves=1000,shaping=0.0,potential=0.0,bomb=0.0) is too large");
    Cli.Result mlp =
        Cli.run(
            "run",
            "--game",
            "barrage_stratego",
            "--init",
            "imitation",
            "--oracle",
            "ppo",
            "--episodes",
            "4",
            "--out",
            dir.resolve("mlp").toString());
    assertThat(mlp.exitCode()).isEqualTo(2);
    assertThat(mlp.err().strip())
        .isEqualTo(
            "psro4j: --init imitation clones the heuristic into a convolutional network: it needs"
                + " --oracle ppo --policy-net conv, not --oracle ppo --policy-net mlp");
    Cli.Result kuhn =
        Cli.run(
            "run",
            "--game",
            "kuhn_poker",
            "--init",
            "imitation",
            "--out",
            dir.resolve("kuhn").toString());
    assertThat(kuhn.exitCode()).isEqualTo(2);
    assertThat(kuhn.err().strip())
        .isEqualTo(
            "psro4j: --init imitation clones barrage_stratego's heuristic bot;"
                + " kuhn_poker(players=2) has none");
  }
}
