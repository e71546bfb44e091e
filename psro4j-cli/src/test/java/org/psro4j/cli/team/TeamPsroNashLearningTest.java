package org.psro4j.cli.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;
import org.psro4j.cli.report.MetricsTable;

/**
 * Learning under the default Nash target (tag {@code long}, a few minutes on two cores): team PSRO
 * on capture the flag (7×7, 60 steps) from the three bots, two PPO best responses of 2M steps on
 * the game with tag shaping 0.2 and progress shaping 0.5 (potential-based, toward the enemy flag
 * and home with it), each against the Nash meta-strategy of the team meta-game; the newest policy
 * wins more than half of 200 zero-sum games against each bot pair.
 *
 * <p>Measured with this seed: after iteration 2, 0.665 ± 0.033 against the attackers, 0.70 against
 * the defenders, 0.78 against random, and the Nash meta-strategy puts weight 1.0 on it. Without the
 * progress shaping the same run (docs/capture-the-flag.md's earlier measurement) learned to defend
 * only: 0 wins, 178–200 draws per bot.
 */
@Tag("long")
class TeamPsroNashLearningTest {

  @TempDir Path dir;

  @Test
  void underTheNashTargetProgressShapingBeatsEveryBot(TestReporter reporter) {
    Path out = dir.resolve("team");
    Cli.Result r =
        Cli.run(
            "run",
            "--game",
            "capture_the_flag(size=7,horizon=60)",
            "--algo",
            "team-psro",
            "--oracle",
            "ppo",
            "--init",
            "heuristics",
            "--iterations",
            "2",
            "--episodes",
            "100",
            "--threads",
            "2",
            "--baselines",
            "none",
            "--oracle-option",
            "br_steps=2000000",
            "--oracle-option",
            "train_games=capture_the_flag(size=7,horizon=60,shaping=0.2,progress=0.5)",
            // measured without the Nash target's default floor (TeamPsroAssembly.oracleOptions)
            "--oracle-option",
            "min_weight=0",
            "--seed",
            "7",
            "--quiet",
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    MetricsTable metrics = MetricsTable.read(out.resolve("metrics.csv"));
    for (String bot : java.util.List.of("attacker", "defender", "random")) {
      double[] win = metrics.column("win_" + bot);
      reporter.publishEntry("win_" + bot, java.util.Arrays.toString(win));
      assertThat(win).hasSize(3);
      assertThat(win[2]).as(bot).isGreaterThan(0.5);
    }
  }
}
