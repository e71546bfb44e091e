package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaSolverException;
import org.psro4j.metagame.MetaStrategy;

class FallbackSolverTest {

  @Test
  void aSolveThePrimaryCannotVerifyIsAnsweredByTheNamedFallbackAndReported() {
    // One Newton step is not enough for max entropy: the primary refuses its answer.
    EmpiricalGame game = TestGames.randomGeneralSum(3, 4, 21);
    MetaSolver primary = MetaSolvers.create("mecce", SolverOptions.parse("max_iterations=1"));
    assertThatThrownBy(() -> primary.solve(game)).isInstanceOf(MetaSolverException.class);
    List<String> notices = new ArrayList<>();
    FallbackSolver solver = (FallbackSolver) MetaSolvers.withFallback(primary, notices::add);
    MetaStrategy answer = solver.solve(game);
    assertThat(answer.solver()).isEqualTo("mecce->mwcce");
    assertThat(answer.gap()).isLessThanOrEqualTo(1e-9);
    assertThat(solver.fallbacks()).isEqualTo(1);
    assertThat(notices).singleElement().asString().startsWith("mecce could not verify");
    assertThat(solver.name()).isEqualTo("mecce");
    assertThat(solver.settings()).isEqualTo(primary.settings());
  }

  @Test
  void aVerifiedSolveIsThePrimarysAndOtherSolversAreNotWrapped() {
    EmpiricalGame game = TestGames.randomGeneralSum(3, 4, 21);
    List<String> notices = new ArrayList<>();
    MetaSolver solver = MetaSolvers.withFallback(MetaSolvers.create("mgcce"), notices::add);
    assertThat(solver.solve(game).solver()).isEqualTo("mgcce");
    assertThat(notices).isEmpty();
    MetaSolver welfare = MetaSolvers.create("mwcce");
    assertThat(MetaSolvers.withFallback(welfare, notices::add)).isSameAs(welfare);
    MetaSolver nash = MetaSolvers.create("nash");
    assertThat(MetaSolvers.withFallback(nash, notices::add)).isSameAs(nash);
  }

  @Test
  void anEmptyPolytopeIsNotRelaxedByTheFallback() {
    // epsilon = -1 (payoffs in [-1, 1]) asks for a strict equilibrium no game has: both refuse.
    EmpiricalGame game = TestGames.randomGeneralSum(3, 4, 21);
    MetaSolver solver =
        MetaSolvers.withFallback(
            MetaSolvers.create("mgcce", SolverOptions.parse("epsilon=-1")), notice -> {});
    assertThatThrownBy(() -> solver.solve(game))
        .isInstanceOf(MetaSolverException.class)
        .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
  }
}
