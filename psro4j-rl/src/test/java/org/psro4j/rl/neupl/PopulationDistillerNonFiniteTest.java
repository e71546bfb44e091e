package org.psro4j.rl.neupl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.exact.BestResponse;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.rl.nn.ConditionalMlp;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.ObservationSpec;

/**
 * A gradient step whose loss or gradient is not finite is dropped, with or without a recurrent
 * core, and the network stays finite; a distillation where every step is dropped stops in one line.
 */
class PopulationDistillerNonFiniteTest {

  private static final Game KUHN3 = Games.load("kuhn_poker(players=3)");
  private static final int OBS = ObservationSpec.of(KUHN3).size();
  private static final NeuplSettings SETTINGS =
      NeuplSettings.fromOptions(
          Map.of("embedding", "16", "hidden", "32,32", "distill_steps", "300", "lr", "0.003"));

  private static PopulationNetwork network() {
    PopulationNetworkSpec spec =
        new PopulationNetworkSpec(
            ObservationSpec.of(KUHN3),
            SETTINGS.hidden(),
            3,
            4,
            SETTINGS.embeddingSize(),
            ConditionalMlp.Conditioning.FILM);
    return new PopulationNetwork(spec, 11, DjlRuntime.device("cpu"));
  }

  /** Rows of 400 episodes of player 0's best response to uniform co-players, for member 3. */
  private static DistillationRows bestResponseRows() {
    TabularPolicy uniform = TabularPolicy.uniform(KUHN3);
    TabularPolicy br = BestResponse.of(KUHN3, 0, uniform, uniform, uniform).policy();
    DistillationRows rows = new DistillationRows(OBS, 2);
    SplittableRandom random = new SplittableRandom(5);
    for (int e = 0; e < 400; e++) {
      PopulationPlay.distillationEpisode(
          KUHN3, new Policy[] {br, uniform, uniform}, 0, 3, rows, random);
    }
    return rows;
  }

  private static void addInfiniteRow(DistillationRows rows) {
    float[] obs = new float[OBS];
    Arrays.fill(obs, Float.POSITIVE_INFINITY);
    rows.add(obs, 0, new int[] {0, 1}, new double[] {0.5, 0.5}, 0, 3);
  }

  @Test
  void stepsThroughAnInfiniteObservationAreDroppedAndTheRestStillDistil() {
    DistillationRows good = bestResponseRows();
    DistillationRows withBad = bestResponseRows();
    addInfiniteRow(withBad);
    try (PopulationNetwork net = network()) {
      for (int p = 0; p < 3; p++) {
        net.addMember(p);
      }
      net.addMember(0);
      PopulationDistiller distiller = new PopulationDistiller(net, SETTINGS);
      distiller.train(
          withBad, new DistillationRows(OBS, 2), SETTINGS.distillSteps(), new SplittableRandom(5));
      // 128 rows drawn from ~1,200 per step: about one step in ten reads the infinite row.
      assertThat(distiller.skippedSteps()).isBetween(5L, 100L);
      for (float[] values : net.values()) {
        for (float v : values) {
          assertThat(v).isFinite();
        }
      }
      assertThat(distiller.meanKl(good)).isLessThan(0.01);
    }
  }

  @Test
  void aDistillationWhoseEveryStepIsDroppedStops() {
    DistillationRows bad = new DistillationRows(OBS, 2);
    addInfiniteRow(bad);
    try (PopulationNetwork net = network()) {
      for (int p = 0; p < 3; p++) {
        net.addMember(p);
      }
      net.addMember(0);
      PopulationDistiller distiller = new PopulationDistiller(net, SETTINGS);
      assertThatThrownBy(
              () -> distiller.train(bad, new DistillationRows(OBS, 2), 5, new SplittableRandom(1)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("every one of 5 distillation steps had a non-finite loss");
      assertThat(distiller.skippedSteps()).isEqualTo(5);
    }
  }
}
