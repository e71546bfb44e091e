package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

/**
 * Resume equality (issue 4): a run stopped at any moment and resumed ends with the same metrics.csv
 * as the uninterrupted run with the same seed. Wall-clock columns (named {@code *_s}) are the only
 * ones compared loosely: they are times, not results.
 */
class ResumeTest {

  private static final String GAME = "leduc_poker";
  private static final int ITERATIONS = 14;

  @TempDir Path dir;

  @Test
  void stoppedAndResumedRunEqualsUninterruptedRun() throws Exception {
    Path whole = runWhole();
    Path parts = dir.resolve("parts");
    assertThat(run(parts, "--iterations", "5").exitCode()).isZero();
    Cli.Result resumed =
        Cli.run(
            "resume", parts.toString(), "--iterations", Integer.toString(ITERATIONS), "--quiet");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertSameResults(whole, parts);
  }

  @Test
  void runKilledWithSigkillResumesToTheSameMetrics() throws Exception {
    Path whole = runWhole();
    Path killed = dir.resolve("killed");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.psro4j.cli.Main",
                "run",
                "--game",
                GAME,
                "--iterations",
                Integer.toString(ITERATIONS),
                "--threads",
                "1",
                "--out",
                killed.toString(),
                "--quiet",
                "--no-report"));
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    Path metrics = killed.resolve("metrics.csv");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && lines(metrics) < 5 && p.isAlive()) {
      Thread.sleep(5);
    }
    assertThat(p.isAlive())
        .as("child still running when killed; log: " + Files.readString(dir.resolve("child.log")))
        .isTrue();
    p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flushing
    p.waitFor(10, TimeUnit.SECONDS);
    int rowsAtKill = lines(metrics) - 1;
    assertThat(rowsAtKill).isLessThan(ITERATIONS + 1);
    Cli.Result resumed = Cli.run("resume", killed.toString(), "--quiet");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertSameResults(whole, killed);
  }

  @Test
  void partialLinesLeftByAKillAreDropped() throws Exception {
    Path whole = runWhole();
    Path torn = dir.resolve("torn");
    assertThat(run(torn, "--iterations", "4").exitCode()).isZero();
    // A kill during an append leaves half a line; a kill after the append but before the
    // checkpoint leaves a whole line of an iteration the checkpoint does not hold.
    Files.writeString(
        torn.resolve("metrics.csv"),
        "5,0.1,0.1,12,6,6,0.0,0.5",
        java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(
        torn.resolve("events.jsonl"),
        "{\"iteration\": 5}\n{\"iterat",
        java.nio.file.StandardOpenOption.APPEND);
    Cli.Result resumed =
        Cli.run("resume", torn.toString(), "--iterations", Integer.toString(ITERATIONS), "--quiet");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertSameResults(whole, torn);
  }

  private Path runWhole() {
    Path whole = dir.resolve("whole");
    assertThat(run(whole, "--iterations", Integer.toString(ITERATIONS)).exitCode()).isZero();
    return whole;
  }

  private static Cli.Result run(Path out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--game",
                GAME,
                "--threads",
                "1",
                "--out",
                out.toString(),
                "--quiet",
                "--no-report"));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  private static void assertSameResults(Path a, Path b) throws IOException {
    assertThat(MetricsCsv.withoutTimes(a.resolve("metrics.csv")))
        .isEqualTo(MetricsCsv.withoutTimes(b.resolve("metrics.csv")));
    assertThat(MetricsCsv.withoutTimes(a.resolve("metrics.csv"))).hasSize(ITERATIONS + 2);
    assertThat(Files.readString(b.resolve("metagame.json")))
        .isEqualTo(Files.readString(a.resolve("metagame.json")));
    List<String> ea = Files.readAllLines(a.resolve("events.jsonl"));
    List<String> eb = Files.readAllLines(b.resolve("events.jsonl"));
    assertThat(eb).hasSameSizeAs(ea);
    for (int i = 0; i < ea.size(); i++) {
      assertThat(eb.get(i).replaceAll("\"[a-z_]+_s\":[-0-9.eE]+", ""))
          .isEqualTo(ea.get(i).replaceAll("\"[a-z_]+_s\":[-0-9.eE]+", ""));
    }
  }

  private static int lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    return (int) Files.readString(file).chars().filter(ch -> ch == '\n').count();
  }
}
