package org.psro4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psro4j.cli.Cli;

/**
 * Compatibility: run directories written by the first format (version 1, committed under {@code
 * src/test/resources/runs-v1}, each stopped after iteration 2) still load and resume, and the
 * resumed run ends with the results of an uninterrupted run of the current code (in every column
 * the old format has).
 */
class OldRunDirectoryTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "exact, --game kuhn_poker",
    "sampled, --game kuhn_poker --episodes 40",
    "jpsro, --game kuhn_poker(players=3) --algo jpsro --solver mgcce"
  })
  void versionOneRunResumesToTheUninterruptedResults(String name, String args) throws Exception {
    Path old = dir.resolve("old");
    copy(Path.of("src/test/resources/runs-v1", name), old);
    List<String> oldHeader = Arrays.asList(firstLine(old.resolve("metrics.csv")).split(","));
    Cli.Result resumed = Cli.run("resume", old.toString(), "--iterations", "4", "--quiet");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();

    Path fresh = dir.resolve("fresh");
    List<String> cmd = new ArrayList<>(List.of("run"));
    cmd.addAll(Arrays.asList(args.split(" ")));
    cmd.addAll(
        List.of(
            "--iterations",
            "4",
            "--threads",
            "1",
            "--out",
            fresh.toString(),
            "--quiet",
            "--no-report"));
    Cli.Result run = Cli.run(cmd.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();

    assertThat(columns(old.resolve("metrics.csv"), oldHeader))
        .hasSize(5)
        .isEqualTo(columns(fresh.resolve("metrics.csv"), oldHeader));
    assertThat(Files.readString(old.resolve("metagame.json")))
        .isEqualTo(Files.readString(fresh.resolve("metagame.json")));
  }

  /**
   * The given (non-time) columns of every row, by header name, numbers to 9 decimals: the version 1
   * fixtures were written by the previous zero-sum solver, whose answers agree with today's to
   * about 1e-10 (the meta-game gap and NashConv of iteration 1).
   */
  private static List<String> columns(Path csv, List<String> wanted) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    List<String> header = Arrays.asList(lines.getFirst().split(",", -1));
    List<String> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      StringBuilder row = new StringBuilder();
      for (String column : wanted) {
        if (!column.endsWith("_s")) {
          row.append(column).append('=').append(rounded(cells[header.indexOf(column)])).append(' ');
        }
      }
      out.add(row.toString());
    }
    return out;
  }

  private static String rounded(String cell) {
    try {
      return String.format(java.util.Locale.ROOT, "%.9f", Double.parseDouble(cell));
    } catch (NumberFormatException e) {
      return cell;
    }
  }

  private static String firstLine(Path file) throws IOException {
    return Files.readAllLines(file).getFirst();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
