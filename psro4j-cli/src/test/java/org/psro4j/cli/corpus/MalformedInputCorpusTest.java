package org.psro4j.cli.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standing malformed-input corpus (issue 17): every row of {@code corpus/malformed-inputs.tsv}
 * is a command with a bad value that must exit with the listed code and one line containing the
 * listed text, leaving every file that existed before unchanged. Commands run in-process.
 */
class MalformedInputCorpusTest {

  /** One row of the table. */
  record Case(int line, int exit, String message, String file, byte[] content, List<String> args) {
    String command() {
      return String.join(" ", args);
    }
  }

  @TempDir Path root;

  @TestFactory
  Stream<DynamicTest> everyRowFailsCleanlyAndChangesNothing() throws IOException {
    return cases().stream()
        .map(c -> DynamicTest.dynamicTest("line " + c.line() + ": " + c.command(), () -> run(c)));
  }

  @Test
  void theTableHoldsEnoughCasesForEveryCommand() throws IOException {
    Map<String, Integer> byCommand = new TreeMap<>();
    for (Case c : cases()) {
      byCommand.merge(commandName(c.args()), 1, Integer::sum);
    }
    assertThat(byCommand.values().stream().mapToInt(Integer::intValue).sum())
        .isGreaterThanOrEqualTo(200);
    assertThat(byCommand)
        .containsKeys(
            "run", "resume", "report", "solve", "exploitability", "metasolve", "exploit", "ssa");
  }

  /** The subcommand a case exercises ({@code ssa} for both of its subcommands). */
  static String commandName(List<String> args) {
    return args.isEmpty() || args.getFirst().startsWith("-") ? "(top level)" : args.getFirst();
  }

  private void run(Case c) throws IOException {
    Path dir = Files.createTempDirectory(root, "case" + c.line() + "-");
    boolean withRun = c.command().contains("@RUN") || c.file().contains("@RUN");
    Corpus.fixtures(dir, withRun);
    if (!c.file().equals("-")) {
      Path target = Path.of(expand(c.file(), dir));
      if (c.content() == null) {
        Files.delete(target);
      } else {
        Files.createDirectories(target.getParent());
        Files.write(target, c.content());
      }
    }
    List<String> args = c.args().stream().map(a -> expand(a, dir)).toList();
    Corpus.check(dir, c.exit(), expand(c.message(), dir), args);
  }

  private static String expand(String s, Path dir) {
    return s.replace("@IN", dir.resolve("in.json").toString())
        .replace("@RUN", dir.resolve("run").toString())
        .replace("@FILE", dir.resolve("precious.txt").toString())
        .replace("@DIR", dir.resolve("empty").toString())
        .replace("@TMP", dir.toString())
        .replace("@SSA", Corpus.SSA);
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in =
        MalformedInputCorpusTest.class.getResourceAsStream("/corpus/malformed-inputs.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int number = 0;
      for (String line : text.split("\n", -1)) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 5) {
          throw new IllegalStateException(
              "corpus line " + number + " has " + cols.length + " columns");
        }
        byte[] content = cols[3].equals("-") ? null : unescape(cols[3]);
        out.add(
            new Case(number, Integer.parseInt(cols[0]), cols[1], cols[2], content, split(cols[4])));
      }
    }
    return out;
  }

  /** Splits a command line on spaces; {@code ''} is an empty argument. */
  static List<String> split(String command) {
    List<String> args = new ArrayList<>();
    for (String token : command.trim().split(" +")) {
      args.add(token.equals("''") ? "" : token);
    }
    return args;
  }

  /** Decodes {@code \n}, {@code \t}, {@code \\} and {@code \xNN} into bytes (the rest UTF-8). */
  static byte[] unescape(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\' && i + 1 < s.length()) {
        char next = s.charAt(i + 1);
        switch (next) {
          case 'n' -> {
            out.write('\n');
            i++;
            continue;
          }
          case 't' -> {
            out.write('\t');
            i++;
            continue;
          }
          case '\\' -> {
            out.write('\\');
            i++;
            continue;
          }
          case 'x' -> {
            out.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
            i += 3;
            continue;
          }
          default -> {}
        }
      }
      out.writeBytes(String.valueOf(ch).getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
