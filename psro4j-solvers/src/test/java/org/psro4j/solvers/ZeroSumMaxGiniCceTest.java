package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaStrategy;

/**
 * Max-Gini CCE on random two-player zero-sum games, whose CCE polytope has no interior: every CCE
 * has Nash-equilibrium marginals and pays the game value (Forges 1990, Econometrica 58), so with a
 * unique equilibrium (x*, y*) it is {σ ≥ 0 : marginals x*, y*, E_σ[u₁] = v}.
 */
class ZeroSumMaxGiniCceTest {

  @ParameterizedTest(name = "50x50 seed {0}")
  @ValueSource(longs = {13, 1})
  void fiftyByFiftyIsSolvedWithEquilibriumMarginals(long seed) {
    // Seed 13 failed before (300 Newton steps from λ = 0, then the active-set method, 40 s).
    EmpiricalGame game = TestGames.randomZeroSum(50, seed);
    CorrelatedEquilibriumSolver solver = (CorrelatedEquilibriumSolver) MetaSolvers.create("mgcce");
    MetaStrategy cce = solver.solve(game);
    assertThat(cce.gap()).isLessThanOrEqualTo(1e-9);
    assertNashMarginals(game, cce.joint(), 50);
  }

  @Test
  void theInteriorPointRestartFindsThePrimalQpOptimum() {
    // ojAlgo's primal QP, an independent solver (too slow beyond about 10x10).
    EmpiricalGame game = TestGames.randomZeroSum(8, 3);
    DeviationConstraints a = new DeviationConstraints(game, false);
    double[] b = new double[a.rows];
    MaxGiniInteriorPoint interior = new MaxGiniInteriorPoint(a, b);
    interior.solve();
    double[] primal = CorrelatedPrograms.maxGiniPrimal(a, b);
    assertThat(interior.sigma).containsExactly(primal, within(1e-6));
    // Newton from the interior point's multipliers reads off and verifies the exact optimum.
    MaxGiniDual dual = new MaxGiniDual(a, b);
    double[] sigma = dual.solve(interior.lambda, 300);
    assertThat(sigma).isNotNull();
    assertThat(sigma).containsExactly(primal, within(1e-6));
  }

  @Test
  void theFiftyByFiftyAnswerSatisfiesTheOptimalityConditions() {
    // With a unique equilibrium the polytope is {σ ≥ 0 : marginals x*, y*, Σσ·U = v}, and σ is its
    // least-norm point iff σ_ij = max(0, α_i + β_j + γU_ij) on supp x* × supp y* for some α, β, γ
    // (KKT): fit α, β, γ on the support of σ, exactly, and check the sign off it.
    int k = 50;
    EmpiricalGame game = TestGames.randomZeroSum(k, 13);
    double[] sigma = MetaSolvers.create("mgcce").solve(game).joint();
    double[][] nash = MetaSolvers.create("nash").solve(game).marginals();
    java.util.List<double[]> rows = new java.util.ArrayList<>();
    java.util.List<Double> rhs = new java.util.ArrayList<>();
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        if (sigma[i * k + j] > 1e-13) {
          double[] row = new double[2 * k + 1];
          row[i] = 1;
          row[k + j] = 1;
          row[2 * k] = game.payoff(0, i * k + j);
          rows.add(row);
          rhs.add(sigma[i * k + j]);
        }
      }
    }
    double[] d = rhs.stream().mapToDouble(Double::doubleValue).toArray();
    MinimumNormSolver.Solution fit =
        MinimumNormSolver.solve(rows.toArray(new double[0][]), d, 1e-11);
    assertThat(fit.residual()).isLessThanOrEqualTo(1e-9);
    double[] x = fit.x();
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        if (nash[0][i] > 1e-9 && nash[1][j] > 1e-9 && sigma[i * k + j] <= 1e-13) {
          assertThat(x[i] + x[k + j] + x[2 * k] * game.payoff(0, i * k + j))
              .isLessThanOrEqualTo(1e-9);
        }
      }
    }
  }

  @Test
  void theGoofspielMetaGameThatStoppedJpsroIsSolved() {
    // The 26x26 meta-game of `psro4j run --game "goofspiel(num_cards=4)" --algo jpsro --solver
    // mgcce --oracle exact --seed 1` at iteration 25 (676 profiles, duplicate strategies, many
    // equilibria), on which the solver failed after 300 Newton steps and the active-set method.
    EmpiricalGame game = DegenerateMetaGamesTest.fixture("goofspiel4-jpsro-mgcce-iteration25.json");
    MetaStrategy cce = MetaSolvers.create("mgcce").solve(game);
    assertThat(cce.gap()).isLessThanOrEqualTo(1e-9);
    // Zero-sum: every CCE's marginals are maximin strategies and it pays the value (Forges 1990).
    int k = game.size(0);
    double[] sigma = cce.joint();
    double[] x = new double[k];
    double[] y = new double[k];
    double paid = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        x[i] += sigma[i * k + j];
        y[j] += sigma[i * k + j];
        paid += sigma[i * k + j] * game.payoff(0, i * k + j);
      }
    }
    double worst = Double.POSITIVE_INFINITY;
    double best = Double.NEGATIVE_INFINITY;
    for (int t = 0; t < k; t++) {
      double against = 0;
      double into = 0;
      for (int s = 0; s < k; s++) {
        against += x[s] * game.payoff(0, s * k + t);
        into += y[s] * game.payoff(0, t * k + s);
      }
      worst = Math.min(worst, against);
      best = Math.max(best, into);
    }
    assertThat(worst).isCloseTo(paid, within(1e-9));
    assertThat(best).isCloseTo(paid, within(1e-9));
  }

  private static void assertNashMarginals(EmpiricalGame game, double[] sigma, int k) {
    double[][] nash = MetaSolvers.create("nash").solve(game).marginals();
    double value = 0;
    double gameValue = 0;
    double[] row = new double[k];
    double[] column = new double[k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double s = sigma[i * k + j];
        assertThat(s).isGreaterThanOrEqualTo(0);
        row[i] += s;
        column[j] += s;
        value += s * game.payoff(0, i * k + j);
        gameValue += nash[0][i] * nash[1][j] * game.payoff(0, i * k + j);
      }
    }
    assertThat(value).isCloseTo(gameValue, within(1e-8));
    assertThat(row).containsExactly(nash[0], within(1e-8));
    assertThat(column).containsExactly(nash[1], within(1e-8));
  }
}
