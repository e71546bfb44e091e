package org.psro4j.metagame;

/**
 * Solves an empirical game for the distribution the next best responses train against (Lanctot et
 * al. 2017, "A Unified Game-Theoretic Approach to Multiagent Reinforcement Learning"; Marris et al.
 * 2021 for the joint, JPSRO case). Implementations live in {@code psro4j-solvers} and are created
 * by name there ({@code MetaSolvers.create("nash")}).
 *
 * <p>Contract: the result is a valid distribution (non-negative, summing to 1) with its gap on the
 * input game; on failure an implementation throws {@link MetaSolverException} (numerical trouble)
 * or {@link IllegalArgumentException} (a game it does not handle, an incomplete game), never a
 * silent fallback.
 */
public interface MetaSolver {

  /** The registry name of this solver, e.g. {@code "nash"} or {@code "mgcce"}. */
  String name();

  /**
   * The solution concept of the strategies this solver returns, named by the gap it reports: {@link
   * GapKind#NASH_CONV} for per-player marginals (the default), {@link GapKind#CCE_GAP} or {@link
   * GapKind#CE_GAP} for joint distributions. Drivers and commands ask this instead of reading the
   * solver's name.
   */
  default GapKind solutionConcept() {
    return GapKind.NASH_CONV;
  }

  /**
   * Every setting of this solver with its default filled in (for a run's provenance in {@code
   * config.json}); empty for a solver without settings.
   */
  default java.util.Map<String, Object> settings() {
    return java.util.Map.of();
  }

  /** Whether this solver returns joint distributions (CCE or CE) rather than marginals. */
  default boolean isJoint() {
    return solutionConcept() != GapKind.NASH_CONV;
  }

  /**
   * How many solves so far a fallback answered because this solver's own answer did not verify
   * (e.g. {@code FallbackSolver}), or empty for a solver without a fallback. The drivers write each
   * iteration's count in a {@code solver_fallbacks} column of metrics.csv.
   */
  default java.util.OptionalInt fallbackCount() {
    return java.util.OptionalInt.empty();
  }

  /** Solves a complete game; a live game is snapshotted first by the caller or by the solver. */
  MetaStrategy solve(EmpiricalGame game);

  /**
   * Solves a complete game given {@code previous}, this solver's answer one step earlier on a game
   * whose strategies are the first ones of {@code game} (null when there is none), which a solver
   * may take as a warm start: the answer is of the same concept and verified the same way as {@link
   * #solve(EmpiricalGame)}'s (the same one where that is unique). The drivers pass the strategy a
   * run's checkpoint holds, so a resumed run solves exactly as the uninterrupted one. The default
   * ignores it.
   */
  default MetaStrategy solve(EmpiricalGame game, MetaStrategy previous) {
    return solve(game);
  }
}
