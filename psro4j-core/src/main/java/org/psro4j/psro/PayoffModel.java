package org.psro4j.psro;

import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.state.LearnerState;

/**
 * A model of the meta-game's payoffs that predicts the entries partial evaluation did not measure
 * (see {@link PartialEvaluation}): the additive main-effects model, or a learned payoff estimator
 * ψ_w(ν_1..ν_n) → ℝⁿ over the players' strategy embeddings (Liu et al., "Neural Population Learning
 * beyond Symmetric Zero-sum Games", AAMAS 2024). A model learns from measured entries only (exact
 * or sampled), never from its own predictions. A stateful model's whole state (weights, optimiser
 * moments) goes into the run's checkpoint as a {@link LearnerState}, so a resumed run continues
 * with the same model.
 */
public interface PayoffModel {

  /** A short name for files and metrics, e.g. {@code psi}. */
  String name();

  /**
   * Learns from the measured entries of {@code meta} after iteration {@code iteration}'s
   * evaluations; returns what the update measured.
   */
  Fit fit(EmpiricalGame meta, int iteration);

  /** Each player's predicted payoff at {@code profile} (valid after a {@link #fit}). */
  double[] predict(int[] profile);

  /** The model's state for a checkpoint; null for a model refitted from the meta-game alone. */
  LearnerState state();

  /** Continues from a state {@link #state()} gave. */
  void restore(LearnerState state);

  /**
   * What one {@link #fit} measured.
   *
   * @param heldOutMse mean squared error, over players and entries, of the model's predictions of
   *     measured entries it was not trained on (NaN when there are none)
   * @param heldOutEntries how many measured entries were held out
   * @param trainMse the mean squared error on the entries it trained on
   */
  record Fit(double heldOutMse, int heldOutEntries, double trainMse) {

    /** A fit that measured nothing (a model without held-out data). */
    public static Fit none() {
      return new Fit(Double.NaN, 0, Double.NaN);
    }
  }
}
