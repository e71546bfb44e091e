package org.psro4j.rl.neupl;

import java.util.Arrays;
import org.psro4j.psro.PartialEvaluation;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.payoff.PayoffEstimatorSettings;
import org.psro4j.rl.payoff.PsiPayoffModel;
import org.psro4j.rl.payoff.StrategyEmbeddings;

/**
 * Feeds NeuPL-JPSRO's payoff estimator ψ_w(ν_1..ν_n) → ℝⁿ with the population network's own
 * embeddings (Liu et al., AAMAS 2024, Section 3): a ψ asked for by the run (learned tables, as PSRO
 * and JPSRO use) is replaced by one of the same settings whose inputs are the members' current ν,
 * read as plain values from the live network at every fit and prediction (detached: ψ's loss never
 * reaches θ). Between two trainings of θ the live network is the one the members view.
 */
final class NetworkPsi {

  private NetworkPsi() {}

  /**
   * {@code partial} with its ψ fed by {@code network}'s embeddings; anything else (no partial
   * evaluation, the main-effects model, a ψ already fed) unchanged.
   */
  static PartialEvaluation feed(PartialEvaluation partial, PopulationNetwork network) {
    if (partial == null
        || !(partial.model() instanceof PsiPayoffModel psi)
        || psi.fedByEmbeddings()) {
      return partial;
    }
    PayoffEstimatorSettings s = psi.settings();
    PopulationNetworkSpec spec = network.spec();
    PayoffEstimatorSettings fed =
        new PayoffEstimatorSettings(
            spec.embeddingSize(), s.hidden(), s.learningRate(), s.steps(), s.holdout(), s.seed());
    PsiPayoffModel model =
        PsiPayoffModel.fedBy(
            spec.players(), fed, () -> snapshot(network), DjlRuntime.device("cpu"));
    return new PartialEvaluation(partial.fraction(), partial.reference(), model);
  }

  /** The live network's embedding table now, as a copy. */
  static StrategyEmbeddings snapshot(PopulationNetwork network) {
    DjlRuntime.inferenceMode();
    float[] table = network.mlp().parameters().getFirst().toFloatArray();
    PopulationNetworkSpec spec = network.spec();
    int d = spec.embeddingSize();
    return (player, index) -> {
      if (index < 0 || index >= network.size(player)) {
        throw new IllegalArgumentException(
            "player " + player + " has no member " + index + " (" + network.size(player) + ")");
      }
      int row = spec.row(player, index);
      return Arrays.copyOfRange(table, row * d, (row + 1) * d);
    };
  }
}
