package org.psro4j.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GamesTest {

  @Test
  void unknownGameListsTheRegisteredGames() {
    assertThatThrownBy(() -> Games.load("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown game 'nope'")
        .hasMessageContaining("kuhn_poker")
        .hasMessageContaining("leduc_poker")
        .hasMessageContaining("goofspiel")
        .hasMessageContaining("rock_paper_scissors");
  }

  @Test
  void unknownParameterListsTheAcceptedOnes() {
    assertThatThrownBy(() -> Games.load("kuhn_poker(foo=1)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no parameter 'foo'")
        .hasMessageContaining("players (int, default 2)");
    assertThatThrownBy(() -> Games.load("rock_paper_scissors(players=3)"))
        .hasMessageContaining("takes no parameters");
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(() -> Games.load("kuhn_poker(players=1)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("players=1");
    assertThatThrownBy(() -> Games.load("kuhn_poker(players=two)"))
        .hasMessageContaining("players=two");
    assertThatThrownBy(() -> Games.load("goofspiel(points_order=sideways)"))
        .hasMessageContaining("points_order=sideways")
        .hasMessageContaining("descending");
    assertThatThrownBy(() -> Games.load("random_matrix(zero_sum=maybe)"))
        .hasMessageContaining("zero_sum=maybe");
  }

  @Test
  void gameStringsAreCanonical() {
    assertThat(Games.load("leduc_poker").toString()).isEqualTo("leduc_poker(players=2)");
    assertThat(Games.load(" goofspiel( players=2 , num_cards=4 ) ").toString())
        .isEqualTo("goofspiel(num_cards=4,players=2,points_order=random,returns_type=win_loss)");
    assertThat(Games.load("biased_rps").toString()).isEqualTo("biased_rps()");
    assertThat(Games.load("turn_based_simultaneous_game(game=random_matrix(seed=3))").toString())
        .isEqualTo(
            "turn_based_simultaneous_game(game=random_matrix(players=2,actions=3,zero_sum=true,"
                + "seed=3))");
  }

  @Test
  void everyBuiltInGameIsRegistered() {
    assertThat(Games.registered().stream().map(GameSpec::name))
        .contains(
            "kuhn_poker",
            "leduc_poker",
            "goofspiel",
            "rock_paper_scissors",
            "biased_rps",
            "matching_pennies",
            "prisoners_dilemma",
            "chicken",
            "battle_of_the_sexes",
            "shapleys_game",
            "random_matrix",
            "turn_based_simultaneous_game");
  }
}
