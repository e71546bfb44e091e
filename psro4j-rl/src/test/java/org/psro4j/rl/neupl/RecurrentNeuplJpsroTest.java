package org.psro4j.rl.neupl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.psro.IterationResult;
import org.psro4j.solvers.MetaSolvers;
import org.psro4j.state.DriverState;
import org.psro4j.state.LearnerState;

/**
 * NeuPL-JPSRO with a GRU core in Π_θ on Kuhn poker (2 and 3 players), exact best responses
 * distilled over whole observation sequences: the exact CCE gap falls as with the MLP network, and
 * a resumed run equals the uninterrupted one to the MLP path's tolerance.
 */
class RecurrentNeuplJpsroTest {

  static NeuplJpsro driver(Game game, int iterations, long seed) {
    return NeuplJpsro.neuplBuilder(game)
        .solver(MetaSolvers.create("mgcce"))
        .iterations(iterations)
        .seed(seed)
        .neupl(
            NeuplSettings.fromOptions(
                Map.of(
                    "embedding", "16",
                    "hidden", "32,32",
                    "distill_steps", "200",
                    "episodes", "200",
                    "lr", "0.003",
                    "core", "gru",
                    "core_size", "32")))
        .build();
  }

  /**
   * 3-player Kuhn: the exact CCE gap falls from about 2 to at most 0.2 within 8 iterations, every
   * distillation and regularisation KL stays below 0.01, and the members carry the GRU core. The
   * bound was set when runs of one seed in one JVM still differed (garbage read by the backward
   * pass, fixed by {@link org.psro4j.rl.nn.Scalars}): four runs of seed 1 gave smallest gaps
   * 6.7e-4, 0.039, 0.061 and 0.134 (the first: 2.01, 0.875, 0.839, 0.348, 0.313, 0.155, 0.0466,
   * 0.0204, 6.7e-4); it has not been re-measured since. Tagged long (about two minutes).
   */
  @Test
  @Tag("long")
  void gruCoreCceGapFallsBelowTwoTenthsWithinEightIterationsOnThreePlayerKuhn() {
    NeuplJpsro d = driver(Games.load("kuhn_poker(players=3)"), 8, 1);
    List<IterationResult> results = d.run();
    assertThat(results).hasSize(9);
    assertThat(results.stream().mapToDouble(IterationResult::exactGap).min().orElseThrow())
        .isLessThanOrEqualTo(0.2);
    for (IterationResult r : results.subList(1, results.size())) {
      assertThat(r.extras().get("distill_kl")).isLessThan(0.01);
      assertThat(r.extras().get("reg_kl")).isLessThan(0.01);
    }
    PopulationMember m = (PopulationMember) d.population().slots(0).getFirst().policy();
    assertThat(m.network().spec().core()).isEqualTo("gru");
  }

  /**
   * A checkpoint restores θ (with the core), the optimiser and the population exactly: the state of
   * a restored driver is the saved one blob for blob, and the resumed run repeats the uninterrupted
   * one's gaps and losses exactly. (Before the loss's constants were owned by libtorch, see {@link
   * org.psro4j.rl.nn.Scalars}, runs of one seed in one JVM differed: iteration 2's gap measured
   * 1.123, 1.099 and 0.641.)
   */
  @Test
  void restoredRunResumesFromTheSavedNetworkAndOptimiser() {
    Game kuhn3 = Games.load("kuhn_poker(players=3)");
    List<IterationResult> all = driver(kuhn3, 3, 4).run();
    NeuplJpsro first = driver(kuhn3, 3, 4);
    first.step();
    first.step();
    DriverState mid = first.state();
    NeuplJpsro second = driver(kuhn3, 3, 4);
    second.restore(mid);
    LearnerState saved = mid.learners().get(NeuplJpsro.LEARNER);
    LearnerState restored = second.state().learners().get(NeuplJpsro.LEARNER);
    assertThat(restored.json()).isEqualTo(saved.json());
    for (String blob : List.of("neupl_theta.params", "neupl_adam.params")) {
      assertThat(restored.blob(blob)).isEqualTo(saved.blob(blob));
    }
    assertThat(saved.json()).contains("\"core\":\"gru\"");
    List<IterationResult> rest = second.run();
    assertThat(rest).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(rest.get(i).populationSizes()).isEqualTo(all.get(i + 2).populationSizes());
      assertThat(rest.get(i).exactGap()).isEqualTo(all.get(i + 2).exactGap());
      assertThat(rest.get(i).extras()).isEqualTo(all.get(i + 2).extras());
    }
  }
}
