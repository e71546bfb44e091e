package org.psro4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.state.PopulationView;
import org.psro4j.state.SlotRole;

/** Effective support and diversity of a final meta-strategy as the report summary shows them. */
class PopulationMeasuresTest {

  private final Game kuhn = Games.load("kuhn_poker");

  @Test
  void uniformAndFirstActionDifferEverywhereTheyPlay() {
    PopulationView population = PopulationView.empty(2);
    for (int p = 0; p < 2; p++) {
      population = population.with(p, TabularPolicy.uniform(kuhn), SlotRole.FIXED);
      population = population.with(p, TabularPolicy.firstAction(kuhn), SlotRole.FIXED);
    }
    List<double[]> marginals = List.of(new double[] {0.5, 0.5}, new double[] {1, 0});
    PopulationMeasures m = PopulationMeasures.of(kuhn, population, marginals, true, 3);
    // exp(H): two equal weights count as 2 strategies, a pure one as 1.
    assertThat(m.effectiveSupport()[0]).isCloseTo(2, within(1e-12));
    assertThat(m.effectiveSupport()[1]).isCloseTo(1, within(1e-12));
    // Two actions at every Kuhn state: JS((½, ½), (1, 0)) = H((¾, ¼)) − (H(½, ½) + H(1, 0))/2 bits.
    double h = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)) / Math.log(2);
    double expected = h - 0.5;
    assertThat(m.diversity()[0]).isCloseTo(expected, within(1e-12));
    assertThat(m.diversity()[1]).isCloseTo(expected, within(1e-12));
    assertThat(m.episodes()).isEqualTo(PopulationMeasures.SMALL_GAME_EPISODES);
    assertThat(m.note()).isEmpty();
  }

  @Test
  void identicalMembersHaveNoDiversityAndMissingCheckpointIsExplained() {
    PopulationView population = PopulationView.empty(2);
    for (int p = 0; p < 2; p++) {
      population = population.with(p, TabularPolicy.uniform(kuhn), SlotRole.FIXED);
      population = population.with(p, TabularPolicy.uniform(kuhn), SlotRole.FIXED);
    }
    List<double[]> marginals = List.of(new double[] {0.5, 0.5}, new double[] {0.5, 0.5});
    assertThat(PopulationMeasures.of(kuhn, population, marginals, true, 3).diversity())
        .containsExactly(0, 0);
    PopulationMeasures none = PopulationMeasures.of(kuhn, null, marginals, true, 3);
    assertThat(none.diversity()).isNull();
    assertThat(none.note()).contains("checkpoint");
  }
}
