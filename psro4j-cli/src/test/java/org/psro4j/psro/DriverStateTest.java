package org.psro4j.psro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.solvers.MetaSolvers;
import org.psro4j.state.DriverState;

/**
 * A driver's state is one value: stepping, taking {@link Driver#state()}, restoring it into a fresh
 * driver and continuing gives exactly the uninterrupted run (exact and sampled entries, PSRO and
 * JPSRO with a CE solver); a taken state does not change as the driver runs on.
 */
class DriverStateTest {

  @Test
  void exactPsroRestoredMidRunEqualsUninterruptedRun() {
    assertRestoredRunEqualsWhole(() -> psro("kuhn_poker", 0), 8, 3);
  }

  @Test
  void sampledPsroRestoredMidRunEqualsUninterruptedRun() {
    assertRestoredRunEqualsWhole(() -> psro("kuhn_poker", 30), 6, 2);
  }

  @Test
  void jpsroWithCeRestoredMidRunEqualsUninterruptedRun() {
    assertRestoredRunEqualsWhole(
        () ->
            Jpsro.builder(Games.load("kuhn_poker(players=3)"))
                .solver(MetaSolvers.create("mgce"))
                .iterations(4)
                .seed(7)
                .build(),
        4,
        2);
  }

  @Test
  void aTakenStateDoesNotMoveWithTheDriver() {
    Psro psro = psro("kuhn_poker", 0);
    psro.step();
    psro.step();
    DriverState state = psro.state();
    int[] sizes = state.population().sizes();
    int entries = state.metaGame().jointSize();
    psro.step();
    assertThat(state.population().sizes()).isEqualTo(sizes);
    assertThat(state.metaGame().jointSize()).isEqualTo(entries);
    assertThat(state.iteration()).isEqualTo(1);
    assertThat(state.names(0)).containsExactly("p0_uniform", "p0_it1");
    assertThat(state.population().slot(0, 1).ref().version()).isZero();
  }

  @Test
  void psroRefusesAJointSolverByItsSolutionConcept() {
    Game kuhn = Games.load("kuhn_poker");
    assertThatThrownBy(() -> Psro.builder(kuhn).solver(MetaSolvers.create("mwce")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("joint");
    assertThatThrownBy(() -> Jpsro.builder(kuhn).solver(MetaSolvers.create("prd")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not 'prd'");
    assertThatThrownBy(() -> Psro.builder(kuhn).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("meta-solver");
  }

  private static Psro psro(String game, int episodes) {
    Game g = Games.load(game);
    Psro.Builder b = Psro.builder(g).solver(MetaSolvers.create("nash")).iterations(8).seed(42);
    if (episodes > 0) {
      b.evaluator(new SampledEvaluator(episodes)).iterations(6);
    }
    return b.build();
  }

  private static void assertRestoredRunEqualsWhole(
      Supplier<PopulationDriver> make, int iterations, int stopAfter) {
    PopulationDriver wholeDriver = make.get();
    List<IterationResult> whole = wholeDriver.run();
    assertThat(whole).hasSize(iterations + 1);
    PopulationDriver first = make.get();
    for (int i = 0; i <= stopAfter; i++) {
      first.step();
    }
    DriverState saved = first.state();
    PopulationDriver second = make.get();
    second.restore(saved);
    List<IterationResult> rest = second.run();
    assertThat(rest).hasSize(iterations - stopAfter);
    for (int i = 0; i < rest.size(); i++) {
      IterationResult a = whole.get(stopAfter + 1 + i);
      IterationResult b = rest.get(i);
      assertThat(b.iteration()).isEqualTo(a.iteration());
      assertThat(b.populationSizes()).isEqualTo(a.populationSizes());
      assertThat(b.marginals()).isDeepEqualTo(a.marginals());
      assertThat(b.metaGap()).isEqualTo(a.metaGap());
      assertThat(b.exactGap()).isEqualTo(a.exactGap());
      assertThat(b.brValues()).isEqualTo(a.brValues());
      assertThat(b.brImprovement()).isEqualTo(a.brImprovement());
    }
    for (int p = 0; p < whole.getFirst().populationSizes().length; p++) {
      assertThat(second.state().metaGame().payoffTable(p))
          .isEqualTo(wholeDriver.state().metaGame().payoffTable(p));
      assertThat(second.state().names(p)).isEqualTo(wholeDriver.state().names(p));
    }
  }
}
