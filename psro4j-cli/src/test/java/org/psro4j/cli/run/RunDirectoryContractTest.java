package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.cli.Cli;

/**
 * What a run directory promises (issue 17): one writer at a time, torn lines rebuilt without losing
 * an iteration, stale temporary files removed by the next writer, one file mode, a config.json that
 * is a valid settings file and follows an extended budget, and the stopping rule named.
 */
class RunDirectoryContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path run(String name, String... extra) {
    Path out = dir.resolve(name);
    List<String> args =
        new ArrayList<>(
            List.of("run", "--threads", "1", "--out", out.toString(), "--quiet", "--no-report"));
    args.addAll(List.of(extra));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    return out;
  }

  @Test
  void aSecondWriterIsRefusedNamingTheHolderAndCtrlCSaysHowToResume() throws Exception {
    Path out = dir.resolve("busy");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.psro4j.cli.Main",
                "run",
                "--game",
                "leduc_poker",
                "--iterations",
                "300",
                "--threads",
                "1",
                "--out",
                out.toString(),
                "--no-report")
            .redirectOutput(dir.resolve("child.out").toFile())
            .redirectError(dir.resolve("child.err").toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (lines(out.resolve("metrics.csv")) < 3 && child.isAlive()) {
        assertThat(System.nanoTime()).as("child wrote no iterations").isLessThan(deadline);
        Thread.sleep(10);
      }
      assertThat(child.isAlive()).as(Files.readString(dir.resolve("child.err"))).isTrue();
      for (String[] second :
          List.of(
              new String[] {"resume", out.toString(), "--quiet"},
              new String[] {
                "run", "--game", "kuhn_poker", "--out", out.toString(), "--force", "--quiet"
              },
              new String[] {"report", out.toString()})) {
        Cli.Result r = Cli.run(second);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip())
            .isEqualTo(
                "psro4j: "
                    + out
                    + " is in use by another psro4j process (PID "
                    + child.pid()
                    + "); wait for it to finish or stop it first");
      }
    } finally {
      child.destroy(); // SIGTERM, as Ctrl-C: shutdown hooks run
      child.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(Files.readString(dir.resolve("child.err")))
        .contains("'psro4j resume " + out + "' continues the run");
    int done =
        JSON.readTree(out.resolve("checkpoint/state.json").toFile()).get("iteration").asInt();
    Cli.Result resumed =
        Cli.run(
            "resume",
            out.toString(),
            "--iterations",
            Integer.toString(done + 1),
            "--quiet",
            "--no-report");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    List<String> rows = Files.readAllLines(out.resolve("metrics.csv"));
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i)).startsWith((i - 1) + ",");
    }
    assertThat(rows).hasSize(done + 3);
  }

  @Test
  void tornLastLinesOfEveryAppendedFileAreRebuiltNotLost() throws Exception {
    Path whole = run("whole", "--game", "leduc_poker", "--iterations", "8");
    for (String[] cut :
        List.of(new String[] {"metrics.csv", "40"}, new String[] {"events.jsonl", "100"})) {
      Path file = whole.resolve(cut[0]);
      byte[] before = Files.readAllBytes(file);
      Files.write(file, java.util.Arrays.copyOf(before, before.length - Integer.parseInt(cut[1])));
      Cli.Result r = Cli.run("resume", whole.toString(), "--iterations", "8", "--quiet");
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(Files.readAllBytes(file)).as(cut[0]).isEqualTo(before);
    }
  }

  @Test
  void damageBeforeTheLastLineIsRefusedNamingFileAndLine() throws Exception {
    Path out = run("damaged", "--game", "kuhn_poker", "--iterations", "4");
    Path metrics = out.resolve("metrics.csv");
    List<String> rows = new ArrayList<>(Files.readAllLines(metrics));
    rows.set(3, "garbage");
    Files.write(metrics, rows);
    byte[] damaged = Files.readAllBytes(metrics);
    Cli.Result r = Cli.run("resume", out.toString(), "--iterations", "6", "--quiet");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(metrics + " line 4 is damaged");
    assertThat(Files.readAllBytes(metrics)).isEqualTo(damaged);
  }

  @Test
  void staleTemporaryFilesAreRemovedByTheNextWriter() throws Exception {
    Path out = run("stale", "--game", "kuhn_poker", "--iterations", "2");
    Files.createDirectories(out.resolve("plots"));
    List<Path> stale =
        List.of(
            out.resolve("policies/.p1_12.json.k2j.tmp"),
            out.resolve("plots/.gap.png12345.tmp"),
            out.resolve("checkpoint/.state.json.z.tmp"),
            out.resolve(".metrics.csv.q.tmp"));
    for (Path p : stale) {
      Files.writeString(p, "half written");
    }
    assertThat(Cli.run("resume", out.toString(), "--iterations", "3", "--quiet").exitCode())
        .isZero();
    stale.forEach(p -> assertThat(p).doesNotExist());
    Path policy = dir.resolve("cfr.json");
    Path leftover = Files.writeString(dir.resolve(".cfr.json.x1.tmp"), "{");
    Cli.Result solved =
        Cli.run("solve", "--game", "kuhn_poker", "--iterations", "5", "--out", policy.toString());
    assertThat(solved.exitCode()).as(solved.err()).isZero();
    assertThat(leftover).doesNotExist();
    assertThat(
            Cli.run(
                    "solve",
                    "--game",
                    "kuhn_poker",
                    "--iterations",
                    "5",
                    "--out",
                    policy.toString(),
                    "--force")
                .exitCode())
        .isZero();
  }

  @Test
  void everyFileOfARunHasTheModeOfAPlainNewFile() throws Exception {
    Path out = dir.resolve("modes");
    assertThat(
            Cli.run(
                    "run",
                    "--game",
                    "kuhn_poker",
                    "--iterations",
                    "2",
                    "--out",
                    out.toString(),
                    "--quiet")
                .exitCode())
        .isZero();
    String plain =
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain"))));
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
            .as(f.toString())
            .isEqualTo(plain);
      }
    }
  }

  @Test
  void configJsonIsASettingsFileAndFollowsAnExtendedBudget() throws Exception {
    Path first = run("first", "--game", "kuhn_poker", "--iterations", "2", "--seed", "9");
    Path again = dir.resolve("again");
    Cli.Result r =
        Cli.run(
            "run",
            "--config",
            first.resolve("config.json").toString(),
            "--out",
            again.toString(),
            "--quiet",
            "--no-report");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(JSON.readTree(again.resolve("config.json").toFile()).get("seed").asLong())
        .isEqualTo(9);
    Cli.Result resumed = Cli.run("resume", first.toString(), "--iterations", "4", "--quiet");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(JSON.readTree(first.resolve("config.json").toFile()).get("iterations").asInt())
        .isEqualTo(4);
    assertThat(Files.readString(first.resolve("report.html")))
        .contains("<th class=\"l\">iterations</th><td class=\"l\">4</td>");
  }

  @Test
  void anEarlyStopNamesItsRuleOnTheTerminalInEventsAndInTheReport() throws Exception {
    Path out = dir.resolve("kuhn3");
    Cli.Result r =
        Cli.run(
            "run",
            "--game",
            "kuhn_poker(players=3)",
            "--algo",
            "jpsro",
            "--iterations",
            "20",
            "--threads",
            "1",
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> events = Files.readAllLines(out.resolve("events.jsonl"));
    JsonNode last = JSON.readTree(events.getLast());
    int stoppedAt = last.get("iteration").asInt();
    assertThat(stoppedAt).isLessThan(20);
    assertThat(last.get("stopped_by").asText()).isEqualTo("converged");
    events.subList(0, events.size() - 1).forEach(e -> assertThat(e).doesNotContain("stopped_by"));
    assertThat(r.out()).contains("stopped at iteration " + stoppedAt + " of 20: converged");
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("Stopped at iteration " + stoppedAt + ": converged");
    assertThat(
            JSON.readTree(out.resolve("checkpoint/state.json").toFile()).get("stopped_by").asText())
        .isEqualTo("converged");
  }

  private static int lines(Path file) throws java.io.IOException {
    return Files.exists(file) ? Files.readAllLines(file).size() : 0;
  }
}
