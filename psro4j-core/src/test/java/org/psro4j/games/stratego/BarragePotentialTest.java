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
 * The {@code potential} and {@code bomb} shaping of Barrage Stratego (Ng, Harada and Russell 1999):
 * each move pays the change of movable material weighted by strength and of the Bombs taken, and a
 * game's rewards sum to its unshaped outcome.
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

  /** Player 0's Miner on e3 below player 1's Bomb; player 0's Bomb on b1, Marshal on e2. */
  private static final String[] MINER_ROWS = {
    "f........c",
    "..........",
    "..........",
    "..........",
    "..~~..~~..",
    "..~~..~~..",
    "....b.....",
    "....N.....",
    "....M.....",
    "FB.......C"
  };

  @Test
  void theMinerTakingTheBombIsPaidBombAtOnceAndTheEndRefundsIt() {
    BarrageStratego shaped = (BarrageStratego) Games.load("barrage_stratego(bomb=0.5)");
    assertThat(shaped.bomb()).isEqualTo(0.5);
    assertThat(shaped.type().rewardModel()).isEqualTo(GameType.RewardModel.REWARDS);
    BarrageState s = Positions.parse(shaped, 0, MINER_ROWS);
    assertThat(s.returns()).containsExactly(0.0, 0.0);
    s.apply(move("e3", "e4")); // the Miner takes the Bomb
    assertThat(s.rewards()).containsExactly(0.5, -0.5);
    s.apply(move("j10", "j2")); // player 1's Scout runs down the j file
    assertThat(s.rewards()).containsExactly(0.0, 0.0);
    s.apply(move("j1", "j2")); // the Scouts remove each other: player 1 cannot move and loses
    assertThat(s.isTerminal()).isTrue();
    assertThat(s.returns()).containsExactly(1.0, -1.0);
    assertThat(s.rewards()).containsExactly(0.5, -0.5);
  }

  @Test
  void theMarshalLostToTheBombGainsNoBombPotential() {
    BarrageState s = Positions.parse(game("barrage_stratego(bomb=0.5)"), 0, withOwnBomb());
    s.apply(move("e3", "e4")); // the Marshal attacks the Bomb and is removed; the Bomb stays
    assertThat(s.rewards()).containsExactly(0.0, 0.0);
    BarrageState both =
        Positions.parse(game("barrage_stratego(potential=0.2,bomb=0.5)"), 0, withOwnBomb());
    both.apply(move("e3", "e4"));
    assertThat(both.rewards()[0]).isCloseTo(-0.2, within(1e-12));
  }

  private static BarrageStratego game(String name) {
    return (BarrageStratego) Games.load(name);
  }

  /** {@link #ROWS} with player 0's Bomb on b1, so that no Bomb counts as taken. */
  private static String[] withOwnBomb() {
    String[] rows = ROWS.clone();
    rows[9] = "FB......NC";
    return rows;
  }

  @Test
  void rewardsTelescopeToTheUnshapedOutcomeInRandomGames() {
    assertThat(paidWhileTelescoping("barrage_stratego(max_moves=300,potential=1.0)", 20))
        .as("random games take material")
        .isGreaterThan(5);
  }

  @Test
  void rewardsWithTheBombTermTelescopeToTheUnshapedOutcomeInRandomGames() {
    assertThat(paidWhileTelescoping("barrage_stratego(max_moves=300,bomb=1.0)", 300))
        .as("a Miner takes a Bomb in some random games, 1 paid each")
        .isGreaterThanOrEqualTo(1);
  }

  /**
   * Plays {@code count} random games of {@code game} beside the unshaped game, asserts that its
   * returns are the unshaped ones plus {@link MaterialPotential} and equal at the end, and gives
   * the summed absolute rewards paid to player 0 before the ends (the shaping alone).
   */
  private static double paidWhileTelescoping(String game, int count) {
    State shaped = Games.load(game).newInitialState();
    State plain = Games.load("barrage_stratego(max_moves=300)").newInitialState();
    SplittableRandom random = new SplittableRandom(7);
    int games = 0;
    double paid = 0;
    while (games < count) {
      int[] legal = shaped.legalActions();
      int action = legal[random.nextInt(legal.length)];
      shaped.apply(action);
      plain.apply(action);
      double r = shaped.rewards()[0];
      assertThat(shaped.rewards()[1]).isCloseTo(-r, within(1e-12));
      if (shaped.isTerminal()) {
        assertThat(shaped.returns()[0]).isCloseTo(plain.returns()[0], within(1e-12));
        assertThat(shaped.returns()[1]).isCloseTo(plain.returns()[1], within(1e-12));
        shaped = shaped.game().newInitialState();
        plain = plain.game().newInitialState();
        games++;
      } else {
        paid += Math.abs(r);
        assertThat(shaped.returns()[0] - plain.returns()[0])
            .isCloseTo(MaterialPotential.of((BarrageState) shaped), within(1e-12));
      }
    }
    return paid;
  }

  @Test
  void badPotentialIsRefusedByName() {
    assertThatThrownBy(() -> Games.load("barrage_stratego(potential=1.5)"))
        .hasMessage("barrage_stratego: potential=1.5 must be between 0 and 1");
    assertThatThrownBy(() -> Games.load("barrage_stratego(potential=-0.1)"))
        .hasMessage("barrage_stratego: potential=-0.1 must be between 0 and 1");
    assertThatThrownBy(() -> Games.load("barrage_stratego(bomb=2)"))
        .hasMessage("barrage_stratego: bomb=2.0 must be between 0 and 1");
  }
}
