package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaGameGaps;
import org.psro4j.metagame.MetaStrategy;

/** Published values (shared/reference/golden-values.md), each with its source. */
class GoldenValuesTest {

  @Test
  void rockPaperScissorsNashIsUniform() {
    // Textbook: the unique equilibrium of RPS is (1/3, 1/3, 1/3), value 0.
    MetaStrategy nash = MetaSolvers.create("nash").solve(TestGames.rockPaperScissors());
    for (double[] marginal : nash.marginals()) {
      assertThat(marginal).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-12));
    }
    assertThat(nash.gap()).isLessThan(1e-12);
  }

  @Test
  void biasedRockPaperScissorsNash() {
    // Bošanský et al.; OpenSpiel lp_solver_test: (1/16, 10/16, 5/16), value 0.
    MetaStrategy nash = MetaSolvers.create("nash").solve(TestGames.biasedRockPaperScissors());
    double[] expected = {1 / 16.0, 10 / 16.0, 5 / 16.0};
    assertThat(nash.marginal(0)).containsExactly(expected, within(1e-12));
    assertThat(nash.marginal(1)).containsExactly(expected, within(1e-12));
    assertThat(
            MetaGameGaps.expectedPayoffs(TestGames.biasedRockPaperScissors(), nash.marginals())[0])
        .isCloseTo(0, within(1e-12));
  }

  @Test
  void alphaRankOnRockPaperScissorsIsUniform() {
    // OpenSpiel alpha_rank docs: RPS at alpha = 100 ranks all strategies equally.
    AlphaRank alphaRank = new AlphaRank(100, 50, 0.01, AlphaRank.Population.AUTO);
    EmpiricalGame rps = TestGames.rockPaperScissors();
    assertThat(alphaRank.usesSinglePopulation(rps)).isTrue();
    assertThat(alphaRank.stationaryDistribution(rps))
        .containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-9));
  }

  @Test
  void alphaRankOnHanEtAlTable() {
    // OpenSpiel alpharank_test (test_evolutionary_dynamics_single_pop_2player... Han et al. 2013
    // table with r=1, t=2, p=0, s=-1, delta=4, eps=0.25), m = 20, alpha = 0.1, no local selection.
    double r = 1, t = 2, p = 0, s = -1, delta = 4, eps = 0.25;
    double[][] table = {
      {r - eps / 2, r - eps, 0, s + delta - eps, r - eps},
      {r, r, s, s, s},
      {0, t, p, p, p},
      {t - delta, t, p, p, p},
      {r, t, p, p, p}
    };
    AlphaRank alphaRank = new AlphaRank(0.1, 20, 0.01, AlphaRank.Population.SINGLE);
    double[] pi = alphaRank.stationaryDistribution(EmpiricalGame.ofSymmetric(table));
    assertThat(pi)
        .containsExactly(
            new double[] {0.40966787, 0.07959841, 0.20506998, 0.08505983, 0.2206039}, within(1e-8));
  }

  @Test
  void shapleyMaxWelfareCorrelatedEquilibriumHasWelfareOne() {
    // OpenSpiel corr_dist_test: 1/6 on each off-diagonal cell is a CE with values 1/2 each, which
    // is the max-welfare CE (welfare 1).
    EmpiricalGame shapley = TestGames.shapley();
    MetaStrategy mwce = MetaSolvers.create("mwce").solve(shapley);
    double[] values = MetaGameGaps.expectedPayoffs(shapley, mwce.joint());
    assertThat(values[0] + values[1]).isCloseTo(1, within(1e-9));
    assertThat(mwce.gap()).isLessThan(1e-12);
  }

  @Test
  void shapleyUniformAndOffDiagonalDistributionsAreCorrelatedEquilibria() {
    // OpenSpiel corr_dist_test: 1/9 on every cell is a CE (values 1/3), 1/6 off-diagonal too.
    EmpiricalGame shapley = TestGames.shapley();
    double[] uniform = new double[9];
    java.util.Arrays.fill(uniform, 1 / 9.0);
    assertThat(MetaGameGaps.ceGap(shapley, uniform)).isCloseTo(0, within(1e-15));
    assertThat(MetaGameGaps.expectedPayoffs(shapley, uniform))
        .containsExactly(new double[] {1 / 3.0, 1 / 3.0}, within(1e-15));
    double[] offDiagonal = {0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 0};
    assertThat(MetaGameGaps.ceGap(shapley, offDiagonal)).isCloseTo(0, within(1e-15));
    assertThat(MetaGameGaps.expectedPayoffs(shapley, offDiagonal))
        .containsExactly(new double[] {0.5, 0.5}, within(1e-15));
  }

  @Test
  void prdApproachesBiasedRockPaperScissorsNash() {
    // Lanctot et al. 2017: PRD's average approximates the Nash of a zero-sum game.
    MetaStrategy prd = MetaSolvers.create("prd").solve(TestGames.biasedRockPaperScissors());
    assertThat(prd.marginal(0))
        .containsExactly(new double[] {1 / 16.0, 10 / 16.0, 5 / 16.0}, within(0.02));
  }
}
