package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.PolicyFiles;
import org.psro4j.rl.nn.SquashedGaussianPolicy;

/**
 * PSRO with the SAC oracle on {@code continuous_blotto} from the command line, with the Nash
 * meta-solver on sampled entries: squashed-Gaussian policies are saved, read back and resumed.
 */
class SacRunTest {

  @TempDir Path dir;

  @Test
  void sacRunSavesContinuousPoliciesAndResumes() throws Exception {
    Path out = dir.resolve("blotto-sac");
    Cli.Result r =
        Cli.run(
            "run",
            "--game",
            "continuous_blotto",
            "--oracle",
            "sac",
            "--br-steps",
            "600",
            "--oracle-option",
            "learning_starts=200",
            "--oracle-option",
            "batch=64",
            "--oracle-option",
            "hidden=32,32",
            "--oracle-option",
            "critic_hidden=32,32",
            "--episodes",
            "200",
            "--iterations",
            "2",
            "--seed",
            "17",
            "--quiet",
            "--no-report",
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> rows = Files.readAllLines(out.resolve("metrics.csv"));
    assertThat(rows).hasSize(4);
    List<String> header = List.of(rows.getFirst().split(","));
    String[] last = rows.getLast().split(",", -1);
    assertThat(last[header.indexOf("new_policies")]).isEqualTo("2");
    // One-shot game: an episode is one move by each of the two players, and steps count both.
    assertThat(2 * Long.parseLong(last[header.indexOf("oracle_episodes")]))
        .isEqualTo(Long.parseLong(last[header.indexOf("oracle_steps")]));
    Game game = Games.load("continuous_blotto");
    assertThat(out.resolve("policies/p1_2.params")).exists();
    assertThat(PolicyFiles.read(game, out.resolve("policies/p1_2.json")))
        .isInstanceOf(SquashedGaussianPolicy.class);

    Cli.Result resumed = Cli.run("resume", out.toString(), "--iterations", "3", "--quiet");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    List<String> after = Files.readAllLines(out.resolve("metrics.csv"));
    assertThat(after).hasSize(5);
    assertThat(after.subList(0, 4)).isEqualTo(rows);
    assertThat(out.resolve("policies/p0_3.params")).exists();
  }
}
