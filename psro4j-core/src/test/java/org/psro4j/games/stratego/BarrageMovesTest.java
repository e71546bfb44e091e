package org.psro4j.games.stratego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psro4j.games.stratego.Positions.move;
import static org.psro4j.games.stratego.Positions.rankAt;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Movement, lakes, the two-squares rule and the ways a game ends, on hand-built positions. */
class BarrageMovesTest {

  private final BarrageStratego game = Positions.game(1000);

  private static List<String> moves(BarrageState s) {
    return Arrays.stream(s.legalActions()).mapToObj(a -> s.actionToString(0, a)).toList();
  }

  @Test
  void scoutMovesAnyDistanceButNotThroughPiecesOrLakes() {
    BarrageState s =
        Positions.parse(
            game,
            0,
            "f.........",
            "..........",
            "..........",
            "..m.......",
            "..~~..~~..",
            "..~~..~~..",
            "..........",
            "..........",
            "..........",
            "FBC.......");
    // Up column c: c2, c3, c4, then the lake at c5 stops it. Along row 1: d1..j1 (7 squares).
    assertThat(moves(s))
        .containsExactlyInAnyOrder(
            "c1-c2", "c1-c3", "c1-c4", "c1-d1", "c1-e1", "c1-f1", "c1-g1", "c1-h1", "c1-i1",
            "c1-j1");
    s.apply(move("c1", "h1"));
    assertThat(s.revealed[3]).as("a long move shows the Scout").isTrue();
  }

  @Test
  void scoutMayAttackTheFirstEnemyInLineButNotBeyond() {
    BarrageState s =
        Positions.parse(
            game,
            0,
            "f.........",
            "..........",
            "..........",
            "..........",
            "..~~..~~..",
            "..~~..~~..",
            "g.........",
            "..........",
            "m.........",
            "C.......FB");
    assertThat(moves(s)).contains("a1-a2").doesNotContain("a1-a3", "a1-a4");
    assertThat(moves(s)).contains("a1-b1", "a1-h1").doesNotContain("a1-i1");
  }

  @Test
  void otherPiecesStepOneSquareAndFlagAndBombNeverMove() {
    BarrageState s =
        Positions.parse(
            game,
            0,
            "f.........",
            "..........",
            "..........",
            "..........",
            "..~~..~~..",
            "..~~..~~..",
            "..G.......",
            "..........",
            "..........",
            "FB........");
    // The General on c4 cannot enter the lake on c5.
    assertThat(moves(s)).containsExactlyInAnyOrder("c4-c3", "c4-b4", "c4-d4");
  }

  @Test
  void twoSquaresRuleForbidsTheFourthMoveBetweenTheSameSquares() {
    BarrageState s =
        Positions.parse(
            game,
            0,
            "f........g",
            "..........",
            "..........",
            "..........",
            "..~~..~~..",
            "..~~..~~..",
            "..........",
            "..........",
            "..........",
            "FB..G.....");
    s.apply(move("e1", "e2"));
    s.apply(move("j10", "j9"));
    s.apply(move("e2", "e1"));
    s.apply(move("j9", "j10"));
    s.apply(move("e1", "e2"));
    s.apply(move("j10", "j9"));
    assertThat(moves(s)).doesNotContain("e2-e1").contains("e2-e3", "e2-d2", "e2-f2");
    assertThat(s.informationStateString(0)).contains("run=e1-e2x3");
    // Player 1 has made three moves between j10 and j9 as well: j9-j10 is now barred.
    s.apply(move("e2", "e3"));
    assertThat(moves(s)).doesNotContain("j9-j10").contains("j9-j8", "j9-i9");
  }

  @Test
  void playerWithoutMovablePiecesLoses() {
    BarrageState s =
        Positions.parse(
            game,
            1,
            "f........b",
            "..........",
            "..........",
            "..........",
            "..~~..~~..",
            "..~~..~~..",
            "..........",
            "....g.....",
            "....S.....",
            "FB........");
    s.apply(move("e3", "e2"));
    assertThat(rankAt(s, "e2")).isEqualTo(Rank.GENERAL);
    assertThat(s.isTerminal()).as("player 0 has only Flag and Bomb left").isTrue();
    assertThat(s.returns()).containsExactly(-1.0, 1.0);
  }

  @Test
  void blockedPiecesCountAsNoMove() {
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
            "..........",
            "..........",
            "B.........",
            "SF........");
    assertThat(s.isTerminal()).isTrue();
    assertThat(s.returns()).containsExactly(-1.0, 1.0);
  }

  @Test
  void neitherSideAbleToMoveIsADraw() {
    BarrageState s =
        Positions.parse(
            game,
            0,
            "fb........",
            "..........",
            "..........",
            "..........",
            "..~~..~~..",
            "..~~..~~..",
            "....c.....",
            "....C.....",
            "..........",
            "FB........");
    s.apply(move("e3", "e4"));
    assertThat(s.isTerminal()).isTrue();
    assertThat(s.returns()).containsExactly(0.0, 0.0);
  }

  @Test
  void moveLimitEndsInADraw() {
    BarrageState s =
        Positions.parse(
            Positions.game(2),
            0,
            "f........g",
            "..........",
            "..........",
            "..........",
            "..~~..~~..",
            "..~~..~~..",
            "..........",
            "..........",
            "..........",
            "FB..G.....");
    s.apply(move("e1", "e2"));
    assertThat(s.isTerminal()).isFalse();
    s.apply(move("j10", "j9"));
    assertThat(s.isTerminal()).isTrue();
    assertThat(s.returns()).containsExactly(0.0, 0.0);
  }
}
