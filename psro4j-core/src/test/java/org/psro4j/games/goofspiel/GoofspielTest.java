package org.psro4j.games.goofspiel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.GameType;
import org.psro4j.game.Games;
import org.psro4j.game.State;

class GoofspielTest {

  private static final Game FOUR = Games.load("goofspiel(num_cards=4)");

  @Test
  void defaultsFollowOpenSpiel() {
    Game g = Games.load("goofspiel");
    assertThat(g.toString())
        .isEqualTo("goofspiel(num_cards=13,players=2,points_order=random,returns_type=win_loss)");
    assertThat(g.type().dynamics()).isEqualTo(GameType.Dynamics.SIMULTANEOUS);
    assertThat(g.type().chance()).isEqualTo(GameType.ChanceMode.EXPLICIT_STOCHASTIC);
    assertThat(g.type().information()).isEqualTo(GameType.Information.IMPERFECT);
    assertThat(g.type().utility()).isEqualTo(GameType.Utility.ZERO_SUM);
    assertThat(g.maxUtility()).isEqualTo(1.0);
    assertThat(g.minUtility()).isEqualTo(-1.0);
  }

  @Test
  void highestBidWinsThePointCardAndTheLastTurnPlaysItself() {
    State s = FOUR.newInitialState();
    s.apply(3); // point card worth 4
    s.apply(new int[] {3, 0}); // p0 bids 4, p1 bids 1: p0 takes 4 points
    s.apply(0); // point card worth 1
    s.apply(new int[] {0, 1}); // p1 takes 1 point
    s.apply(2); // point card worth 3
    s.apply(new int[] {1, 2}); // p0 bids 2, p1 bids 3: p1 takes 3; last turn is automatic
    assertThat(s.isTerminal()).isTrue();
    // Last turn: point card 2 (worth 2), p0 bids 3 (action 2), p1 bids 4 (action 3): p1 wins.
    // Points: p0 4, p1 1 + 3 + 2 = 6.
    assertThat(s.returns()).containsExactly(-1.0, 1.0);
    assertThat(s.informationStateString(0))
        .isEqualTo(
            "P0 hand: \nP0 action sequence: 3 0 1 2 \nPoint card sequence: 4 1 3 2 \n"
                + "Win sequence: 0 1 1 1 \nPoints: 4 6 \nTerminal?: 1\n");
  }

  @Test
  void tiedBidsDiscardThePointCard() {
    Game descending = Games.load("goofspiel(num_cards=3,points_order=descending)");
    State s = descending.newInitialState();
    assertThat(s.isSimultaneousNode()).isTrue();
    s.apply(new int[] {2, 2}); // both bid 3 for the 3: discarded
    s.apply(new int[] {0, 1}); // p1 bids 2 for the 2; the last turn: p0 bids 2, p1 bids 1 for the 1
    assertThat(s.isTerminal()).isTrue();
    assertThat(s.informationStateString(1)).contains("Win sequence: -3 1 0 ");
    assertThat(s.returns()).containsExactly(-1.0, 1.0);
  }

  @Test
  void opponentBidsStayHiddenWhenTheOutcomeIsTheSame() {
    State a = FOUR.newInitialState();
    a.apply(2);
    State b = a.copy();
    a.apply(new int[] {3, 0});
    b.apply(new int[] {3, 2});
    assertThat(a.informationStateString(0)).isEqualTo(b.informationStateString(0));
    assertThat(a.informationStateTensor(0)).isEqualTo(b.informationStateTensor(0));
    assertThat(a.observationTensor(0)).isEqualTo(b.observationTensor(0));
    assertThat(a.informationStateString(1)).isNotEqualTo(b.informationStateString(1));
  }

  @Test
  void pointDifferenceAndTotalPointsReturns() {
    Game diff =
        Games.load("goofspiel(num_cards=2,points_order=ascending,returns_type=point_difference)");
    State s = diff.newInitialState();
    s.apply(new int[] {1, 0}); // p0 takes the 1; then p1 takes the 2 automatically
    assertThat(s.returns()).containsExactly(-0.5, 0.5);
    Game total =
        Games.load("goofspiel(num_cards=2,points_order=ascending,returns_type=total_points)");
    State t = total.newInitialState();
    t.apply(new int[] {1, 0});
    assertThat(t.returns()).containsExactly(1.0, 2.0);
    assertThat(total.type().utility()).isEqualTo(GameType.Utility.GENERAL_SUM);
    assertThat(total.maxChanceOutcomes()).isZero();
  }

  @Test
  void cardsAlreadyBidAreIllegal() {
    State s = FOUR.newInitialState();
    s.apply(0);
    s.apply(new int[] {0, 0});
    s.apply(1);
    assertThat(s.legalActions(0)).containsExactly(1, 2, 3);
    assertThatThrownBy(() -> s.apply(new int[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot bid 0");
  }
}
