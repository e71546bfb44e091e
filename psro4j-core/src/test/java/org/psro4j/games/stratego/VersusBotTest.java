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
  void countsGamesWhoseMarshalOrGeneralHitTheBomb() {
    Policy random = BarrageBots.create("random", game);
    List<List<Policy>> population = List.of(List.of(random), List.of(random));
    double[][] pure = {{1}, {1}};
    // The random bot's Marshal and General wander into the enemy Bomb in some games, not all.
    VersusBot v = VersusBot.play(game, population, pure, random, 100, 7);
    assertThat(v.strongOnBomb()).isBetween(1, 99);
    // Some of those games are lost, not all; the random Miner finds the Bomb now and then too.
    assertThat(v.strongOnBombLosses()).isBetween(1, Math.min(v.strongOnBomb(), v.losses()) - 1);
    assertThat(v.minerOnBomb()).isBetween(1, 99);
    assertThat(v.noMoveLosses()).isEqualTo(v.losses() - v.flagLosses());
    // The Marshal and General of the one-move game cannot reach the enemy's rows: no hit.
    VersusBot oneMove = VersusBot.play(Positions.game(1), population, pure, random, 20, 7);
    assertThat(oneMove.strongOnBomb()).isZero();
    assertThat(oneMove.strongOnBombLosses()).isZero();
    assertThat(oneMove.minerOnBomb()).isZero();
  }

  @Test
  void classifiesHowGamesEnd() {
    Policy heuristic = BarrageBots.create("heuristic", game);
    Policy random = BarrageBots.create("random", game);
    List<List<Policy>> population = List.of(List.of(heuristic), List.of(heuristic));
    double[][] pure = {{1}, {1}};
    VersusBot v = VersusBot.play(game, population, pure, random, 100, 7);
    assertThat(v.flagWins()).isBetween(1, v.wins());
    assertThat(v.flagLosses()).isBetween(0, v.losses());
    assertThat(v.limitDraws()).isBetween(0, v.draws());
    assertThat(v.meanMoves()).isBetween(1.0, 1000.0);
    assertThat(v.strongOnBomb()).isBetween(0, 100);
    assertThat(v.winRateStandardError())
        .isEqualTo(Math.sqrt(v.winRate() * (1 - v.winRate()) / 100));

    // One move allowed: every game ends after it, drawn at the limit unless that move took a Flag.
    BarrageStratego oneMove = Positions.game(1);
    VersusBot limit = VersusBot.play(oneMove, population, pure, random, 20, 7);
    assertThat(limit.limitDraws()).isEqualTo(limit.draws()).isPositive();
    assertThat(limit.draws() + limit.flagWins() + limit.flagLosses()).isEqualTo(20);
    assertThat(limit.meanMoves()).isEqualTo(1.0);
  }

  @Test
  void aShapedGameIsScoredByItsRulesNotItsTrainingReturns() {
    // With shaping, a game drawn at the move limit still returns the material terms: a draw by the
    // rules must count as a draw, and the same games give the same counts as the unshaped game.
    BarrageStratego shaped =
        (BarrageStratego) Games.load("barrage_stratego(max_moves=20,shaping=0.05)");
    BarrageStratego plain = (BarrageStratego) Games.load("barrage_stratego(max_moves=20)");
    Policy random = BarrageBots.create("random", plain);
    List<List<Policy>> population = List.of(List.of(random), List.of(random));
    double[][] pure = {{1}, {1}};
    VersusBot onShaped = VersusBot.play(shaped, population, pure, random, 60, 1);
    VersusBot onPlain = VersusBot.play(plain, population, pure, random, 60, 1);
    assertThat(onShaped).isEqualTo(onPlain);
    assertThat(onShaped.limitDraws()).isPositive();
    assertThat(onShaped.draws()).isGreaterThanOrEqualTo(onShaped.limitDraws());
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
