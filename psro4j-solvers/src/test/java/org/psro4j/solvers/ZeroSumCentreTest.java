package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaStrategy;

class ZeroSumCentreTest {

  @Test
  void duplicateStrategiesShareTheirMassEquallyAtTheCentre() {
    // Matching pennies with the row player's "heads" listed twice: every (p, q, 1/2) with
    // p + q = 1/2 is optimal; the centre of that face is (1/4, 1/4, 1/2), a vertex is not.
    double[][] a = {{1, -1}, {1, -1}, {-1, 1}};
    assertThat(ZeroSumCentre.maximin(a))
        .containsExactly(new double[] {0.25, 0.25, 0.5}, within(1e-9));
  }

  @Test
  void centreIsTheDefaultAndVertexIsAnOption() {
    EmpiricalGame g = EmpiricalGame.ofZeroSum(new double[][] {{1, -1}, {1, -1}, {-1, 1}});
    MetaStrategy centre = MetaSolvers.create("nash").solve(g);
    assertThat(centre.marginal(0)).containsExactly(new double[] {0.25, 0.25, 0.5}, within(1e-9));
    assertThat(centre.gap()).isLessThanOrEqualTo(1e-9);
    MetaStrategy vertex =
        MetaSolvers.create("nash", SolverOptions.of(Map.of("selection", "vertex"))).solve(g);
    assertThat(vertex.gap()).isLessThanOrEqualTo(1e-9);
    assertThat(vertex.marginal(0)[2]).isCloseTo(0.5, within(1e-9));
    assertThatThrownBy(
            () -> MetaSolvers.create("nash", SolverOptions.of(Map.of("selection", "middle"))))
        .hasMessageContaining("selection=middle");
  }

  @Test
  void biasedRockPaperScissorsHasItsUniqueEquilibriumAtTheCentre() {
    // (1/16, 10/16, 5/16): Bošanský et al.; OpenSpiel lp_solver_test.
    double[][] a = {{0, -0.25, 0.5}, {0.25, 0, -0.05}, {-0.5, 0.05, 0}};
    assertThat(ZeroSumCentre.maximin(a))
        .containsExactly(new double[] {1 / 16.0, 10 / 16.0, 5 / 16.0}, within(1e-8));
  }
}
