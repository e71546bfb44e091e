package org.psro4j.games.kuhn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.GameTrees;
import org.psro4j.game.Games;
import org.psro4j.game.State;

class KuhnPokerTest {

  private static final Game KUHN = Games.load("kuhn_poker");

  @Test
  void twoPlayerKuhnHas54NonChanceStates() {
    // OpenSpiel kuhn_poker_test / golden-values.md: 54 non-chance states (terminals included):
    // 6 deals x (4 decision nodes + 5 terminals).
    assertThat(GameTrees.countNonChanceStates(KUHN)).isEqualTo(54);
  }

  @Test
  void twoPlayerKuhnHas12InformationStates() {
    // 3 cards x {first to act, after a pass, after a bet, after pass-bet}, split 6 per player.
    List<Set<String>> infoStates = GameTrees.informationStates(KUHN);
    assertThat(infoStates.get(0)).containsExactlyInAnyOrder("0", "1", "2", "0pb", "1pb", "2pb");
    assertThat(infoStates.get(1)).containsExactlyInAnyOrder("0p", "1p", "2p", "0b", "1b", "2b");
  }

  @Test
  void betAndCallGoesToTheHigherCard() {
    State s = KUHN.newInitialState();
    s.apply(2);
    s.apply(0);
    s.apply(KuhnPoker.BET);
    s.apply(KuhnPoker.BET);
    assertThat(s.isTerminal()).isTrue();
    assertThat(s.returns()).containsExactly(2.0, -2.0);
  }

  @Test
  void threePlayerKuhnDealsFourCards() {
    Game three = Games.load("kuhn_poker(players=3)");
    assertThat(three.newInitialState().chanceOutcomes()).hasSize(4);
    assertThat(three.maxUtility()).isEqualTo(4.0);
    assertThat(three.maxGameLength()).isEqualTo(5);
  }
}
