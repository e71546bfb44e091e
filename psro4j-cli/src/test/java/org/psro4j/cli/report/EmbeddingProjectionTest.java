package org.psro4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.rl.neupl.PopulationMember;
import org.psro4j.rl.neupl.PopulationNetwork;
import org.psro4j.rl.neupl.PopulationNetworkSpec;
import org.psro4j.rl.nn.ConditionalMlp;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.ObservationSpec;
import org.psro4j.state.PopulationView;
import org.psro4j.state.SlotRole;

class EmbeddingProjectionTest {

  @Test
  void pointsOnALineNeedOneComponent() {
    // Four points on the direction (1, 2, 2)/3 at distances −3, −1, 1, 3 from their mean (1, 1, 1).
    float[][] e = new float[4][];
    double[] t = {-3, -1, 1, 3};
    for (int i = 0; i < 4; i++) {
      e[i] =
          new float[] {
            (float) (1 + t[i] / 3), (float) (1 + 2 * t[i] / 3), (float) (1 + 2 * t[i] / 3)
          };
    }
    EmbeddingProjection pca = EmbeddingProjection.of(e);
    assertThat(pca.explained()[0]).isCloseTo(1, within(1e-6));
    assertThat(pca.explained()[1]).isCloseTo(0, within(1e-6));
    for (int i = 0; i < 4; i++) {
      assertThat(pca.points()[i][0]).isCloseTo(t[i], within(1e-5));
      assertThat(pca.points()[i][1]).isCloseTo(0, within(1e-5));
    }
  }

  @Test
  void aRectangleSplitsVarianceByItsSidesSquared() {
    // Corners (±2, ±1, 0): variances 4 and 1 along the first two axes, so 80% and 20%.
    float[][] e = {{2, 1, 0}, {2, -1, 0}, {-2, 1, 0}, {-2, -1, 0}};
    EmbeddingProjection pca = EmbeddingProjection.of(e);
    assertThat(pca.explained()[0]).isCloseTo(0.8, within(1e-9));
    assertThat(pca.explained()[1]).isCloseTo(0.2, within(1e-9));
    assertThat(Math.abs(pca.points()[0][0])).isCloseTo(2, within(1e-9));
    assertThat(Math.abs(pca.points()[0][1])).isCloseTo(1, within(1e-9));
  }

  @Test
  void neuplMembersGetAnEmbeddingPlotAndKlDiversity() {
    Game kuhn = Games.load("kuhn_poker");
    PopulationNetworkSpec spec =
        new PopulationNetworkSpec(
            ObservationSpec.of(kuhn), new int[] {16}, 2, 8, 8, ConditionalMlp.Conditioning.FILM);
    try (PopulationNetwork net = new PopulationNetwork(spec, 3, DjlRuntime.device("cpu"))) {
      for (int p = 0; p < 2; p++) {
        for (int k = 0; k < 4; k++) {
          net.addMember(p);
        }
      }
      var frozen = net.freeze();
      PopulationView pop = PopulationView.empty(2);
      for (int p = 0; p < 2; p++) {
        for (int k = 0; k < 4; k++) {
          Policy m = new PopulationMember(kuhn.toString(), frozen, p, k);
          pop = pop.with(p, m, SlotRole.FIXED);
        }
      }
      assertThat(NeuplPlots.hasMembers(pop)).isTrue();
      MetricsTable none = new MetricsTable(List.of("iteration"), List.of());
      assertThat(NeuplPlots.draw(none, pop, 2).keySet())
          .containsExactly("embeddings_p0.png", "embeddings_p1.png");
      double[] uniform = {0.25, 0.25, 0.25, 0.25};
      PopulationMeasures m = PopulationMeasures.of(kuhn, pop, List.of(uniform, uniform), true, 1);
      assertThat(m.klDiversity()).hasSize(2);
      // Distinct random embeddings give distinct members: KL above 0 for both players.
      assertThat(m.klDiversity()[0]).isPositive();
      assertThat(m.klDiversity()[1]).isPositive();
    }
  }
}
