package org.psro4j.games.stratego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.psro4j.games.stratego.Positions.move;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.game.GameType;
import org.psro4j.game.Games;
import org.psro4j.game.State;

/**
 * The {@code potential} shaping of Barrage Stratego (Ng, Harada and Russell 1999): each move pays
 * the change of movable material weighted by strength, and a game's rewards sum to its unshaped
 * outcome.
 */
class BarragePotentialTest {

  private static final String[] ROWS = {
    "f........c",
    "..........",
    "..........",
    "..........",
    "..~~..~~..",
    "..~~..~~..",
    "....b.....",
    "....M.....",
    "..........",
    "F.......NC"
  };

  @Test
  void theMarshalLostToTheBombCostsPotentialAtOnceAndTheEndRefundsIt() {
    BarrageStratego shaped = (BarrageStratego) Games.load("barrage_stratego(potential=0.2)");
    assertThat(shaped.type().rewardModel()).isEqualTo(GameType.RewardModel.REWARDS);
    assertThat(shaped.maxUtility()).isEqualTo(1.0);
    BarrageState s = Positions.parse(shaped, 0, ROWS);
    // Player 0 moves Marshal, Miner, Scout (15 strength), player 1 a Scout (2): 0.2 x 13 / 10.
    assertThat(s.returns()[0]).isCloseTo(0.26, within(1e-12));
    s.apply(move("e3", "e4")); // the Marshal attacks the Bomb and is removed
    assertThat(s.rewards()[0]).isCloseTo(-0.2, within(1e-12));
    assertThat(s.rewards()[1]).isCloseTo(0.2, within(1e-12));
    s.apply(move("j10", "j2")); // player 1's Scout runs down the j file
    assertThat(s.rewards()).containsExactly(0.0, 0.0);
    s.apply(move("j1", "j2")); // the Scouts remove each other: player 1 cannot move and loses
    assertThat(s.isTerminal()).isTrue();
    assertThat(s.returns()).containsExactly(1.0, -1.0);
    assertThat(s.rewards()[0]).isCloseTo(1 - 0.06, within(1e-12));
  }

  @Test
  void rewardsTelescopeToTheUnshapedOutcomeInRandomGames() {
    State shaped = Games.load("barrage_stratego(max_moves=300,potential=1.0)").newInitialState();
    State plain = Games.load("barrage_stratego(max_moves=300)").newInitialState();
    SplittableRandom random = new SplittableRandom(7);
    int games = 0;
    double paid = 0;
    while (games < 20) {
      int[] legal = shaped.legalActions();
      int action = legal[random.nextInt(legal.length)];
      shaped.apply(action);
      plain.apply(action);
      double r = shaped.rewards()[0];
      paid += Math.abs(r);
      assertThat(shaped.rewards()[1]).isCloseTo(-r, within(1e-12));
      if (shaped.isTerminal()) {
        assertThat(shaped.returns()[0]).isCloseTo(plain.returns()[0], within(1e-12));
        assertThat(shaped.returns()[1]).isCloseTo(plain.returns()[1], within(1e-12));
        shaped = shaped.game().newInitialState();
        plain = plain.game().newInitialState();
        games++;
      } else {
        assertThat(shaped.returns()[0] - plain.returns()[0])
            .isCloseTo(MaterialPotential.of((BarrageState) shaped), within(1e-12));
      }
    }
    assertThat(paid).as("random games take material").isGreaterThan(20);
  }

  @Test
  void badPotentialIsRefusedByName() {
    assertThatThrownBy(() -> Games.load("barrage_stratego(potential=1.5)"))
        .hasMessage("barrage_stratego: potential=1.5 must be between 0 and 1");
    assertThatThrownBy(() -> Games.load("barrage_stratego(potential=-0.1)"))
        .hasMessage("barrage_stratego: potential=-0.1 must be between 0 and 1");
  }
}
