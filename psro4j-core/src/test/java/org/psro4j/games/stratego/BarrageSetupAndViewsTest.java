package org.psro4j.games.stratego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psro4j.games.stratego.Positions.move;
import static org.psro4j.games.stratego.Positions.sq;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Games;
import org.psro4j.game.State;

/** The setup phase and what each player may see of the other's pieces. */
class BarrageSetupAndViewsTest {

  private final BarrageStratego game = Positions.game(1000);

  /** Player 0 sets up on a1..h1 in piece order; player 1 on the given squares. */
  private BarrageState setUp(String... player1Squares) {
    State s = game.newInitialState();
    for (String name : new String[] {"a1", "b1", "c1", "d1", "e1", "f1", "g1", "h1"}) {
      s.apply(sq(name));
    }
    for (String name : player1Squares) {
      s.apply(sq(name));
    }
    return (BarrageState) s;
  }

  @Test
  void eachSidePlacesEightPiecesInItsOwnFourRows() {
    State s = game.newInitialState();
    assertThat(s.currentPlayer()).isZero();
    assertThat(s.legalActions()).containsExactly(IntStream.range(0, 40).toArray());
    s.apply(sq("a1"));
    assertThat(s.legalActions()).hasSize(39).doesNotContain(sq("a1"));
    assertThatThrownBy(() -> s.apply(sq("a5"))).isInstanceOf(IllegalArgumentException.class);
    for (int i = 1; i < 8; i++) {
      s.apply(s.legalActions()[0]);
    }
    assertThat(s.currentPlayer()).isEqualTo(1);
    assertThat(s.legalActions()).containsExactly(IntStream.range(60, 100).toArray());
  }

  @Test
  void ranksFollowThePlacementOrder() {
    BarrageState s = setUp("a10", "b10", "c10", "d10", "e10", "f10", "g10", "h10");
    String[] expected = {"a1", "b1", "c1", "d1", "e1", "f1", "g1", "h1"};
    Rank[] order = {
      Rank.FLAG, Rank.BOMB, Rank.SPY, Rank.SCOUT, Rank.SCOUT, Rank.MINER, Rank.GENERAL, Rank.MARSHAL
    };
    for (int i = 0; i < 8; i++) {
      assertThat(Positions.rankAt(s, expected[i])).isEqualTo(order[i]);
    }
    assertThat(s.currentPlayer()).as("player 0 moves first").isZero();
  }

  @Test
  void player1DoesNotSeePlayer0sSetupWhilePlacing() {
    State s = game.newInitialState();
    String before = s.informationStateString(1);
    for (int i = 0; i < 8; i++) {
      s.apply(s.legalActions()[i]);
    }
    String atItsTurn = s.informationStateString(1);
    assertThat(atItsTurn.lines().skip(1).toList()).isEqualTo(before.lines().skip(1).toList());
    int boardPlanes = 19 * Board.SQUARES;
    assertThat(Arrays.copyOf(s.informationStateTensor(1), boardPlanes))
        .isEqualTo(new float[boardPlanes]);
  }

  @Test
  void opponentRanksStayHiddenUntilCombat() {
    // Two setups of player 1 that differ only by swapping the Marshal (h10) and the Spy (c10).
    BarrageState a = setUp("a10", "b10", "c10", "d10", "e10", "f10", "g10", "h10");
    BarrageState b = setUp("a10", "b10", "h10", "d10", "e10", "f10", "g10", "c10");
    assertThat(a.informationStateString(0)).isEqualTo(b.informationStateString(0));
    assertThat(a.informationStateTensor(0)).isEqualTo(b.informationStateTensor(0));
    assertThat(a.informationStateString(1)).isNotEqualTo(b.informationStateString(1));
    String board = a.informationStateString(0).lines().skip(1).limit(10).toList().toString();
    assertThat(board).contains("? ? ? ? ? ? ? ? ").doesNotContainPattern("[a-z]");
  }

