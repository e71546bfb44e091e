package org.psro4j.metagame;

/**
 * A meta-solver could not produce a valid answer (numerical failure, iteration limit); the message
 * says why. Solvers throw it instead of falling back silently to another distribution.
 */
public final class MetaSolverException extends RuntimeException {

  /** A failure described by {@code message}. */
  public MetaSolverException(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public MetaSolverException(String message, Throwable cause) {
    super(message, cause);
  }
}
