package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.metagame.RectifiedTarget;

/** Registry, options, error messages, rectified targets, warm starts and min-epsilon. */
class SolverBehaviourTest {

  @Test
  void registryKnowsEveryName() {
    for (String name : MetaSolvers.names()) {
      assertThat(MetaSolvers.create(name).name()).isEqualTo(name);
    }
    assertThatThrownBy(() -> MetaSolvers.create("lp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown solver 'lp'")
        .hasMessageContaining("mgcce");
  }

  @Test
  void aSolverStringCarriesItsOptions() {
    MetaSolver prd = MetaSolvers.create(" prd(iterations=25000, dt=0.004) ");
    assertThat(prd.name()).isEqualTo("prd");
    assertThat(prd.settings())
        .containsEntry("iterations", 25_000)
        .containsEntry("dt", 0.004)
        .containsEntry("gamma", 1e-6);
    assertThat(MetaSolvers.create("prd()").settings()).containsEntry("iterations", 100_000);
    assertThatThrownBy(() -> MetaSolvers.create("prd(iterations=25000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name(option=value,...)");
    assertThatThrownBy(() -> MetaSolvers.create("prd(iters=5)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("iters");
    assertThatThrownBy(() -> MetaSolvers.create("magic(x=1)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown solver 'magic'");
  }

  @Test
  void unknownOrMalformedOptionsAreRejected() {
    assertThatThrownBy(() -> MetaSolvers.create("prd", SolverOptions.parse("iters=5")))
        .hasMessageContaining("no option 'iters'")
        .hasMessageContaining("iterations");
    assertThatThrownBy(() -> MetaSolvers.create("prd", SolverOptions.parse("dt=fast")))
        .hasMessageContaining("dt=fast is not a number");
    ProjectedReplicatorDynamics prd =
        (ProjectedReplicatorDynamics)
            MetaSolvers.create("prd", SolverOptions.of(Map.of("iterations", "1e3")));
    assertThat(prd.solve(TestGames.rockPaperScissors()).marginal(0)[0])
        .isCloseTo(1 / 3.0, within(1e-12));
  }

  @Test
  void nashRefusesGeneralSumGamesWithMoreThanTwoPlayers() {
    assertThatThrownBy(() -> MetaSolvers.create("nash").solve(TestGames.randomGeneralSum(3, 2, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3-player general-sum")
        .hasMessageContaining("prd, alpharank, cce, ce");
  }

  @Test
  void solversRefuseIncompleteGames() {
    EmpiricalGame live = new EmpiricalGame(2);
    live.addStrategy(0, "a");
    live.addStrategy(1, "b");
    live.addStrategy(1, "c");
    live.setExact(new int[] {0, 0}, new double[] {1, -1});
    assertThatThrownBy(() -> MetaSolvers.create("cce").solve(live))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing entries, first [0, 1]");
  }

  @Test
  void rectifiedTargetsOfRockPaperScissors() {
    // Balduzzi et al. 2019: each Nash strategy trains against the Nash-weighted opponents it beats
    // or ties. Rock ties rock and beats scissors: target (1/2, 0, 1/2).
    RectifiedNash rectified = new RectifiedNash();
    List<RectifiedTarget> targets = rectified.targets(TestGames.rockPaperScissors());
    assertThat(targets).hasSize(6);
    RectifiedTarget rock = targets.getFirst();
    assertThat(rock.player()).isZero();
    assertThat(rock.strategy()).isZero();
    assertThat(rock.weight()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(rock.opponentDistribution())
        .containsExactly(new double[] {0.5, 0, 0.5}, within(1e-12));
    RectifiedTarget columnPaper = targets.get(4);
    assertThat(columnPaper.player()).isEqualTo(1);
    assertThat(columnPaper.strategy()).isEqualTo(1);
    // Column's paper ties row paper and beats row rock.
    assertThat(columnPaper.opponentDistribution())
        .containsExactly(new double[] {0.5, 0.5, 0}, within(1e-12));
  }

  @Test
  void maxGiniSolvesThroughItsDualAndWarmStartsAsTheGameGrows() {
    CorrelatedEquilibriumSolver warm =
        (CorrelatedEquilibriumSolver)
            MetaSolvers.create("mgcce", SolverOptions.parse("warm_start=true"));
    EmpiricalGame big = TestGames.randomGeneralSum(3, 6, 9);
    EmpiricalGame small = subgame(big, 5);
    warm.solve(small);
    assertThat(warm.lastMethod()).isEqualTo("dual");
    MetaStrategy warmResult = warm.solve(big);
    assertThat(warm.lastMethod()).isEqualTo("dual (warm start)");
    CorrelatedEquilibriumSolver cold = (CorrelatedEquilibriumSolver) MetaSolvers.create("mgcce");
    MetaStrategy coldResult = cold.solve(big);
    assertThat(cold.lastMethod()).isEqualTo("dual");
    // The max-Gini CCE is unique and read off its face, so the warm start changes no bit.
    assertThat(warmResult.joint()).isEqualTo(coldResult.joint());
  }

  @Test
  void maxGiniDualAgreesWithThePrimalQp() {
    EmpiricalGame game = TestGames.randomGeneralSum(3, 4, 21);
    for (boolean ce : new boolean[] {false, true}) {
      DeviationConstraints a = new DeviationConstraints(game, ce);
      double[] b = new double[a.rows];
      double[] dual = new MaxGiniDual(a, b).solve(null, 300);
      double[] primal = CorrelatedPrograms.maxGiniPrimal(a, b);
      assertThat(dual).isNotNull();
      assertThat(dual).containsExactly(primal, within(1e-6));
    }
  }

  @Test
  void everyCorrelatedSolverIsAPureFunctionOfItsGameByDefault() {
    EmpiricalGame game = TestGames.randomGeneralSum(3, 4, 31);
    for (String name : new String[] {"mgcce", "mgce", "mecce", "mece"}) {
      MetaStrategy first = MetaSolvers.create(name).solve(game);
      org.psro4j.metagame.MetaSolver used = MetaSolvers.create(name);
      used.solve(subgame(game, 3));
      // A solver that has seen a smaller game first (as in a run, not after a resume) agrees.
      assertThat(used.solve(game).joint()).as(name).isEqualTo(first.joint());
    }
  }

  @Test
  void activeSetMethodReachesTheLeastNormPoint() {
    EmpiricalGame game = TestGames.randomZeroSum(5, 502);
    DeviationConstraints a = new DeviationConstraints(game, true);
    double[] b = new double[a.rows];
    MaxGiniActiveSet activeSet = new MaxGiniActiveSet(a, b);
    double[] sigma = activeSet.solve(CorrelatedPrograms.deepestPoint(a, b), 5_000);
    double[] primal = CorrelatedPrograms.maxGiniPrimal(a, b);
    assertThat(sigma).isNotNull();
    assertThat(sigma).containsExactly(primal, within(1e-6));
    assertThat(org.psro4j.metagame.MetaGameGaps.ceGap(game, sigma)).isLessThanOrEqualTo(1e-12);
  }

  @Test
  void minimumNormSolverIgnoresDependentRows() {
    // x + y + z = 1 stated three times and x − z = 0: least-norm solution (1/3, 1/3, 1/3).
    double[][] c = {{1, 1, 1}, {1, 0, -1}, {1, 1, 1}, {2, 2, 2}};
    double[] d = {1, 0, 1, 2};
    MinimumNormSolver.Solution s = MinimumNormSolver.solve(c, d, 1e-11);
    assertThat(s.rank()).isEqualTo(2);
    assertThat(s.residual()).isLessThanOrEqualTo(1e-15);
    assertThat(s.x()).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-15));
  }

  @Test
  void minEpsilonFindsAnEquilibriumAndReportsItsGap() {
    EmpiricalGame game = TestGames.randomGeneralSum(3, 3, 4);
    for (String name : new String[] {"mgcce", "mwce", "mecce"}) {
      MetaStrategy strategy =
          MetaSolvers.create(name, SolverOptions.parse("min_epsilon=true")).solve(game);
      // The exact polytope is non-empty, so the smallest epsilon is at most 0.
      assertThat(strategy.gap()).as(name).isLessThanOrEqualTo(1e-6);
    }
  }

  @Test
  void positiveEpsilonRelaxesTheConstraints() {
    EmpiricalGame game = TestGames.randomGeneralSum(2, 4, 8);
    MetaStrategy relaxed =
        MetaSolvers.create("mgcce", SolverOptions.parse("epsilon=0.1")).solve(game);
    for (double gain : org.psro4j.metagame.MetaGameGaps.cceGains(game, relaxed.joint())) {
      assertThat(gain).isLessThanOrEqualTo(0.1 + 1e-9);
    }
  }

  /** The game restricted to the first {@code k} strategies of every player. */
  private static EmpiricalGame subgame(EmpiricalGame game, int k) {
    EmpiricalGame sub = new EmpiricalGame(game.players());
    for (int p = 0; p < game.players(); p++) {
      for (int s = 0; s < k; s++) {
        sub.addStrategy(p, game.name(p, s));
      }
    }
    for (int[] profile : sub.profiles()) {
      double[] payoffs = new double[game.players()];
      for (int p = 0; p < payoffs.length; p++) {
        payoffs[p] = game.mean(p, profile);
      }
      sub.setExact(profile, payoffs);
    }
    return sub;
  }
}
