package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.EmpiricalGameJson;
import org.psro4j.metagame.MetaGameGaps;
import org.psro4j.metagame.MetaSolverException;
import org.psro4j.metagame.MetaStrategy;

/**
 * Max-Gini (C)CE on the degenerate meta-games JPSRO builds with exact best responses (duplicate and
 * payoff-equivalent strategies, many ties): the gap is at rounding level, and warm and cold solves
 * return the same bits. The fixtures are the metagame.json files of `psro4j run --game
 * "kuhn_poker(players=3)" --algo jpsro --solver mgcce` after iteration 13 (the population stops
 * growing at 14) and of `psro4j run --game kuhn_poker --algo jpsro --solver mgce` after iteration
 * 10.
 */
class DegenerateMetaGamesTest {

  static EmpiricalGame fixture(String name) {
    try {
      return EmpiricalGameJson.read(
          Path.of(DegenerateMetaGamesTest.class.getResource("/metagames/" + name).toURI()));
    } catch (java.io.IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The game restricted to the first {@code k} strategies of every player (fewer if it has). */
  static EmpiricalGame prefix(EmpiricalGame game, int k) {
    EmpiricalGame sub = new EmpiricalGame(game.players());
    for (int p = 0; p < game.players(); p++) {
      for (int s = 0; s < Math.min(k, game.size(p)); s++) {
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

  @Test
  void threePlayerKuhnCceIsExactAndWarmStartChangesNoBit() {
    EmpiricalGame full = fixture("kuhn3-jpsro-mgcce-iteration13.json");
    CorrelatedEquilibriumSolver warm =
        (CorrelatedEquilibriumSolver)
            MetaSolvers.create("mgcce", SolverOptions.parse("warm_start=true"));
    for (int k = 2; k <= 14; k += 3) {
      EmpiricalGame game = prefix(full, k);
      MetaStrategy warmResult = warm.solve(game);
      MetaStrategy coldResult = MetaSolvers.create("mgcce").solve(game);
      assertThat(coldResult.gap()).as("k=%d", k).isLessThanOrEqualTo(1e-12);
      assertThat(MetaGameGaps.cceGap(game, coldResult.joint())).isLessThanOrEqualTo(1e-12);
      assertThat(warmResult.joint()).as("k=%d", k).isEqualTo(coldResult.joint());
    }
  }

  @Test
  void theMaxGiniCceIsTheLeastNormPoint() {
    // Cross-check of the exact face solve against ojAlgo's primal QP (slow, so on a prefix).
    EmpiricalGame game = prefix(fixture("kuhn3-jpsro-mgcce-iteration13.json"), 4);
    DeviationConstraints a = new DeviationConstraints(game, false);
    double[] b = new double[a.rows];
    double[] sigma = new MaxGiniDual(a, b).solve(null, 60);
    double[] primal = CorrelatedPrograms.maxGiniPrimal(a, b);
    assertThat(squaredNorm(sigma)).isLessThanOrEqualTo(squaredNorm(primal) + 1e-9);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"mgce", "mgcce"})
  void twoPlayerKuhnCorrelatedGapIsExact(String solver) {
    EmpiricalGame game = fixture("kuhn2-jpsro-mgce-iteration10.json");
    MetaStrategy strategy = MetaSolvers.create(solver).solve(game);
    assertThat(strategy.gap()).isLessThanOrEqualTo(1e-12);
  }

  @Test
  void duplicatedStrategiesShareTheirMassEqually() {
    // Shapley's game with the first strategy of each player repeated: the dependent deviation rows
    // are identical, and by symmetry the least-norm point splits the mass of each duplicate pair.
    double[][] a = {{0, 0, 0, 1}, {0, 0, 0, 1}, {1, 1, 0, 0}, {0, 0, 1, 0}};
    double[][] b = {{0, 0, 1, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}, {1, 1, 0, 0}};
    EmpiricalGame game = EmpiricalGame.ofMatrices(a, b);
    for (String name : new String[] {"mgcce", "mgce"}) {
      double[] joint = MetaSolvers.create(name).solve(game).joint();
      assertThat(MetaGameGaps.cceGap(game, joint)).as(name).isLessThanOrEqualTo(1e-12);
      for (int j = 0; j < 4; j++) {
        assertThat(joint[j]).as(name).isCloseTo(joint[4 + j], within(1e-14));
        assertThat(joint[4 * j]).as(name).isCloseTo(joint[4 * j + 1], within(1e-14));
      }
    }
  }

  @Test
  void smallZeroSumCorrelatedEquilibriaAreExact() {
    for (long seed = 1; seed <= 3; seed++) {
      EmpiricalGame game = TestGames.randomZeroSum(5, 500 + seed);
      MetaStrategy ce = MetaSolvers.create("mgce").solve(game);
      assertThat(ce.gap()).isLessThanOrEqualTo(1e-12);
    }
  }

  @Test
  void largerZeroSumCorrelatedEquilibriaAreExactToo() {
    // The CE polytope of a random 10x10 zero-sum game is a single point (issue #13: this threw
    // before); ZeroSumCorrelatedTest checks sizes up to 30x30.
    EmpiricalGame game = TestGames.randomZeroSum(10, 7);
    assertThat(MetaSolvers.create("mgce").solve(game).gap()).isLessThanOrEqualTo(1e-12);
  }

  @Test
  void anEmptyPolytopeIsReported() {
    EmpiricalGame game = TestGames.rockPaperScissors();
    assertThatThrownBy(
            () -> MetaSolvers.create("mgcce", SolverOptions.parse("epsilon=-0.5")).solve(game))
        .isInstanceOf(MetaSolverException.class)
        .hasMessageContaining("polytope is empty");
  }

  private static double squaredNorm(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x * x;
    }
    return s;
  }
}
