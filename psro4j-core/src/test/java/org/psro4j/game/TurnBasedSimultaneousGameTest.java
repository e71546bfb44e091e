package org.psro4j.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TurnBasedSimultaneousGameTest {

  @Test
  void sequentialGamesAreReturnedUnchanged() {
    Game kuhn = Games.load("kuhn_poker");
    assertThat(TurnBasedSimultaneousGame.sequential(kuhn)).isSameAs(kuhn);
  }

  @Test
  void laterPlayersDoNotSeeEarlierChoices() {
    Game rps = TurnBasedSimultaneousGame.sequential(Games.load("rock_paper_scissors"));
    assertThat(rps.type().dynamics()).isEqualTo(GameType.Dynamics.SEQUENTIAL);
    State s = rps.newInitialState();
    assertThat(s.currentPlayer()).isZero();
    assertThat(s.legalActions(1)).isEmpty();
    State afterRock = s.child(0);
    State afterPaper = s.child(1);
    assertThat(afterRock.currentPlayer()).isEqualTo(1);
    assertThat(afterRock.informationStateString(1))
        .isEqualTo(afterPaper.informationStateString(1))
        .isEqualTo("p1");
    assertThat(afterRock.informationStateString(0))
        .isNotEqualTo(afterPaper.informationStateString(0));
    afterRock.apply(2);
    assertThat(afterRock.isTerminal()).isTrue();
    assertThat(afterRock.returns()).containsExactly(1.0, -1.0);
  }

  @Test
  void actingPlayerSeesTheUnderlyingInformationState() {
    // A policy learnt on the turn-based game must play the simultaneous game as is.
    Game goof = Games.load("goofspiel(num_cards=3)");
    List<Set<String>> simultaneous = GameTrees.informationStates(goof);
    List<Set<String>> turnBased =
        GameTrees.informationStates(TurnBasedSimultaneousGame.sequential(goof));
    assertThat(turnBased).isEqualTo(simultaneous);
  }

  @Test
  void registeredFormRoundTripsItsInnerGame() {
    Game g = Games.load("turn_based_simultaneous_game(game=matching_pennies)");
    assertThat(g.toString()).isEqualTo("turn_based_simultaneous_game(game=matching_pennies())");
    assertThat(((TurnBasedSimultaneousGame) g).underlying().toString())
        .isEqualTo("matching_pennies()");
    assertThat(g.maxGameLength()).isEqualTo(2);
    assertThat(g.type().utility()).isEqualTo(GameType.Utility.ZERO_SUM);
  }
}
