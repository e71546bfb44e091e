package org.psro4j.cli.report;

import java.util.List;
import org.psro4j.analysis.EffectiveSupport;
import org.psro4j.analysis.PopulationDiversity;
import org.psro4j.game.Game;
import org.psro4j.state.PopulationView;

/**
 * The final meta-strategy's effective support size per player (exp of its entropy) and the
 * population's diversity where that meta-strategy plays (mean pairwise Jensen–Shannon divergence,
 * bits), computed at report time from the checkpoint.
 *
 * @param effectiveSupport per player; exp(H) of the final marginal
 * @param diversity per player, or null when not measured
 * @param episodes episodes of the meta-strategy's play diversity was measured on
 * @param note why diversity was not measured (empty when it was)
 * @param klDiversity per player, the mean pairwise KL between members on the same states (nats,
 *     NeuPL's measure), or null when not measured (runs whose members are not NeuPL members)
 */
public record PopulationMeasures(
    double[] effectiveSupport,
    double[] diversity,
    int episodes,
    String note,
    double[] klDiversity) {

  /** Measures without the KL diversity. */
  public PopulationMeasures(
      double[] effectiveSupport, double[] diversity, int episodes, String note) {
    this(effectiveSupport, diversity, episodes, note, null);
  }

  /** Episodes for games small enough that the run computed an exact gap. */
  static final int SMALL_GAME_EPISODES = 200;

  /**
   * Episodes for larger games, whose long episodes (e.g. ssa_coverage's hundreds of steps) with
   * neural policies would otherwise dominate the report's time.
   */
  static final int LARGE_GAME_EPISODES = 20;

  /**
   * Measures {@code marginals} over {@code population} (null when the run has no checkpoint) of
   * {@code game} (null when it could not be loaded); {@code small} when the run computed an exact
   * gap.
   */
  static PopulationMeasures of(
      Game game, PopulationView population, List<double[]> marginals, boolean small, long seed) {
    int episodes = small ? SMALL_GAME_EPISODES : LARGE_GAME_EPISODES;
    double[] support = new double[marginals.size()];
    for (int p = 0; p < support.length; p++) {
      support[p] = EffectiveSupport.of(marginals.get(p));
    }
    if (game == null || population == null) {
      return new PopulationMeasures(support, null, 0, "diversity needs the run's checkpoint");
    }
    if (game.hasContinuousActions()) {
      return new PopulationMeasures(
          support, null, 0, "diversity is measured on discrete action distributions only");
    }
    for (int p = 0; p < marginals.size(); p++) {
      if (population.of(p).size() != marginals.get(p).length) {
        return new PopulationMeasures(
            support, null, 0, "the checkpoint and the last event disagree on population sizes");
      }
    }
    double[] diversity =
        PopulationDiversity.measure(game, population.all(), marginals, episodes, seed);
    double[] kl =
        NeuplPlots.hasMembers(population)
            ? PopulationDiversity.measure(
                game,
                population.all(),
                marginals,
                episodes,
                seed,
                PopulationDiversity.Divergence.KL)
            : null;
    return new PopulationMeasures(support, diversity, episodes, "", kl);
  }
}
