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
  void rectifiedTargetTrainsOnePolicyPerRectifiedStrategy() {
    // Each iteration trains one best response per (player, strategy) that RectifiedTarget keeps;
    // a pure best response differs from every policy of the first iterations, so the first step
    // adds exactly that many, and later steps never more. A target that adds nothing fails here.
    Psro psro = psro("kuhn_poker", TrainingTarget.RECTIFIED, 3, 6);
    psro.step();
    int total = 0;
    int mostTargets = 0;
    for (int i = 0; i < 5 && !psro.finished(); i++) {
      int targets =
          org.psro4j.metagame.RectifiedTarget.of(psro.metaGame(), psro.metaStrategy().marginals())
              .size();
      IterationResult r = psro.step();
      if (i == 0) {
        assertThat(targets).isPositive();
        assertThat(r.newPolicies()).isEqualTo(targets);
      }
      assertThat(r.newPolicies()).isBetween(0, targets);
      total += r.newPolicies();
      mostTargets = Math.max(mostTargets, targets);
    }
    assertThat(total).isPositive();
    assertThat(mostTargets).isPositive();
  }

  @Test
  void rectifiedNeedsTwoPlayers() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> psro("kuhn_poker(players=3)", TrainingTarget.RECTIFIED, 3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 players");
  }
}