  @Test
  void combatRevealsBothRanksToBoth() {
    BarrageState s =
        Positions.parse(
            game,
            0,
            "f........c",
            "..........",
            "..........",
            "..........",
            "..~~..~~..",
            "..~~..~~..",
            "....g.....",
            "....C.....",
            "..........",
            "FB........");
    // Pieces absent from the diagram count as lost: player 0 starts without S, a C, N, G, M.
    assertThat(s.informationStateString(0)).contains("? ", "lost=SCNGM ").doesNotContain("g ");
    s.apply(move("e3", "e4"));
    assertThat(s.informationStateString(0)).contains("g ", "lost=SCCNGM ");
    assertThat(s.informationStateString(1)).contains("taken=SCCNGM ");
    // The General that won is shown as known (*) in its owner's view.
    assertThat(s.informationStateString(1)).contains("G*");
    // A piece that moved without combat is marked as moved but its rank stays unknown.
    s.apply(move("j10", "j9"));
    assertThat(s.informationStateString(0)).contains("?+").doesNotContain("c ");
  }

  @Test
  void moveCountFeatureDoesNotDependOnTheMoveLimit() {
    float[][] seen = new float[2][];
    int[] limits = {300, 1000};
    for (int g = 0; g < 2; g++) {
      State s = Positions.game(limits[g]).newInitialState();
      java.util.SplittableRandom random = new java.util.SplittableRandom(5);
      while (((BarrageState) s).moves < 100 && !s.isTerminal()) {
        int[] legal = s.legalActions();
        s.apply(legal[random.nextInt(legal.length)]);
      }
      seen[g] = new float[BarrageViews.SIZE];
      s.observationTensor(0, seen[g], 0);
    }
    int moveFeature = BarrageViews.PLANES * Board.SQUARES + 10;
    assertThat(seen[0][moveFeature]).isEqualTo(0.5f);
    assertThat(seen[0]).containsExactly(seen[1]);
  }

  @Test
  void gameStringAndBadParameters() {
    assertThat(Games.load("barrage_stratego").toString())
        .isEqualTo("barrage_stratego(max_moves=1000,shaping=0.0,potential=0.0,bomb=0.0)");
    assertThatThrownBy(() -> Games.load("barrage_stratego(max_moves=0)"))
        .hasMessage("barrage_stratego: max_moves=0 must be at least 1");
    assertThatThrownBy(() -> Games.load("barrage_stratego(shaping=0.5)"))
        .hasMessage("barrage_stratego: shaping=0.5 must be between 0 and 0.1");
    assertThat(game.numDistinctActions()).isEqualTo(3700);
    assertThat(game.maxGameLength()).isEqualTo(1016);
  }

  @Test
  void shapingPaysMaterialAsItFallsAndKeepsTheGameZeroSum() {
    BarrageStratego shaped = (BarrageStratego) Games.load("barrage_stratego(shaping=0.05)");
    assertThat(shaped.maxUtility()).isEqualTo(1.35, org.assertj.core.data.Offset.offset(1e-12));
    String[] rows = {
      "f........c",
      "..........",
      "..........",
      "..........",
      "..~~..~~..",
      "..~~..~~..",
      "....g.....",
      "....C.....",
      "..........",
      "FB.......M"
    };
    BarrageState s = Positions.parse(shaped, 0, rows);
    // Absent pieces count as lost: player 0 lacks S, C, N, G (4), player 1 lacks B, S, C, N, M (5).
    assertThat(s.returns()).containsExactly(0.05, -0.05);
    s.apply(move("e3", "e4")); // the Scout attacks the General and is removed
    assertThat(s.returns()).containsExactly(0.0, 0.0);
    assertThat(s.rewards()).containsExactly(-0.05, 0.05);
    // The unshaped game pays nothing until the end.
    BarrageState plain = Positions.parse(game, 0, rows);
    plain.apply(move("e3", "e4"));
    assertThat(plain.returns()).containsExactly(0.0, 0.0);
    assertThat(plain.rewards()).containsExactly(0.0, 0.0);
  }
}
