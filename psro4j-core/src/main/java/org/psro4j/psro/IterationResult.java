package org.psro4j.psro;

/**
 * What one driver iteration produced, as written to {@code metrics.csv} (one row) and {@code
 * events.jsonl} (one line). Iteration 0 describes the initial population; iteration t the
 * population after t rounds of best responses.
 *
 * @param iteration the iteration number
 * @param wallSeconds seconds since the run started (resumed runs continue the count)
 * @param iterationSeconds seconds this iteration took
 * @param populationSizes each player's population size
 * @param marginals each player's meta-strategy over its population
 * @param metaGap the meta-solver's own gap on the empirical game (Nash gap, CCE gap or CE gap)
 * @param exactGap NashConv of the aggregated meta-strategy (PSRO) or the full-game CCE/CE gap
 *     (JPSRO) computed exactly; NaN when the game is too large to walk
 * @param gapName what {@code exactGap} measures: {@code nash_conv}, {@code cce_gap} or {@code
 *     ce_gap}
 * @param brValues the value each player's new best response earned against its target (NaN for
 *     iteration 0)
 * @param newPolicies how many policies this iteration added (duplicates are not added)
 * @param oracleSteps environment steps the oracles used
 * @param oracleEpisodes environment episodes the oracles played
 * @param oracleSeconds seconds spent in oracles
 * @param solverSeconds seconds spent in the meta-solver
 * @param evalSeconds seconds spent evaluating new meta-game entries
 * @param entriesEvaluated meta-game entries evaluated this iteration
 * @param entriesImputed meta-game entries imputed instead of evaluated (see {@link
 *     PartialEvaluation})
 * @param imputationError mean absolute error of the imputed entries against exact values, NaN when
 *     not measured
 * @param brImprovement what the new best responses gained over the previous meta-strategy, Σ over
 *     targets of weight · max(0, brValue − u_p(σ_prev)) (Σ_p max(0, brValue_p − u_p(σ_prev)) for
 *     PSRO's meta-strategy target); NaN for iteration 0
 * @param extras an algorithm's own metrics by column name in order (e.g. NeuPL-JPSRO's {@code
 *     distill_kl}), written after the common columns; empty for PSRO and JPSRO
 */
public record IterationResult(
    int iteration,
    double wallSeconds,
    double iterationSeconds,
    int[] populationSizes,
    double[][] marginals,
    double metaGap,
    double exactGap,
    String gapName,
    double[] brValues,
    int newPolicies,
    long oracleSteps,
    long oracleEpisodes,
    double oracleSeconds,
    double solverSeconds,
    double evalSeconds,
    int entriesEvaluated,
    int entriesImputed,
    double imputationError,
    double brImprovement,
    java.util.Map<String, Double> extras) {

  public IterationResult {
    extras = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extras));
  }

  /** A result without extra metrics. */
  public IterationResult(
      int iteration,
      double wallSeconds,
      double iterationSeconds,
      int[] populationSizes,
      double[][] marginals,
      double metaGap,
      double exactGap,
      String gapName,
      double[] brValues,
      int newPolicies,
      long oracleSteps,
      long oracleEpisodes,
      double oracleSeconds,
      double solverSeconds,
      double evalSeconds,
      int entriesEvaluated,
      int entriesImputed,
      double imputationError,
      double brImprovement) {
    this(
        iteration,
        wallSeconds,
        iterationSeconds,
        populationSizes,
        marginals,
        metaGap,
        exactGap,
        gapName,
        brValues,
        newPolicies,
        oracleSteps,
        oracleEpisodes,
        oracleSeconds,
        solverSeconds,
        evalSeconds,
        entriesEvaluated,
        entriesImputed,
        imputationError,
        brImprovement,
        java.util.Map.of());
  }

  /** Total population over all players. */
  public int totalPopulation() {
    int s = 0;
    for (int k : populationSizes) {
      s += k;
    }
    return s;
  }

  /**
   * The gap the stopping rules look at: the exact one when known, else the best-response
   * improvement (the meta-game's own gap is ≈ 0 by construction, so it says nothing about the full
   * game); NaN at iteration 0 without an exact gap.
   */
  public double stoppingGap() {
    return Double.isNaN(exactGap) ? brImprovement : exactGap;
  }
}
