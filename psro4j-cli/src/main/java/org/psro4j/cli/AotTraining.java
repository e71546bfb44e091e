package org.psro4j.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training workload behind the launcher's ahead-of-time cache (JEP 483/514/515): runs a few
 * short, representative commands in one JVM so that {@code -XX:AOTCacheOutput} records the classes
 * and method profiles a typical command needs. The launcher makes the cache once per built jar.
 */
public final class AotTraining {

  private AotTraining() {}

  /** Commands run in order; {@code DIR} is replaced by a scratch directory. */
  static final List<List<String>> COMMANDS =
      List.of(
          List.of("--help"),
          List.of("games"),
          List.of("exploitability", "--game", "kuhn_poker", "--policy", "uniform"),
          List.of("exploitability", "--game", "leduc_poker", "--policy", "uniform", "--json"),
          List.of("solve", "--game", "kuhn_poker", "--algo", "cfr+", "--iterations", "50"),
          List.of(
              "run", "--game", "kuhn_poker", "--iterations", "2", "--quiet", "--out", "DIR/run"),
          List.of("report", "DIR/run"));

  /** Runs the training commands with their output discarded; failures do not stop the others. */
  public static void main(String[] args) throws IOException {
    run();
  }

  /**
   * Runs every training command and returns their exit codes in order (a test holds them at 0, so
   * the workload follows the command line as it changes).
   */
  static int[] run() throws IOException {
    int[] codes = new int[COMMANDS.size()];
    Path scratch = Files.createTempDirectory("psro4j-aot");
    PrintStream out = System.out;
    PrintStream err = System.err;
    PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
    try {
      System.setOut(sink);
      System.setErr(sink);
      for (int i = 0; i < codes.length; i++) {
        List<String> command = COMMANDS.get(i);
        codes[i] = -1;
        String[] argv =
            command.stream().map(a -> a.replace("DIR", scratch.toString())).toArray(String[]::new);
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(sink));
        cl.setErr(new PrintWriter(sink));
        try {
          codes[i] = cl.execute(argv);
        } catch (RuntimeException e) {
          // A command that fails still trains the classes it loaded; carry on with the next.
        }
      }
    } finally {
      System.setOut(out);
      System.setErr(err);
      deleteTree(scratch);
    }
    return codes;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
