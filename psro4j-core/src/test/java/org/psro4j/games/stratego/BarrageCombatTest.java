package org.psro4j.games.stratego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psro4j.games.stratego.Positions.move;
import static org.psro4j.games.stratego.Positions.ownerAt;
import static org.psro4j.games.stratego.Positions.rankAt;

import org.junit.jupiter.api.Test;

/** The ISF combat rules of Barrage Stratego, one hand-built position per rule. */
class BarrageCombatTest {

  private final BarrageStratego game = Positions.game(1000);

  /** Player 0's {@code attacker} on e3 attacks player 1's {@code defender} on e4. */
  private BarrageState attack(char attacker, char defender) {
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
            "...." + defender + ".....",
            "...." + attacker + ".....",
            "..........",
            "F........C");
    s.apply(move("e3", "e4"));
    return s;
  }

  @Test
  void higherRankWinsAndTakesTheSquare() {
    BarrageState s = attack('G', 'n');
    assertThat(rankAt(s, "e4")).isEqualTo(Rank.GENERAL);
    assertThat(ownerAt(s, "e4")).isZero();
    assertThat(rankAt(s, "e3")).isNull();
    assertThat(s.captured[BarrageState.PER_SIDE + 5]).as("player 1's Miner").isTrue();
    assertThat(s.revealed[6]).as("the General is revealed by combat").isTrue();
    assertThat(s.currentPlayer()).isEqualTo(1);
  }

  @Test
  void lowerRankAttackingIsRemoved() {
    BarrageState s = attack('C', 'm');
    assertThat(rankAt(s, "e4")).isEqualTo(Rank.MARSHAL);
    assertThat(ownerAt(s, "e4")).isEqualTo(1);
    assertThat(rankAt(s, "e3")).isNull();
    assertThat(s.revealed[BarrageState.PER_SIDE + 7]).as("the defender is revealed too").isTrue();
  }

  @Test
  void equalRanksAreBothRemoved() {
    BarrageState s = attack('N', 'n');
    assertThat(rankAt(s, "e4")).isNull();
    assertThat(rankAt(s, "e3")).isNull();
    assertThat(s.captured[5]).isTrue();
    assertThat(s.captured[BarrageState.PER_SIDE + 5]).isTrue();
  }

  @Test
  void minerDefusesTheBomb() {
    BarrageState s = attack('N', 'b');
    assertThat(rankAt(s, "e4")).isEqualTo(Rank.MINER);
    assertThat(s.captured[BarrageState.PER_SIDE + 1]).isTrue();
  }

  @Test
  void bombRemovesAnyOtherAttackerAndStays() {
    for (char attacker : new char[] {'M', 'G', 'C', 'S'}) {
      BarrageState s = attack(attacker, 'b');
      assertThat(rankAt(s, "e4")).as("%s attacks the Bomb", attacker).isEqualTo(Rank.BOMB);
      assertThat(rankAt(s, "e3")).isNull();
    }
  }

  @Test
  void spyDefeatsTheMarshalOnlyWhenAttacking() {
    BarrageState spyAttacks = attack('S', 'm');
    assertThat(rankAt(spyAttacks, "e4")).isEqualTo(Rank.SPY);
    assertThat(ownerAt(spyAttacks, "e4")).isZero();

    BarrageState marshalAttacks = attack('M', 's');
    assertThat(rankAt(marshalAttacks, "e4")).isEqualTo(Rank.MARSHAL);
    assertThat(ownerAt(marshalAttacks, "e4")).isZero();
  }

  @Test
  void spyLosesToEveryOtherMovingPiece() {
    BarrageState s = attack('S', 'c');
    assertThat(rankAt(s, "e4")).isEqualTo(Rank.SCOUT);
    assertThat(ownerAt(s, "e4")).isEqualTo(1);
  }

  @Test
  void capturingTheFlagWins() {
    BarrageState s =
        Positions.parse(
            game,
            0,
            ".........c",
            "..........",
            "..........",
            "..........",
            "..~~..~~..",
            "..~~..~~..",
            "....f.....",
            "....C.....",
            "..........",
            "F.........");
    s.apply(move("e3", "e4"));
    assertThat(s.isTerminal()).isTrue();
    assertThat(s.returns()).containsExactly(1.0, -1.0);
  }

  @Test
  void combatTableMatchesTheRulebook() {
    assertThat(Combat.resolve(Rank.MARSHAL, Rank.GENERAL)).isEqualTo(Combat.ATTACKER_WINS);
    assertThat(Combat.resolve(Rank.GENERAL, Rank.MARSHAL)).isEqualTo(Combat.DEFENDER_WINS);
    assertThat(Combat.resolve(Rank.MARSHAL, Rank.MARSHAL)).isEqualTo(Combat.BOTH_REMOVED);
    assertThat(Combat.resolve(Rank.SPY, Rank.SPY)).isEqualTo(Combat.BOTH_REMOVED);
    assertThat(Combat.resolve(Rank.SCOUT, Rank.SPY)).isEqualTo(Combat.ATTACKER_WINS);
    assertThat(Combat.resolve(Rank.SPY, Rank.FLAG)).isEqualTo(Combat.FLAG_CAPTURED);
    assertThat(Combat.resolve(Rank.MINER, Rank.BOMB)).isEqualTo(Combat.ATTACKER_WINS);
    assertThat(Combat.resolve(Rank.MARSHAL, Rank.BOMB)).isEqualTo(Combat.DEFENDER_WINS);
  }
}
