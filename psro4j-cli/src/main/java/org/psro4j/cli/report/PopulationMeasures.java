package org.psro4j.cli.report;

import java.util.List;
import org.psro4j.analysis.EffectiveSupport;
import org.psro4j.analysis.PopulationDiversity;
import org.psro4j.game.Game;
import org.psro4j.psro.Population;

/**
 * The final meta-strategy's effective support size per player (exp of its entropy) and the
 * population's diversity where that meta-strategy plays (mean pairwise Jensen–Shannon divergence,
 * bits), computed at report time from the checkpoint.
 *
 * @param effectiveSupport per player; exp(H) of the final marginal
 * @param diversity per player, or null when not measured
 * @param note why diversity was not measured (empty when it was)
 */
public record PopulationMeasures(double[] effectiveSupport, double[] diversity, String note) {

  /** Episodes of the meta-strategy's play that diversity is measured on. */
  static final int EPISODES = 200;

  /**
   * Measures {@code marginals} over {@code population} (null when the run has no checkpoint) of
   * {@code game} (null when it could not be loaded).
   */
  static PopulationMeasures of(
      Game game, Population population, List<double[]> marginals, long seed) {
    double[] support = new double[marginals.size()];
    for (int p = 0; p < support.length; p++) {
      support[p] = EffectiveSupport.of(marginals.get(p));
    }
    if (game == null || population == null) {
      return new PopulationMeasures(support, null, "diversity needs the run's checkpoint");
    }
    if (game.hasContinuousActions()) {
      return new PopulationMeasures(
          support, null, "diversity is measured on discrete action distributions only");
    }
    for (int p = 0; p < marginals.size(); p++) {
      if (population.of(p).size() != marginals.get(p).length) {
        return new PopulationMeasures(
            support, null, "the checkpoint and the last event disagree on population sizes");
      }
    }
    double[] diversity =
        PopulationDiversity.measure(game, population.all(), marginals, EPISODES, seed);
    return new PopulationMeasures(support, diversity, "");
  }
}
