package org.psro4j.psro;

/**
 * Evaluate only a random subset of each iteration's new meta-game entries and impute the rest
 * (useful when an entry costs many episodes). The subset is a reservoir sample of size ⌈fraction·n⌉
 * drawn from the iteration's seed; the others are predicted by a {@link PayoffModel}: by default
 * the additive main-effects estimate μ_p + Σ_q (mean of the entries where player q plays that
 * strategy − μ_p), fitted on the evaluated entries. Imputed entries are stored as {@link
 * org.psro4j.metagame.EntryKind#PREDICTED} entries: solvers see their means, but the next fit uses
 * measured entries only.
 *
 * @param fraction the share of new entries evaluated, in (0, 1]; with 1 a model is still trained
 *     and its held-out error measured, but nothing is imputed
 * @param reference an evaluator with exact values to measure the imputation error against (e.g.
 *     {@link ExactEvaluator}), or {@code null}
 * @param model the payoff model that predicts the other entries, or {@code null} for main effects
 */
public record PartialEvaluation(double fraction, PayoffEvaluator reference, PayoffModel model) {

  public PartialEvaluation {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("eval fraction " + fraction + " must be in (0, 1]");
    }
  }

  /** Partial evaluation with the main-effects model. */
  public PartialEvaluation(double fraction, PayoffEvaluator reference) {
    this(fraction, reference, null);
  }
}
