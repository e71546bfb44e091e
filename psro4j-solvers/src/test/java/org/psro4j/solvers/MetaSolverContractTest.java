package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.GapKind;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;

/**
 * The invariants every meta-solver keeps, on ordinary and degenerate games: probabilities are
 * non-negative and sum to 1 within 1e−9, and the reported gap equals the gap recomputed by {@link
 * ReferenceGaps}. Subclasses say which solver and whether it must reach an equilibrium.
 */
abstract class MetaSolverContractTest {

  /** The solver under test (a fresh one per game). */
  abstract MetaSolver createSolver();

  /** Whether the solver handles games with more than two players. */
  boolean handlesMultiplayer() {
    return true;
  }

  /** The largest gap accepted, relative to the payoff scale; infinity when not an equilibrium. */
  double requiredGap() {
    return Double.POSITIVE_INFINITY;
  }

  static Stream<Named<EmpiricalGame>> games() {
    List<Named<EmpiricalGame>> games = new ArrayList<>();
    games.add(Named.of("rock-paper-scissors", TestGames.rockPaperScissors()));
    games.add(Named.of("biased RPS", TestGames.biasedRockPaperScissors()));
    games.add(Named.of("Shapley", TestGames.shapley()));
    games.add(Named.of("random 5x5 general-sum", TestGames.randomGeneralSum(2, 5, 11)));
    games.add(
        Named.of(
            "one strategy each",
            EmpiricalGame.ofMatrices(new double[][] {{2}}, new double[][] {{-1}})));
    games.add(
        Named.of(
            "one row",
            EmpiricalGame.ofMatrices(new double[][] {{1, 2, 3}}, new double[][] {{3, 1, 2}})));
    games.add(
        Named.of(
            "all payoffs equal",
            EmpiricalGame.ofMatrices(
                new double[][] {{1, 1}, {1, 1}}, new double[][] {{1, 1}, {1, 1}})));
    games.add(
        Named.of(
            "duplicate strategies",
            EmpiricalGame.ofZeroSum(new double[][] {{0, -1, 1, 0}, {1, 0, -1, 1}, {1, 0, -1, 1}})));
    games.add(
        Named.of(
            "dominated strategy (prisoner's dilemma)",
            EmpiricalGame.ofMatrices(
                new double[][] {{3, 0}, {5, 1}}, new double[][] {{3, 5}, {0, 1}})));
    games.add(Named.of("payoffs of scale 1e6", TestGames.scaledBattleOfSexes(1e6)));
    games.add(Named.of("payoffs of scale 1e-6", TestGames.scaledBattleOfSexes(1e-6)));
    games.add(Named.of("3-player random", TestGames.randomGeneralSum(3, 3, 5)));
    games.add(
        Named.of(
            "3-player one strategy for two",
            EmpiricalGame.ofExact(
                new int[] {1, 3, 1}, new double[][] {{1, 2, 3}, {0, 0, 0}, {3, 2, 1}})));
    return games.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("games")
  void returnsAValidDistributionWithItsTrueGap(EmpiricalGame game) {
    if (game.players() > 2 && !handlesMultiplayer()) {
      return;
    }
    MetaStrategy strategy = createSolver().solve(game);
    double scale = GameChecks.payoffScale(game);

    double[][] marginals = strategy.marginals();
    assertThat(marginals).hasNumberOfRows(game.players());
    for (int p = 0; p < game.players(); p++) {
      assertThat(marginals[p]).hasSize(game.size(p));
      assertValidDistribution(marginals[p]);
    }
    double recomputed;
    if (strategy.isJoint()) {
      double[] joint = strategy.joint();
      assertThat(joint).hasSize(game.jointSize());
      assertValidDistribution(joint);
      recomputed =
          strategy.gapKind() == GapKind.CE_GAP
              ? ReferenceGaps.ceGap(game, joint)
              : ReferenceGaps.cceGap(game, joint);
    } else {
      assertThat(strategy.gapKind()).isEqualTo(GapKind.NASH_CONV);
      recomputed = ReferenceGaps.nashConv(game, marginals);
    }
    assertThat(strategy.gap()).isCloseTo(recomputed, within(1e-12 * scale));
    if (Double.isFinite(requiredGap())) {
      assertThat(strategy.gap()).isLessThanOrEqualTo(requiredGap() * scale);
    }
  }

  private static void assertValidDistribution(double[] distribution) {
    double sum = 0;
    for (double v : distribution) {
      assertThat(v).isGreaterThanOrEqualTo(0);
      sum += v;
    }
    assertThat(sum).isCloseTo(1, within(1e-9));
  }
}
