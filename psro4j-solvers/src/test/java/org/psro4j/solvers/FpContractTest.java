package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;

/**
 * Fictitious play under the shared solver contract, plus known values: plain fictitious play on
 * rock-paper-scissors approaches the uniform equilibrium (Robinson 1951: the averages converge in
 * zero-sum games), and the reference's uniform mix of 0.1 moves a pure answer to (0.9 + 0.1/k).
 */
class FpContractTest extends MetaSolverContractTest {

  @Override
  MetaSolver createSolver() {
    return new FictitiousPlay(5_000, 0.1);
  }

  @Test
  void plainFictitiousPlayFindsRockPaperScissorsEquilibrium() {
    MetaStrategy s = new FictitiousPlay(20_000, 0).solve(TestGames.rockPaperScissors());
    for (int p = 0; p < 2; p++) {
      for (double x : s.marginal(p)) {
        assertThat(x).isCloseTo(1.0 / 3, within(0.01));
      }
    }
    assertThat(s.gap()).isLessThan(0.02);
  }

  @Test
  void uniformMixOnADominantStrategy() {
    // Row strategy 0 strictly dominates; the column player is indifferent.
    var game =
        org.psro4j.metagame.EmpiricalGame.ofMatrices(
            new double[][] {{1, 1}, {0, 0}}, new double[][] {{0, 0}, {0, 0}});
    MetaStrategy s = MetaSolvers.create("fp").solve(game);
    assertThat(s.marginal(0)[0]).isCloseTo(0.9 + 0.05, within(1e-3));
    assertThat(s.marginal(0)[1]).isCloseTo(0.05, within(1e-3));
  }
}
