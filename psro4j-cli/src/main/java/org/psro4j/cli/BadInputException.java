package org.psro4j.cli;

/** A user error detected by a command: reported on one line with exit code 2. */
public final class BadInputException extends RuntimeException {

  /** The exit code of bad input. */
  public static final int EXIT_CODE = 2;

  /** An error whose message names the bad value. */
  public BadInputException(String message) {
    super(message);
  }
}
