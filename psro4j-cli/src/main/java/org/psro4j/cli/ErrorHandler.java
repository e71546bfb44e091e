package org.psro4j.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Turns exceptions into psro4j's error contract: bad input ({@link IllegalArgumentException},
 * missing files, malformed JSON) prints one line and exits 2; anything else exits 1. Stack traces
 * only with {@code --verbose}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    boolean verbose = verbose(parseResult);
    boolean badInput = isBadInput(ex);
    err.println("psro4j: " + (badInput ? "" : "internal error: ") + message(ex));
    if (verbose) {
      ex.printStackTrace(err);
    }
    err.flush();
    return badInput ? Main.BAD_INPUT : 1;
  }

  /** Whether {@code --verbose} was given to the command or to any of its subcommands. */
  static boolean verbose(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  static boolean isBadInput(Throwable ex) {
    Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    return t instanceof IllegalArgumentException
        || t instanceof NoSuchFileException
        || t instanceof java.io.FileNotFoundException
        || t instanceof com.fasterxml.jackson.core.JacksonException
        || t instanceof BadInputException;
  }

  static String message(Throwable ex) {
    Throwable t = ex instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : ex;
    if (t instanceof NoSuchFileException nsf) {
      return "no such file: " + nsf.getFile();
    }
    if (t instanceof com.fasterxml.jackson.core.JacksonException je) {
      return "malformed JSON: " + je.getOriginalMessage().lines().findFirst().orElse("");
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
