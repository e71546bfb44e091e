package org.psro4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Turns exceptions into psro4j's error contract: bad input ({@link IllegalArgumentException},
 * missing or unwritable files, a full disk, malformed JSON) prints one line and exits 2; anything
 * else exits 1, named as a meta-solver failure or an internal error. Stack traces only with {@code
 * --verbose}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    boolean verbose = verbose(parseResult);
    boolean badInput = isBadInput(ex);
    err.println("psro4j: " + prefix(ex) + message(ex));
    if (verbose) {
      ex.printStackTrace(err);
    }
    err.flush();
    return badInput ? BadInputException.EXIT_CODE : 1;
  }

  /**
   * What the one line says the failure is: nothing for bad input, "meta-solver failed" when a
   * meta-solver could not verify its answer (a numerical limit, not a bug: its message names the
   * remedy), else "internal error".
   */
  static String prefix(Throwable ex) {
    if (isBadInput(ex)) {
      return "";
    }
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof org.psro4j.metagame.MetaSolverException) {
        return "meta-solver failed: ";
      }
    }
    return "internal error: ";
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
    Throwable t = unwrap(ex);
    return t instanceof IllegalArgumentException
        || t instanceof FileSystemException
        || t instanceof java.io.FileNotFoundException
        || t instanceof java.nio.charset.CharacterCodingException
        || t instanceof com.fasterxml.jackson.core.JacksonException
        || t instanceof BadInputException
        || (t instanceof IOException && diskFull(t));
  }

  static String message(Throwable ex) {
    Throwable t = unwrap(ex);
    if (t instanceof NoSuchFileException nsf) {
      return "no such file: " + userFile(nsf);
    }
    if (t instanceof AccessDeniedException ade) {
      return "permission denied: " + userFile(ade);
    }
    if (t instanceof IOException && diskFull(t)) {
      String file = t instanceof FileSystemException fse ? " writing " + userFile(fse) : "";
      return "disk full" + file + "; free some space and try again";
    }
    if (t instanceof FileSystemException fse) {
      String reason = fse.getReason() == null ? "cannot access" : fse.getReason();
      return userFile(fse) + ": " + reason.toLowerCase(java.util.Locale.ROOT);
    }
    if (t instanceof java.nio.charset.CharacterCodingException) {
      return "an input file is not UTF-8 text";
    }
    if (t instanceof com.fasterxml.jackson.core.JacksonException je) {
      return "malformed JSON: " + JsonMessages.describe(je);
    }
    String m = t.getMessage();
    return m == null
        ? t.getClass().getSimpleName()
        : JsonMessages.clean(m.lines().findFirst().orElse(m));
  }

  /** The I/O cause of an {@link UncheckedIOException} (however deep), else {@code ex}. */
  private static Throwable unwrap(Throwable ex) {
    Throwable t = ex;
    while (t instanceof UncheckedIOException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static boolean diskFull(Throwable t) {
    return String.valueOf(t.getMessage()).contains("No space left");
  }

  /** The path the user knows: the target of a rename rather than our temporary sibling. */
  private static String userFile(FileSystemException e) {
    String file = e.getFile();
    String other = e.getOtherFile();
    if (file != null && other != null && file.endsWith(".tmp")) {
      return other;
    }
    return file == null ? String.valueOf(other) : file;
  }
}
