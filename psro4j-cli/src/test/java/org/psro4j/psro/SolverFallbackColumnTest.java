package org.psro4j.psro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.run.MetricsRow;
import org.psro4j.solvers.MetaSolvers;
import org.psro4j.solvers.SolverOptions;

/**
 * The {@code solver_fallbacks} column: for a meta-solver with a fallback, how many of an
 * iteration's solves the fallback answered ({@link PopulationDriver#SOLVER_FALLBACKS}).
 */
class SolverFallbackColumnTest {

  @Test
  void everySolveThePrimaryCannotVerifyIsCountedInItsIteration() {
    // One Newton step is not enough for max entropy: every solve falls back to max welfare.
    List<String> notices = new ArrayList<>();
    List<IterationResult> results =
        jpsro(
            MetaSolvers.withFallback(
                MetaSolvers.create("mecce", SolverOptions.parse("max_iterations=1")),
                notices::add));
    // Iteration 0's meta-game has one profile, which one Newton step solves.
    assertThat(results)
        .extracting(r -> r.extras().get(PopulationDriver.SOLVER_FALLBACKS))
        .containsExactly(0.0, 1.0, 1.0, 1.0);
    assertThat(notices).hasSize(3);
    String header =
        MetricsRow.header(2, results.getFirst().gapName(), results.getFirst().extras().keySet());
    assertThat(header).endsWith("," + PopulationDriver.SOLVER_FALLBACKS);
    assertThat(MetricsRow.format(results.getLast())).endsWith(",1.0");
  }

  @Test
  void aVerifiedRunCountsZeroAndASolverWithoutFallbackHasNoColumn() {
    List<IterationResult> verified =
        jpsro(MetaSolvers.withFallback(MetaSolvers.create("mgcce"), notice -> {}));
    for (IterationResult r : verified) {
      assertThat(r.extras()).containsEntry(PopulationDriver.SOLVER_FALLBACKS, 0.0);
    }
    List<IterationResult> plain = jpsro(MetaSolvers.create("mgcce"));
    assertThat(plain.getLast().extras()).doesNotContainKey(PopulationDriver.SOLVER_FALLBACKS);
  }

  private static List<IterationResult> jpsro(MetaSolver solver) {
    Game game = Games.load("kuhn_poker");
    return Jpsro.builder(game)
        .solver(solver)
        .settings(new DriverSettings(3, 0, 0, 42L, 1, true))
        .initialPopulation(DriverFixtures.uniform(game))
        .build()
        .run();
  }
}
