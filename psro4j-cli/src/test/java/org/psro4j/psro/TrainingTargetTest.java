package org.psro4j.psro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.solvers.MetaSolvers;

class TrainingTargetTest {

  private static Psro psro(String game, TrainingTarget target, int k, int iterations) {
    Game g = Games.load(game);
    return Psro.builder(g)
        .solver(MetaSolvers.create("nash"))
        .iterations(iterations)
        .seed(42L)
        .exactGap(true)
        .initialPopulation(DriverFixtures.uniform(g))
        .target(target)
        .topK(k)
        .build();
  }

  @Test
  void topKKeepsTheKHeaviestAndRenormalises() {
    assertThat(Psro.topK(new double[] {0.1, 0.5, 0.15, 0.25}, 2))
        .containsExactly(new double[] {0, 0.5 / 0.75, 0, 0.25 / 0.75}, within(1e-15));
    // Ties go to the lower index.
    assertThat(Psro.topK(new double[] {0.25, 0.25, 0.25, 0.25}, 1))
        .containsExactly(new double[] {1, 0, 0, 0}, within(0.0));
  }

  @Test
  void uniformTargetIsFictitiousPlayAndStillConvergesOnKuhn() {
    List<IterationResult> r = psro("kuhn_poker", TrainingTarget.UNIFORM, 3, 40).run();
    assertThat(r.getLast().exactGap()).isLessThan(r.getFirst().exactGap());
    for (IterationResult it : r) {
      for (double[] m : it.marginals()) {
        assertThat(java.util.Arrays.stream(m).sum()).isCloseTo(1.0, within(1e-9));
      }
    }
  }

  @Test
  void rectifiedTargetTrainsOnePolicyPerSupportedStrategy() {
    Psro psro = psro("kuhn_poker", TrainingTarget.RECTIFIED, 3, 6);
    psro.step();
    int before = psro.population().of(0).size();
    int supported = 0;
    IterationResult r = null;
    for (int i = 0; i < 5 && !psro.finished(); i++) {
      double[] m = psro.metaStrategy().marginal(0);
      supported = (int) java.util.Arrays.stream(m).filter(w -> w > 0).count();
      before = psro.population().of(0).size();
      r = psro.step();
    }
    // At most one new policy per supported strategy (duplicates are not added).
    assertThat(psro.population().of(0).size() - before).isBetween(0, supported);
    assertThat(r).isNotNull();
  }

  @Test
  void rectifiedNeedsTwoPlayers() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> psro("kuhn_poker(players=3)", TrainingTarget.RECTIFIED, 3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 players");
  }
}
