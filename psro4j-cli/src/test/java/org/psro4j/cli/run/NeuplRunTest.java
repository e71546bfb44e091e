package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;
import org.psro4j.game.Games;
import org.psro4j.policy.PolicyFiles;
import org.psro4j.rl.neupl.PopulationMember;

/**
 * {@code run --algo neupl-jpsro} end to end on 3-player Kuhn poker with exact best responses: the
 * run directory holds the distillation metrics, member files that load as policies, and a run
 * stopped after two iterations and resumed ends with the uninterrupted run's results (wall-clock
 * columns aside, numbers to 1e-3).
 */
class NeuplRunTest {

  private static final String GAME = "kuhn_poker(players=3)";

  @TempDir Path dir;

  @Test
  void resumedRunEqualsUninterruptedRunAndMembersLoad() throws Exception {
    Path whole = dir.resolve("whole");
    Cli.Result w = run(whole, "--iterations", "3");
    assertThat(w.exitCode()).as(w.err()).isZero();
    Path parts = dir.resolve("parts");
    assertThat(run(parts, "--iterations", "2", "--no-report").exitCode()).isZero();
    Cli.Result resumed = Cli.run("resume", parts.toString(), "--iterations", "3", "--quiet");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();

    List<String> a = MetricsCsv.withoutTimes(whole.resolve("metrics.csv"));
    assertThat(a).hasSize(5);
    assertThat(a.getFirst()).startsWith("iteration,").contains(",distill_kl,reg_kl");
    List<String> b = MetricsCsv.withoutTimes(parts.resolve("metrics.csv"));
    assertThat(b).hasSameSizeAs(a);
    // The resumed run repeats the uninterrupted one's metrics exactly: the checkpoint holds θ, the
    // optimiser and every random stream, and the training arithmetic repeats bit for bit.
    assertThat(b).isEqualTo(a);
    assertThat(whole.resolve("report.html")).exists();
    assertThat(Files.readString(whole.resolve("config.json"))).contains("neupl-jpsro");

    var member = PolicyFiles.read(Games.load(GAME), whole.resolve("policies").resolve("p1_2.json"));
    assertThat(member).isInstanceOf(PopulationMember.class);
    assertThat(((PopulationMember) member).index()).isEqualTo(2);
  }

  private static Cli.Result run(Path out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--game",
                GAME,
                "--algo",
                "neupl-jpsro",
                "--neupl-option",
                "embedding=16",
                "--neupl-option",
                "hidden=32,32",
                "--neupl-option",
                "distill_steps=100",
                "--neupl-option",
                "episodes=100",
                "--threads",
                "1",
                "--out",
                out.toString(),
                "--quiet"));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }
}
