package org.psro4j.cli.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.psro4j.cli.Cli;

/**
 * Shared ground for the malformed-input corpus: fixtures (a finished run, an unrelated file, an
 * empty directory), running a command in-process, and the contract every case is held to: the exit
 * code, one line naming the problem, no internal error or Java type, no file changed.
 */
final class Corpus {

  /** A small ssa_coverage game, cheap to load. */
  static final String SSA = "ssa_coverage(sats=2,planes=1,objects=4,hours=2)";

  private static Path template;

  private Corpus() {}

  /** A finished 3-iteration kuhn_poker run, made once per JVM. */
  static synchronized Path runTemplate() throws IOException {
    if (template == null) {
      Path base = Files.createTempDirectory("psro4j-corpus-run");
      Path run = base.resolve("run");
      Cli.Result r =
          Cli.run(
              "run",
              "--game",
              "kuhn_poker",
              "--iterations",
              "3",
              "--threads",
              "1",
              "--out",
              run.toString(),
              "--quiet");
      assertThat(r.exitCode()).as(r.err()).isZero();
      template = run;
    }
    return template;
  }

  /** Copies the run template into {@code target}. */
  static void copyRun(Path target) throws IOException {
    Path from = runTemplate();
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path to = target.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
  }

  /** Creates the fixtures of one case in {@code dir}: @FILE, @DIR and (if asked) @RUN. */
  static void fixtures(Path dir, boolean withRun) throws IOException {
    Files.writeString(dir.resolve("precious.txt"), "a file the user cares about\n");
    Files.createDirectories(dir.resolve("empty"));
    if (withRun) {
      copyRun(dir.resolve("run"));
    }
  }

  /**
   * Runs {@code args} and holds the result to the contract: exit {@code expectedExit}, the first
   * stderr line {@code psro4j: ...} containing {@code message}, at most a "Try ... --help" line
   * after it, nothing internal, and no file under {@code dir} (nor in the working directory)
   * changed.
   */
  static Cli.Result check(Path dir, int expectedExit, String message, List<String> args) {
    Snapshot before = Snapshot.of(dir);
    Set<String> cwdBefore = cwdEntries();
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    String what = String.join(" ", args);
    assertThat(r.exitCode())
        .as("exit code of %s; stderr: %s", what, r.err())
        .isEqualTo(expectedExit);
    List<String> lines = r.err().lines().toList();
    assertThat(lines).as("stderr of %s", what).isNotEmpty();
    assertThat(lines.getFirst()).as("stderr of %s", what).startsWith("psro4j: ").contains(message);
    assertThat(lines.size()).as("one line from %s: %s", what, r.err()).isLessThanOrEqualTo(2);
    if (lines.size() == 2) {
      assertThat(lines.get(1)).as("stderr of %s", what).startsWith("Try '");
    }
    assertThat(r.err())
        .as("stderr of %s", what)
        .doesNotContain("internal error")
        .doesNotContain("Exception")
        .doesNotContain("java.")
        .doesNotContain("RunConfig")
        .doesNotContain("Feature")
        .doesNotContain(".tmp");
    before.assertUnchanged(what);
    assertThat(cwdEntries()).as("working directory after %s", what).isEqualTo(cwdBefore);
    return r;
  }

  private static Set<String> cwdEntries() {
    try (Stream<Path> list = Files.list(Path.of(""))) {
      return list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes {@code dir} and everything in it. */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
