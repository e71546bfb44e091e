package org.psro4j.solvers;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.GapKind;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaSolverException;
import org.psro4j.metagame.MetaStrategy;

/**
 * A meta-solver that, when its primary cannot verify an answer ({@link MetaSolverException}),
 * answers with a named fallback of the same solution concept instead of ending the run: for the
 * max-Gini and max-entropy (C)CE solvers the same concept's max-welfare LP at the smallest feasible
 * epsilon ({@link MetaSolvers#withFallback}), which is an exact (C)CE whenever one exists (always,
 * for exact payoffs) and is verified like every answer. The substitution is never silent: the
 * returned meta-strategy is named "primary→fallback" (so a run's state records it), {@link
 * #fallbacks()} counts them, and each one is reported to a listener (the CLI prints one line on
 * stderr). If the fallback fails too, its exception is thrown with the primary's attached.
 */
public final class FallbackSolver implements MetaSolver {

  private final MetaSolver primary;
  private final MetaSolver fallback;
  private final Consumer<String> notice;
  private int fallbacks;

  /** {@code primary}, falling back to {@code fallback} and telling {@code notice} each time. */
  public FallbackSolver(MetaSolver primary, MetaSolver fallback, Consumer<String> notice) {
    this.primary = Objects.requireNonNull(primary, "primary");
    this.fallback = Objects.requireNonNull(fallback, "fallback");
    this.notice = Objects.requireNonNull(notice, "notice");
    if (primary.solutionConcept() != fallback.solutionConcept()) {
      throw new IllegalArgumentException(
          "a fallback must solve for the same concept: "
              + primary.solutionConcept()
              + " vs "
              + fallback.solutionConcept());
    }
  }

  @Override
  public String name() {
    return primary.name();
  }

  @Override
  public GapKind solutionConcept() {
    return primary.solutionConcept();
  }

  @Override
  public Map<String, Object> settings() {
    return primary.settings();
  }

  @Override
  public boolean isJoint() {
    return primary.isJoint();
  }

  /** The primary solver. */
  public MetaSolver primary() {
    return primary;
  }

  /** How many solves the fallback answered. */
  public synchronized int fallbacks() {
    return fallbacks;
  }

  /** {@link #fallbacks()}: the drivers write each iteration's count to metrics.csv. */
  @Override
  public synchronized java.util.OptionalInt fallbackCount() {
    return java.util.OptionalInt.of(fallbacks);
  }

  @Override
  public MetaStrategy solve(EmpiricalGame game) {
    return solve(game, null);
  }

  /** The primary given {@code previous} (a warm start), the fallback cold. */
  @Override
  public MetaStrategy solve(EmpiricalGame game, MetaStrategy previous) {
    try {
      return primary.solve(game, previous);
    } catch (MetaSolverException failure) {
      MetaStrategy answer;
      try {
        answer = fallback.solve(game);
      } catch (MetaSolverException second) {
        second.addSuppressed(failure);
        throw second;
      }
      synchronized (this) {
        fallbacks++;
      }
      notice.accept(
          primary.name()
              + " could not verify its answer ("
              + failure.getMessage()
              + "); this solve used "
              + fallback.name()
              + " instead ("
              + answer.gapKind()
              + " "
              + answer.gap()
              + ")");
      return answer;
    }
  }
}
