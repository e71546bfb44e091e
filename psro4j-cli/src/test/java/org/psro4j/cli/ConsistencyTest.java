package org.psro4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Small promises of the command line a user relies on (issue 17). */
class ConsistencyTest {

  @TempDir Path dir;

  @Test
  void everyHelpPageRendersWithoutPicocliWarnings() {
    CommandLine root = Main.commandLine();
    java.util.List<CommandLine> all = new java.util.ArrayList<>(java.util.List.of(root));
    for (int i = 0; i < all.size(); i++) {
      all.addAll(all.get(i).getSubcommands().values());
    }
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    PrintStream saved = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      for (CommandLine c : all) {
        assertThat(c.getUsageMessage()).isNotBlank();
      }
    } finally {
      System.setErr(saved);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
  }

  @Test
  void theExploitabilityHelpExampleWorks() {
    String help = Cli.run("exploitability", "--help").out();
    assertThat(help)
        .contains("psro4j solve --game leduc_poker --iterations 1000 --out runs/leduc-cfr.json")
        .contains("psro4j exploitability --game leduc_poker --policy runs/leduc-cfr.json");
    String policy = dir.resolve("leduc-cfr.json").toString();
    Cli.Result solved =
        Cli.run("solve", "--game", "leduc_poker", "--iterations", "1000", "--out", policy);
    assertThat(solved.exitCode()).as(solved.err()).isZero();
    Cli.Result r = Cli.run("exploitability", "--game", "leduc_poker", "--policy", policy);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("nash_conv");
  }

  @Test
  void theProgressBarCountsIterationsOneToTheBudget() {
    assertThat(org.psro4j.cli.run.RunProgress.total(60)).isEqualTo(60);
    assertThat(org.psro4j.cli.run.RunProgress.total(0)).isEqualTo(1);
    assertThat(org.psro4j.cli.run.RunProgress.done(-1)).isZero();
    assertThat(org.psro4j.cli.run.RunProgress.done(0)).isZero();
    assertThat(org.psro4j.cli.run.RunProgress.done(60)).isEqualTo(60);
  }

  @Test
  void ssaPicturesAndMatchupsWriteUnderRunsByDefault() {
    CommandLine ssa = Main.commandLine().getSubcommands().get("ssa");
    for (String sub : java.util.List.of("pictures", "matchups")) {
      String out =
          ssa.getSubcommands().get(sub).getCommandSpec().findOption("--out").defaultValue();
      assertThat(out).startsWith("runs/");
    }
  }

  @Test
  void unwritablePlacesAndFullDisksAreOneLineBadInput() {
    Exception denied =
        new java.io.UncheckedIOException(new AccessDeniedException("/data/runs/x/config.json"));
    assertThat(ErrorHandler.isBadInput(denied)).isTrue();
    assertThat(ErrorHandler.message(denied))
        .isEqualTo("permission denied: /data/runs/x/config.json");
    Exception full =
        new java.io.UncheckedIOException(
            new FileSystemException(
                "/data/runs/.x.tmp", "/data/runs/x/metrics.csv", "No space left on device"));
    assertThat(ErrorHandler.isBadInput(full)).isTrue();
    assertThat(ErrorHandler.message(full))
        .isEqualTo("disk full writing /data/runs/x/metrics.csv; free some space and try again");
  }

  @Test
  void aMetaSolverThatCannotVerifyItsAnswerIsNamedAsSuchNotAsAnInternalError() {
    Exception solver =
        new IllegalStateException(
            new org.psro4j.metagame.MetaSolverException(
                "mgcce: the max-Gini programme did not reach a verified optimum"));
    assertThat(ErrorHandler.isBadInput(solver)).isFalse();
    assertThat(ErrorHandler.prefix(solver)).isEqualTo("meta-solver failed: ");
    assertThat(ErrorHandler.prefix(solver.getCause())).isEqualTo("meta-solver failed: ");
    assertThat(ErrorHandler.prefix(new IllegalStateException("x"))).isEqualTo("internal error: ");
    assertThat(ErrorHandler.prefix(new IllegalArgumentException("x"))).isEmpty();
  }

  @Test
  void anOutputFileThatIsAPipeOrDeviceIsNeverReplacedEvenWithForce() throws Exception {
    Path fifo = dir.resolve("pipe");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mk.waitFor()).isZero();
    Cli.Result r =
        Cli.run(
            "solve",
            "--game",
            "kuhn_poker",
            "--iterations",
            "3",
            "--out",
            fifo.toString(),
            "--force");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--out " + fifo + " is not a regular file");
    assertThat(java.nio.file.Files.isRegularFile(fifo)).isFalse();
    assertThat(java.nio.file.Files.exists(fifo)).isTrue();
  }
}
