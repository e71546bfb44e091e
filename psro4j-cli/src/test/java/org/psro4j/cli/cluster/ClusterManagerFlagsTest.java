package org.psro4j.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;
import org.psro4j.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code psro4j cluster manager} takes Pipeline PSRO's settings under the names and help texts of
 * {@code psro4j run --algo pipeline}; the old names ({@code --per}, {@code --min}, ...) still read
 * the same, hidden from the help, and a setting given by both names is refused in one line.
 */
class ClusterManagerFlagsTest {

  /** Pipeline's settings both commands take. */
  private static final List<String> SHARED =
      List.of(
          "--plateau-threshold",
          "--plateau-per",
          "--plateau-start",
          "--plateau-min",
          "--plateau-window",
          "--level-max",
          "--refresh",
          "--count",
          "--episode-budget",
          "--iterations",
          "--episodes");

  @TempDir Path dir;

  @Test
  void theManagerTakesTheRunsNamesWithTheSameHelp() {
    CommandLine root = Main.commandLine();
    CommandSpec run = root.getSubcommands().get("run").getCommandSpec();
    CommandSpec manager =
        root.getSubcommands().get("cluster").getSubcommands().get("manager").getCommandSpec();
    for (String name : SHARED) {
      assertThat(manager.findOption(name)).as(name).isNotNull();
      assertThat(run.findOption(name)).as(name).isNotNull();
    }
    for (String name : SHARED.subList(0, 9)) {
      assertThat(List.of(manager.findOption(name).description()))
          .as(name)
          .isEqualTo(List.of(run.findOption(name).description()));
    }
    for (String old :
        List.of(
            "--threshold",
            "--per",
            "--start",
            "--min",
            "--max",
            "--checkpoint-steps",
            "--workers",
            "--levels")) {
      OptionSpec o = manager.findOption(old);
      assertThat(o).as(old).isNotNull();
      assertThat(o.hidden()).as(old).isTrue();
    }
    Cli.Result help = Cli.run("cluster", "manager", "--help");
    assertThat(help.out())
        .contains("--plateau-per")
        .contains("--snapshot-steps")
        .contains("--trainers=N")
        .contains("Not run's --workers")
        .doesNotContain("--workers=")
        .doesNotContain("--checkpoint-steps=")
        .doesNotContain("--per=")
        .doesNotContain("--min=");
  }

  @Test
  void oldNamesReadAsTheNewOnes() {
    ObjectNode renamed =
        config(
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
            "--episodes",
            "40",
            "--snapshot-steps",
            "300");
    ObjectNode old =
        config(
            "--threshold",
            "0.02",
            "--per",
            "500",
            "--start",
            "700",
            "--min",
            "900",
            "--max",
            "5000",
            "--eval-episodes",
            "40",
            "--checkpoint-steps",
            "300");
    assertThat(renamed.path("pipeline").path("plateau_per").asLong()).isEqualTo(500);
    assertThat(renamed.path("pipeline").path("level_max").asLong()).isEqualTo(5000);
    assertThat(renamed.path("episodes").asLong()).isEqualTo(40);
    assertThat(renamed.path("cluster").path("snapshot_steps").asLong()).isEqualTo(300);
    assertThat(old).isEqualTo(renamed);
  }

  @Test
  void aSettingGivenByBothNamesGivesOneLineAndExit2() {
    Path run = dir.resolve("c");
    Cli.Result r =
        Cli.run(
            "cluster",
            "manager",
            "--run",
            run.toString(),
            "--game",
            "kuhn_poker",
            "--per",
            "500",
            "--plateau-per",
            "600");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("psro4j: --per is the old name of --plateau-per: give one of them, not both");
    assertThat(run).doesNotExist();
  }

  @Test
  void theManagersThreadsAreTrainersByEitherName() {
    ClusterManagerCommand m = new ClusterManagerCommand();
    new CommandLine(m).parseArgs("--run", "unused", "--workers", "3");
    assertThat(m.oldNames.trainers(m.trainers)).isEqualTo(3);
    m = new ClusterManagerCommand();
    new CommandLine(m).parseArgs("--run", "unused", "--trainers", "2");
    assertThat(m.oldNames.trainers(m.trainers)).isEqualTo(2);
    m = new ClusterManagerCommand();
    new CommandLine(m).parseArgs("--run", "unused");
    assertThat(m.oldNames.trainers(m.trainers)).isZero();

    Path run = dir.resolve("t");
    Cli.Result r =
        Cli.run(
            "cluster",
            "manager",
            "--run",
            run.toString(),
            "--game",
            "kuhn_poker",
            "--workers",
            "1",
            "--trainers",
            "1");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("psro4j: --workers is the old name of --trainers: give one of them, not both");
    assertThat(run).doesNotExist();
  }

  private static ObjectNode config(String... flags) {
    ClusterManagerCommand m = new ClusterManagerCommand();
    List<String> args =
        new java.util.ArrayList<>(List.of("--run", "unused", "--game", "kuhn_poker"));
    args.addAll(List.of(flags));
    new CommandLine(m).parseArgs(args.toArray(String[]::new));
    m.oldNames.into(m.options);
    return m.options.toConfig();
  }
}
