package org.psro4j.games.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.game.GameParameters;
import org.psro4j.game.GameType;
import org.psro4j.game.Games;
import org.psro4j.game.State;

class NormalFormGameTest {

  private static NormalFormGame load(String gameString) {
    return (NormalFormGame) Games.load(gameString);
  }

  @Test
  void biasedRpsHasOpenSpielsPayoffsScaled() {
    // OpenSpiel matrix_brps (Bosansky et al. 2016, Fig. 7) divided by 100, as golden-values.md.
    NormalFormGame brps = load("biased_rps");
    double[][] row = {{0, -0.25, 0.5}, {0.25, 0, -0.05}, {-0.5, 0.05, 0}};
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertThat(brps.payoff(0, new int[] {i, j})).isEqualTo(row[i][j]);
        assertThat(brps.payoff(1, new int[] {i, j})).isEqualTo(-row[i][j]);
      }
    }
    assertThat(brps.type().utility()).isEqualTo(GameType.Utility.ZERO_SUM);
    assertThat(brps.minUtility()).isEqualTo(-0.5);
    assertThat(brps.maxUtility()).isEqualTo(0.5);
  }

  @Test
  void shapleysGameIsGeneralSumWithTheStatedMatrices() {
    // golden-values.md (OpenSpiel corr_dist_test): row [[0,0,1],[1,0,0],[0,1,0]],
    // column [[0,1,0],[0,0,1],[1,0,0]].
    NormalFormGame shapley = load("shapleys_game");
    assertThat(shapley.payoffTensor(0)).containsExactly(0, 0, 1, 1, 0, 0, 0, 1, 0);
    assertThat(shapley.payoffTensor(1)).containsExactly(0, 1, 0, 0, 0, 1, 1, 0, 0);
    assertThat(shapley.type().utility()).isEqualTo(GameType.Utility.GENERAL_SUM);
  }

  @Test
  void utilityTypesOfTheNamedGames() {
    for (String zeroSum : new String[] {"rock_paper_scissors", "biased_rps", "matching_pennies"}) {
      assertThat(load(zeroSum).type().utility()).as(zeroSum).isEqualTo(GameType.Utility.ZERO_SUM);
    }
    for (String general :
        new String[] {"prisoners_dilemma", "chicken", "battle_of_the_sexes", "shapleys_game"}) {
      assertThat(load(general).type().utility())
          .as(general)
          .isEqualTo(GameType.Utility.GENERAL_SUM);
    }
  }

  @Test
  void prisonersDilemmaPlaysOneJointMove() {
    NormalFormGame pd = load("prisoners_dilemma");
    State s = pd.newInitialState();
    assertThat(s.isSimultaneousNode()).isTrue();
    assertThat(s.informationStateString(0)).isEqualTo("p0");
    assertThat(s.informationStateString(1)).isEqualTo("p1");
    assertThat(s.actionToString(0, 1)).isEqualTo("Defect");
    assertThatThrownBy(() -> s.apply(0)).isInstanceOf(IllegalStateException.class);
    s.apply(new int[] {1, 0});
    assertThat(s.isTerminal()).isTrue();
    assertThat(s.returns()).containsExactly(10.0, 0.0);
  }

  @Test
  void randomMatrixIsReproducibleAndZeroSumForThreePlayers() {
    NormalFormGame a = load("random_matrix(players=3,actions=3,zero_sum=true,seed=1)");
    NormalFormGame b = load("random_matrix(players=3,actions=3,zero_sum=true,seed=1)");
    NormalFormGame c = load("random_matrix(players=3,actions=3,zero_sum=true,seed=2)");
    assertThat(a.payoffTensor(0)).isEqualTo(b.payoffTensor(0)).isNotEqualTo(c.payoffTensor(0));
    assertThat(a.numPlayers()).isEqualTo(3);
    assertThat(a.numActions(2)).isEqualTo(3);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < 27; j++) {
      int[] joint = {j / 9, (j / 3) % 3, j % 3};
      assertThat(a.jointIndex(joint)).isEqualTo(j);
      double sum = 0;
      for (int p = 0; p < 3; p++) {
        double v = a.payoff(p, joint);
        sum += v;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
        if (p < 2) {
          assertThat(v).isBetween(-1.0, 1.0);
        }
      }
      assertThat(sum).isZero();
    }
    assertThat(a.minUtility()).isEqualTo(lo);
    assertThat(a.maxUtility()).isEqualTo(hi);
    assertThat(hi).as("the last player's payoff can exceed 1").isGreaterThan(0.9);
  }

  @Test
  void randomMatrixFirstDrawComesFromSplittableRandom() {
    double first = new java.util.SplittableRandom(5).nextDouble(-1.0, 1.0);
    NormalFormGame g = load("random_matrix(players=2,actions=2,zero_sum=false,seed=5)");
    assertThat(g.payoff(0, new int[] {0, 0})).isEqualTo(first);
    assertThat(g.type().utility()).isEqualTo(GameType.Utility.GENERAL_SUM);
  }

  @Test
  void declaredZeroSumIsChecked() {
    GameParameters params = new GameParameters("bad", Map.of());
    assertThatThrownBy(
            () ->
                new NormalFormGame(
                    params,
                    "bad",
                    GameType.Utility.ZERO_SUM,
                    new int[] {1, 2},
                    new double[][] {{1, 2}, {-1, -1}},
                    null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sum to 1.0");
  }

  @Test
  void badRandomMatrixParametersAreNamed() {
    assertThatThrownBy(() -> Games.load("random_matrix(players=1)"))
        .hasMessageContaining("players=1");
    assertThatThrownBy(() -> Games.load("random_matrix(actions=0)"))
        .hasMessageContaining("actions=0");
    assertThatThrownBy(() -> Games.load("random_matrix(players=20,actions=10)"))
        .hasMessageContaining("actions=10");
  }
}
