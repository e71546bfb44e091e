package org.psro4j.run;

import java.util.StringJoiner;
import org.psro4j.psro.IterationResult;

/**
 * The {@code metrics.csv} layout: one row per iteration. Numbers are written with {@link
 * Double#toString} so they read back exactly; the columns ending in {@code _s} are wall-clock times
 * and the only ones that differ between two runs with the same seed.
 */
public final class MetricsRow {

  /** The last column: Σ over targets of max(0, brValue − u_p(σ_prev)), added in version 2. */
  public static final String BR_IMPROVEMENT = "br_improvement";

  private MetricsRow() {}

  /** The header for {@code players} players and the exact gap's name. */
  public static String header(int players, String exactGapName) {
    StringJoiner j = new StringJoiner(",");
    j.add("iteration").add("wall_s").add("iteration_s").add("population");
    for (int p = 0; p < players; p++) {
      j.add("population_p" + p);
    }
    j.add("meta_gap")
        .add(exactGapName)
        .add("new_policies")
        .add("oracle_steps")
        .add("oracle_episodes");
    j.add("oracle_s").add("solver_s").add("eval_s").add("entries_evaluated");
    j.add("entries_imputed").add("imputation_error").add(BR_IMPROVEMENT);
    return j.toString();
  }

  /** The header with an algorithm's extra columns ({@link IterationResult#extras}) at the end. */
  public static String header(int players, String exactGapName, java.util.Set<String> extras) {
    StringJoiner j = new StringJoiner(",");
    j.add(header(players, exactGapName));
    extras.forEach(j::add);
    return j.toString();
  }

  /** One row. */
  public static String format(IterationResult r) {
    StringJoiner j = new StringJoiner(",");
    j.add(Integer.toString(r.iteration()))
        .add(num(r.wallSeconds()))
        .add(num(r.iterationSeconds()))
        .add(Integer.toString(r.totalPopulation()));
    for (int k : r.populationSizes()) {
      j.add(Integer.toString(k));
    }
    j.add(num(r.metaGap()))
        .add(num(r.exactGap()))
        .add(Integer.toString(r.newPolicies()))
        .add(Long.toString(r.oracleSteps()))
        .add(Long.toString(r.oracleEpisodes()))
        .add(num(r.oracleSeconds()))
        .add(num(r.solverSeconds()))
        .add(num(r.evalSeconds()))
        .add(Integer.toString(r.entriesEvaluated()))
        .add(Integer.toString(r.entriesImputed()))
        .add(num(r.imputationError()))
        .add(num(r.brImprovement()));
    for (double v : r.extras().values()) {
      j.add(num(v));
    }
    return j.toString();
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }
}
