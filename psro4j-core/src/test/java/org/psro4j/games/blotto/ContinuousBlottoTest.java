package org.psro4j.games.blotto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.game.ContinuousState;
import org.psro4j.game.Games;

/**
 * The known structure of continuous Colonel Blotto (Borel 1921; Roberson, "The Colonel Blotto
 * game", Economic Theory 29:1–24, 2006): zero-sum, symmetric with equal budgets, no pure
 * equilibrium for three or more fields, and Roberson's equilibrium with uniform marginals on {@code
 * [0, 2B/k]}, sampled here by Borel's disc construction for three fields.
 */
class ContinuousBlottoTest {

  private static final double EXACT = 1e-12;

  private static ContinuousBlotto blotto(String parameters) {
    return (ContinuousBlotto) Games.load("continuous_blotto(" + parameters + ")");
  }

  /** Player 0's return when the players pick action vectors {@code a} and {@code b}. */
  private static double play(ContinuousBlotto game, double[] a, double[] b) {
    ContinuousState s = (ContinuousState) game.newInitialState();
    s.applyContinuous(new double[][] {a, b});
    assertThat(s.isTerminal()).isTrue();
    return s.returns()[0];
  }

  private static double[] randomVector(int k, SplittableRandom rng) {
    double[] v = new double[k];
    for (int i = 0; i < k; i++) {
      v[i] = rng.nextDouble();
    }
    return v;
  }

  @Test
  void returnsAreZeroSumAndCountFieldsWonMinusLost() {
    ContinuousBlotto game = blotto("fields=4,budget_a=1.0,budget_b=1.5");
    SplittableRandom rng = new SplittableRandom(1);
    for (int i = 0; i < 2000; i++) {
      ContinuousState s = (ContinuousState) game.newInitialState();
      s.applyContinuous(new double[][] {randomVector(4, rng), randomVector(4, rng)});
      assertThat(s.returns()[0] + s.returns()[1]).isCloseTo(0.0, within(EXACT));
    }
    // (1/2, 1/4, 1/8, 1/8) vs (1/8, 1/4, 3/8, 1/4), budgets 1 (binary fractions, so exact):
    // field 1 won, field 2 tied, fields 3 and 4 lost → (1 − 2) / 4.
    assertThat(
            play(
                blotto("fields=4"),
                new double[] {0.5, 0.25, 0.125, 0.125},
                new double[] {0.125, 0.25, 0.375, 0.25}))
        .isEqualTo(-0.25);
  }

  @Test
  void equalBudgetsMakeTheGameSymmetric() {
    ContinuousBlotto game = blotto("fields=5");
    SplittableRandom rng = new SplittableRandom(2);
    for (int i = 0; i < 2000; i++) {
      double[] a = randomVector(5, rng);
      double[] b = randomVector(5, rng);
      assertThat(play(game, a, b)).isEqualTo(-play(game, b, a));
      assertThat(play(game, a, a)).as("equal allocations tie").isZero();
    }
  }

