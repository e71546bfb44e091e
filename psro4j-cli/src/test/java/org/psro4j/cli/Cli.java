package org.psro4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the psro4j command line in-process and keeps what it printed. */
public final class Cli {

  /** What one invocation returned and printed. */
  public record Result(int exitCode, String out, String err) {}

  private Cli() {}

  /** Executes {@code psro4j args...}. */
  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
