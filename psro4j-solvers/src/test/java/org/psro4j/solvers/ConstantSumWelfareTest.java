package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaStrategy;

/**
 * Max-welfare (C)CE of two-player zero-sum games: the welfare is 0 at every profile, so every (C)CE
 * is a max-welfare one and the solver returns the Nash product x* ⊗ y* (a Nash equilibrium is a
 * CE), which for a 50×50 CE replaces a 4,900-row LP the simplex did not finish in 10 minutes.
 */
class ConstantSumWelfareTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"mwce", "mwcce"})
  void aFiftyByFiftyZeroSumGameGetsTheNashProduct(String name) {
    EmpiricalGame game = TestGames.randomZeroSum(50, 13);
    CorrelatedEquilibriumSolver solver = (CorrelatedEquilibriumSolver) MetaSolvers.create(name);
    MetaStrategy answer = solver.solve(game);
    assertThat(solver.lastMethod()).isEqualTo("constant-sum nash product");
    assertThat(answer.gap()).isLessThanOrEqualTo(1e-9);
    double[][] nash = MetaSolvers.create("nash").solve(game).marginals();
    double[] sigma = answer.joint();
    for (int i = 0; i < 50; i++) {
      for (int j = 0; j < 50; j++) {
        assertThat(sigma[i * 50 + j]).isCloseTo(nash[0][i] * nash[1][j], within(1e-9));
      }
    }
  }
}
