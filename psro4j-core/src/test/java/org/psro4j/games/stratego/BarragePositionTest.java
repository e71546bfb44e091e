package org.psro4j.games.stratego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.psro4j.games.stratego.Positions.move;

import org.junit.jupiter.api.Test;
import org.psro4j.game.Games;
import org.psro4j.games.stratego.BarragePosition.Ending;

/** The omniscient read-only view: pieces and squares, lakes, moves, and each way a game ends. */
class BarragePositionTest {

  private final BarrageStratego game = Positions.game(1000);

  private static final String[] START = {
    "f.........",
    "..........",
    "..........",
    "....s.....",
    "..~~..~~..",
    "..~~..~~..",
    "..........",
    "....N.....",
    "..........",
    "FB........"
  };

  @Test
  void piecesSquaresAndRanksMatchTheState() {
    BarrageState s = Positions.parse(game, 0, START);
    BarragePosition p = BarragePosition.of(s);
    int miner = p.pieceAt(2, 4);
    assertThat(miner).isEqualTo(5);
    assertThat(BarragePosition.owner(miner)).isZero();
    assertThat(BarragePosition.letter(miner)).isEqualTo('N');
    assertThat(BarragePosition.rankName(miner)).isEqualTo("Miner");
    assertThat(p.row(miner)).isEqualTo(2);
    assertThat(p.col(miner)).isEqualTo(4);
    int spy = p.pieceAt(6, 4);
    assertThat(BarragePosition.owner(spy)).isOne();
    assertThat(BarragePosition.rankName(spy)).isEqualTo("Spy");
    assertThat(p.pieceAt(5, 0)).isEqualTo(-1);
    assertThat(p.captured(BarrageState.PER_SIDE + 7)).as("absent Marshal").isTrue();
    assertThat(p.row(BarrageState.PER_SIDE + 7)).isEqualTo(-1);
    assertThat(BarragePosition.isLake(4, 2)).isTrue();
    assertThat(BarragePosition.isLake(5, 7)).isTrue();
    assertThat(BarragePosition.isLake(4, 4)).isFalse();
    assertThat(p.moves()).isZero();
    assertThat(p.ending()).isEqualTo(Ending.NOT_OVER);
    assertThat(p.winner()).isEqualTo(-1);
    assertThat(p.toString()).isEqualTo(s.toString());
  }

  @Test
  void isACopyThatLaterMovesDoNotChange() {
    BarrageState s = Positions.parse(game, 0, START);
    BarragePosition before = BarragePosition.of(s);
    s.apply(move("e3", "e4"));
    assertThat(before.pieceAt(2, 4)).isEqualTo(5);
    assertThat(before.moved(5)).isFalse();
    BarragePosition after = BarragePosition.of(s);
    assertThat(after.pieceAt(3, 4)).isEqualTo(5);
    assertThat(after.moved(5)).isTrue();
    assertThat(after.revealed(5)).isFalse();
    assertThat(after.moves()).isOne();
  }

  @Test
  void moveSquaresDecodeTheActionAndPlacementsHaveNone() {
    assertThat(BarragePosition.moveSquares(move("c1", "h1"))).containsExactly(0, 2, 0, 7);
    assertThat(BarragePosition.moveSquares(move("e7", "e4"))).containsExactly(6, 4, 3, 4);
    assertThat(BarragePosition.moveSquares(42)).isNull();
    assertThatThrownBy(() -> BarragePosition.moveSquares(3700))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3700");
  }

  @Test
  void endingsFlagNoLegalMoveMoveLimitAndNeitherCanMove() {
    BarrageState flag =
        Positions.parse(
            game,
            0,
            "f.........",
            "N.........",
            "..........",
            "..........",
            "..~~..~~..",
            "..~~..~~..",
            "..........",
            "..........",
            "..........",
            "F.........");
    flag.apply(move("a9", "a10"));
    assertThat(BarragePosition.of(flag).ending()).isEqualTo(Ending.FLAG_CAPTURED);
    assertThat(BarragePosition.of(flag).winner()).isZero();

    // Player 1 to move has only its Flag and Bomb.
    BarrageState stuck =
        Positions.parse(
            game,
            1,
            "fb........",
            "..........",
            "..........",
            "..........",
            "..~~..~~..",
            "..~~..~~..",
            "..........",
            "..........",
            "..........",
            "F.....N...");
    assertThat(BarragePosition.of(stuck).ending()).isEqualTo(Ending.NO_LEGAL_MOVE);
    assertThat(BarragePosition.of(stuck).winner()).isZero();

    BarrageState neither =
        Positions.parse(
            game,
            0,
            "fb........",
            "..........",
            "..........",
            "..........",
            "..~~..~~..",
            "..~~..~~..",
            "..........",
            "..........",
            "..........",
            "FB........");
    assertThat(BarragePosition.of(neither).ending()).isEqualTo(Ending.NEITHER_CAN_MOVE);
    assertThat(BarragePosition.of(neither).winner()).isEqualTo(-1);

    BarrageState limit = Positions.parse(Positions.game(1), 0, START);
    limit.apply(move("e3", "e4"));
    assertThat(BarragePosition.of(limit).ending()).isEqualTo(Ending.MOVE_LIMIT);
    assertThat(BarragePosition.of(limit).winner()).isEqualTo(-1);
  }

  @Test
  void otherGamesAreRefused() {
    assertThatThrownBy(() -> BarragePosition.of(Games.load("kuhn_poker").newInitialState()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kuhn_poker")
        .hasMessageContaining("not barrage_stratego");
  }
}
