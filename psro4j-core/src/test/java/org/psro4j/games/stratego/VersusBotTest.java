package org.psro4j.games.stratego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;

/** A meta-strategy against a bot: counts add up, seats alternate, games replay from the seed. */
class VersusBotTest {

  private final BarrageStratego game = Positions.game(1000);

  @Test
  void mixtureOfHeuristicAndRandomAgainstRandom() {
    Policy heuristic = BarrageBots.create("heuristic", game);
    Policy random = BarrageBots.create("random", game);
    List<List<Policy>> population = List.of(List.of(heuristic, random), List.of(random, heuristic));
    double[][] pureHeuristic = {{1, 0}, {0, 1}};
    VersusBot v = VersusBot.play(game, population, pureHeuristic, random, 100, 7);
    assertThat(v.wins() + v.draws() + v.losses()).isEqualTo(100);
    assertThat(v.winRate()).isGreaterThan(0.7);
    assertThat(VersusBot.play(game, population, pureHeuristic, random, 100, 7)).isEqualTo(v);

    // Random against random: about even (the 95% interval of 100 games is about ±0.1).
    double[][] pureRandom = {{0, 1}, {1, 0}};
    VersusBot even = VersusBot.play(game, population, pureRandom, random, 100, 7);
    assertThat(even.winRate()).isBetween(0.3, 0.7);
  }

  @Test
  void refusesGamesThatAreNotTwoPlayer() {
    assertThatThrownBy(
            () ->
                VersusBot.play(
                    Games.load("kuhn_poker(players=3)"),
                    List.of(),
                    new double[0][],
                    new RandomBot(),
                    10,
                    1))
        .hasMessageContaining("is not a two-player game");
  }
}
