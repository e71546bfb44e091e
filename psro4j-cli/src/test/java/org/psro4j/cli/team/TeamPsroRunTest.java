package org.psro4j.cli.team;

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
import org.psro4j.cli.report.MetricsTable;
import org.psro4j.cli.run.TeamPsroAssembly;
import org.psro4j.game.Games;
import org.psro4j.game.TeamView;
import org.psro4j.games.ctf.CaptureTheFlag;
import org.psro4j.policy.PolicyFiles;
import org.psro4j.policy.SharedSeatPolicy;
import org.psro4j.rl.nn.NeuralPolicy;

/**
 * {@code run --algo team-psro} on a tiny capture-the-flag game: the run directory (team view game,
 * bots as the initial population of both teams, one learned policy per iteration joining both,
 * win-rate columns, report with the win-rate table and the episode picture), and a run stopped
 * after one iteration and resumed to two.
 */
class TeamPsroRunTest {

  static final String GAME = "capture_the_flag(size=7,horizon=10)";

  @TempDir Path dir;

  static List<String> args(Path out, int iterations) {
    return new ArrayList<>(
        List.of(
            "run",
            "--game",
            GAME,
            "--algo",
            "team-psro",
            "--oracle",
            "ppo",
            "--init",
            "heuristics",
            "--iterations",
            Integer.toString(iterations),
            "--episodes",
            "4",
            "--threads",
            "1",
            "--baselines",
            "none",
            "--oracle-option",
            "br_steps=2000",
            "--oracle-option",
            "phase_steps=1000",
            "--oracle-option",
            "num_envs=4",
            "--oracle-option",
            "rollout_steps=512",
            "--oracle-option",
            "minibatch=128",
            "--oracle-option",
            "train_games=capture_the_flag(size=7,horizon=10,shaping=0.2)",
            "--seed",
            "5",
            "--quiet",
            "--out",
            out.toString()));
  }

  @Test
  void aTeamRunWritesItsDirectoryAndResumes() throws Exception {
    Path out = dir.resolve("team");
    Cli.Result first = Cli.run(args(out, 1).toArray(String[]::new));
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(MetricsTable.read(out.resolve("metrics.csv")).rows()).hasSize(2);
    Cli.Result resumed = Cli.run("resume", out.toString(), "--iterations", "2", "--quiet");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();

    JsonNode config = new ObjectMapper().readTree(out.resolve("config.json").toFile());
    assertThat(config.path("game").asText()).startsWith("team_view(game=capture_the_flag(");
    assertThat(config.path("algo").asText()).isEqualTo("team-psro");
    assertThat(config.path("solver").asText()).isEqualTo("nash");
    // the Nash target's default floor on the training mix (TeamPsroAssembly.NASH_MIN_WEIGHT)
    assertThat(
            config.path("resolved").path("oracle").path("settings").path("min_weight").asDouble())
        .isEqualTo(TeamPsroAssembly.NASH_MIN_WEIGHT);
    TeamView view = (TeamView) Games.load(config.path("game").asText());

    MetricsTable metrics = MetricsTable.read(out.resolve("metrics.csv"));
    assertThat(metrics.rows()).hasSize(3);
    assertThat(metrics.column("iteration")).containsExactly(0, 1, 2);
    // three bots, then one learned policy per iteration, for both teams
    assertThat(metrics.column("population_p0")).containsExactly(3, 4, 5);
    assertThat(metrics.column("population_p1")).containsExactly(3, 4, 5);
    for (String bot : List.of("attacker", "defender", "random")) {
      double[] win = metrics.column("win_" + bot);
      assertThat(win[0]).isNaN();
      for (int r = 1; r < 3; r++) {
        assertThat(win[r]).isBetween(0.0, 1.0);
        // 4 games per colour: the standard error of a share of 8
        assertThat(metrics.column("win_" + bot + "_se")[r])
            .isCloseTo(
                Math.sqrt(win[r] * (1 - win[r]) / 8), org.assertj.core.data.Offset.offset(1e-12));
      }
    }
    assertThat(metrics.column("oracle_steps")[2]).isGreaterThanOrEqualTo(2000);

    // the learned policies load for the view and, as seat policies, for capture_the_flag itself
    Path newest = out.resolve("policies/p0_4.json");
    assertThat(PolicyFiles.read(view, newest)).isInstanceOf(SharedSeatPolicy.class);
    CaptureTheFlag seats = (CaptureTheFlag) Games.load(GAME);
    assertThat(PolicyFiles.read(seats, newest)).isInstanceOf(NeuralPolicy.class);
    // the policy both teams share is saved once: blue's file names red's seat policy
    Path blue = out.resolve("policies/p1_4.json");
    assertThat(new ObjectMapper().readTree(blue.toFile()).path("seat_policy").asText())
        .isEqualTo("p0_4.seat.json");
    assertThat(out.resolve("policies/p1_4.seat.json")).doesNotExist();
    assertThat(new ObjectMapper().readTree(blue.toFile()).path("provenance").path("player").asInt())
        .isEqualTo(1);
    assertThat(PolicyFiles.read(view, blue)).isInstanceOf(SharedSeatPolicy.class);

    String report = Files.readString(out.resolve("report.html"));
    assertThat(report).contains("<table id=\"win-rates\">").contains("alt=\"ctf_episode.png\"");
    assertThat(out.resolve("plots/ctf_episode.png")).exists();

    // exploit trains shared team exploiters against the final meta-strategy
    Cli.Result exploit =
        Cli.run("exploit", out.toString(), "--br-steps", "1000", "--episodes", "4", "--json");
    assertThat(exploit.exitCode()).as(exploit.err()).isZero();
    JsonNode estimate = new ObjectMapper().readTree(exploit.out());
    assertThat(estimate.path("gap_name").asText()).isEqualTo("nash_conv");
    assertThat(estimate.path("exploiter_steps").asLong()).isGreaterThanOrEqualTo(2000);
  }

  @Test
  void ctfWinratesAndPictureReadATeamRun() {
    Path out = dir.resolve("team");
    Cli.Result run = Cli.run(args(out, 1).toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    Cli.Result rates = Cli.run("ctf", "winrates", out.toString(), "--episodes", "3", "--json");
    assertThat(rates.exitCode()).as(rates.err()).isZero();
    assertThat(rates.out()).contains("\"team_it1\"");
    assertThat(rates.out()).contains("attacker").contains("defender").contains("random");
    Path picture = dir.resolve("pic");
    Cli.Result drawn =
        Cli.run(
            "ctf",
            "picture",
            "--game",
            GAME,
            "--red",
            out.resolve("policies/p0_3.json").toString(),
            "--blue",
            "defender",
            "--out",
            picture.toString(),
            "--quiet");
    assertThat(drawn.exitCode()).as(drawn.err()).isZero();
    assertThat(picture.resolve("ctf_episode.png")).exists();
  }
}