  @Test
  void theZeroVectorIsTheEvenSplit() {
    ContinuousBlotto game = blotto("fields=4,budget_a=2.0");
    assertThat(game.allocation(0, new double[4])).containsExactly(0.5, 0.5, 0.5, 0.5);
    assertThat(game.allocation(0, new double[] {1, 1, 1, 1})).containsExactly(0.5, 0.5, 0.5, 0.5);
    assertThatThrownBy(() -> game.allocation(1, new double[] {0.5, Double.NaN, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }

  @Test
  void bestResponseValuesOfHandComputedCases() {
    // Even split (1/3 each) with equal budgets: win two fields with 1/3 + ε each, lose one.
    assertThat(blotto("fields=3").bestResponseValue(0, new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}))
        .isCloseTo(1.0 / 3, within(EXACT));
    // (0.1, 0.2, 0.3, 0.4) against a budget of 1: the three cheapest cost 0.6 < 1, all four 1.
    assertThat(blotto("fields=4").bestResponseValue(0, new double[] {0.1, 0.2, 0.3, 0.4}))
        .isCloseTo(0.5, within(EXACT));
    // Budget 0.5 against (0.5, 0.5, 0.5): no field can be won, one tied → (0 − 2) / 3.
    assertThat(
            blotto("fields=3,budget_a=0.5,budget_b=1.5")
                .bestResponseValue(0, new double[] {0.5, 0.5, 0.5}))
        .isCloseTo(-2.0 / 3, within(EXACT));
    // Budget 0.1 against 1/3 per field: everything lost.
    assertThat(
            blotto("fields=3,budget_a=0.1")
                .bestResponseValue(0, new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}))
        .isCloseTo(-1.0, within(EXACT));
    // Player 1 (budget 1) against player 0's even split of 2 (2/3 per field): one field won.
    assertThat(
            blotto("fields=3,budget_a=2.0")
                .bestResponseValue(1, new double[] {2.0 / 3, 2.0 / 3, 2.0 / 3}))
        .isCloseTo(-1.0 / 3, within(EXACT));
    // Budget 3 against (0.25, 0.75): both fields won.
    assertThat(blotto("fields=2,budget_a=3.0").bestResponseValue(0, new double[] {0.25, 0.75}))
        .isEqualTo(1.0);
  }

  @Test
  void bestResponseValueIsAttainedAndNoGridAllocationBeatsIt() {
    ContinuousBlotto game = blotto("fields=3,budget_a=1.0,budget_b=1.3");
    SplittableRandom rng = new SplittableRandom(3);
    int steps = 40;
    for (int trial = 0; trial < 200; trial++) {
      double[] opponent = game.allocation(1, randomVector(3, rng));
      double value = game.bestResponseValue(0, opponent);
      assertThat(game.returns(attaining(game.budget(0), opponent), opponent)[0])
          .as("the constructed response to %s", Arrays.toString(opponent))
          .isCloseTo(value, within(EXACT));
      for (int i = 0; i <= steps; i++) {
        for (int j = 0; i + j <= steps; j++) {
          double[] mine = {i * 1.0 / steps, j * 1.0 / steps, (steps - i - j) * 1.0 / steps};
          assertThat(game.returns(mine, opponent)[0]).isLessThanOrEqualTo(value + EXACT);
        }
      }
    }
  }

  /**
   * Wins the cheapest fields that fit strictly inside the budget, spreading the slack over them.
   */
  private static double[] attaining(double budget, double[] opponent) {
    Integer[] order = new Integer[opponent.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(opponent[x], opponent[y]));
    double spent = 0;
    int won = 0;
    while (won < order.length && spent + opponent[order[won]] < budget) {
      spent += opponent[order[won]];
      won++;
    }
    double[] out = new double[opponent.length];
    if (won == 0) {
      out[order[0]] = budget;
      return out;
    }
    for (int r = 0; r < won; r++) {
      out[order[r]] = opponent[order[r]] + (budget - spent) / won;
    }
    return out;
  }

  @Test
  void twoFieldsWithEqualBudgetsHaveThePureEquilibriumOfTheEvenSplit() {
    ContinuousBlotto game = blotto("fields=2");
    assertThat(game.bestResponseValue(1, new double[] {0.5, 0.5})).isZero();
    SplittableRandom rng = new SplittableRandom(4);
    for (int i = 0; i < 1000; i++) {
      assertThat(play(game, new double[] {0.5, 0.5}, randomVector(2, rng))).isZero();
    }
  }

  @Test
  void threeOrMoreFieldsWithEqualBudgetsHaveNoPureEquilibrium() {
    // The opponent spends its whole budget B, so the k − 1 cheapest fields cost at most
    // B (k − 1) / k < B and can all be won, while all k cannot: every allocation is beaten by
    // exactly (k − 2) / k >= 1/3 > 0, the game's value being 0.
    SplittableRandom rng = new SplittableRandom(5);
    for (int k = 3; k <= 7; k++) {
      ContinuousBlotto game = blotto("fields=" + k + ",budget_a=2.5,budget_b=2.5");
      for (int i = 0; i < 500; i++) {
        double[] allocation = game.allocation(1, randomVector(k, rng));
        assertThat(game.bestResponseValue(0, allocation))
            .as("best response to %s", Arrays.toString(allocation))
            .isCloseTo((k - 2.0) / k, within(EXACT))
            .isGreaterThanOrEqualTo(1.0 / 3 - EXACT);
      }
    }
  }

  @Test
  void aBudgetAboveFieldsTimesTheOpponentsWinsEveryFieldWithTheEvenSplit() {
    // Budget 3.5 > 3 × 1: the even split puts 7/6 on each field, more than the opponent owns.
    ContinuousBlotto game = blotto("fields=3,budget_a=3.5,budget_b=1.0");
    SplittableRandom rng = new SplittableRandom(6);
    for (int i = 0; i < 1000; i++) {
      double[] b = i == 0 ? new double[] {1, 0, 0} : randomVector(3, rng);
      assertThat(play(game, new double[] {0.5, 0.5, 0.5}, b)).isEqualTo(1.0);
      assertThat(game.bestResponseValue(0, game.allocation(1, b))).isEqualTo(1.0);
    }
  }
}
