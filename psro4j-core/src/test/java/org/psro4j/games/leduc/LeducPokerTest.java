package org.psro4j.games.leduc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psro4j.game.ChanceOutcome;
import org.psro4j.game.Game;
import org.psro4j.game.GameTrees;
import org.psro4j.game.Games;
import org.psro4j.game.State;

class LeducPokerTest {

  private static final Game LEDUC = Games.load("leduc_poker");

  private static State play(Game game, int... actions) {
    State s = game.newInitialState();
    for (int a : actions) {
      s.apply(a);
    }
    return s;
  }

  @Test
  void twoPlayerLeducHas936InformationStates() {
    // OpenSpiel leduc_poker.h: kNumInfoStates = 936 for the 2-player game, 468 per player:
    // 6 private cards x (3 first-round nodes + 5 first-round lines x 5 public cards x 3 nodes).
    List<Set<String>> infoStates = GameTrees.informationStates(LEDUC);
    assertThat(infoStates.get(0)).hasSize(468);
    assertThat(infoStates.get(1)).hasSize(468);
  }

  @Test
  void twoPlayerLeducHas9300NonChanceStates() {
    // OpenSpiel observation_test.test_compression_none: get_all_states gives 840 + 17760 =
    // 18600 (state, player) pairs for 2 players, i.e. 9300 non-chance states.
    assertThat(GameTrees.countNonChanceStates(LEDUC)).isEqualTo(9300);
  }

  @Test
  void binaryObservationTensorsAreCountedAsInOpenSpiel() {
    // OpenSpiel observation_test.test_compression_none: 840 (state, player) observation tensors
    // are binary (compress to 3 bytes), the other 17760 hold pot contributions above 1.
    int[] binary = {0};
    GameTrees.forEachState(
        LEDUC,
        s -> {
          if (s.isChanceNode()) {
            return;
          }
          for (int p = 0; p < 2; p++) {
            boolean allBits = true;
            for (float v : s.observationTensor(p)) {
              allBits &= v == 0f || v == 1f;
            }
            binary[0] += allBits ? 1 : 0;
          }
        });
    assertThat(binary[0]).isEqualTo(840);
  }

  @Test
  void stringsAndTensorsMatchOpenSpiel() {
    // OpenSpiel python/tests/observation_test.py: deal 1, deal 2, raise, call, deal 3.
    State s = play(LEDUC, 1, 2, LeducPoker.RAISE, LeducPoker.CALL, 3);
    assertThat(s.informationStateString(0))
        .isEqualTo(
            "[Observer: 0][Private: 1][Round 2][Player: 0][Pot: 6][Money: 97 97][Public: 3]"
                + "[Round1: 2 1][Round2: ]");
    assertThat(s.observationString(0))
        .isEqualTo(
            "[Observer: 0][Private: 1][Round 2][Player: 0][Pot: 6][Money: 97 97][Public: 3]"
                + "[Ante: 3 3]");
    assertThat(s.observationTensor(0))
        .containsExactly(1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 3, 3);
    assertThat(s.informationStateTensor(0))
        .containsExactly(
            1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0);
    assertThat(play(LEDUC, 5, 0).informationStateString(0))
        .isEqualTo(
            "[Observer: 0][Private: 5][Round 1][Player: 0][Pot: 2][Money: 99 99][Round1: ][Round2: ]");
  }

  @Test
  void uniformRandomPolicyValueMatchesOpenSpiel() {
    // golden-values.md: uniform random policy on 2-player Leduc, value of player 0 = -0.078125
    // (OpenSpiel exploitability_test).
    double[] value = uniformValue(LEDUC.newInitialState());
    assertThat(value[0]).isCloseTo(-0.078125, within(1e-12));
    assertThat(value[1]).isCloseTo(0.078125, within(1e-12));
  }

  private static double[] uniformValue(State s) {
    if (s.isTerminal()) {
      return s.returns();
    }
    double[] total = new double[s.game().numPlayers()];
    if (s.isChanceNode()) {
      for (ChanceOutcome o : s.chanceOutcomes()) {
        double[] v = uniformValue(s.child(o.action()));
        for (int p = 0; p < total.length; p++) {
          total[p] += o.probability() * v[p];
        }
      }
      return total;
    }
    int[] legal = s.legalActions();
    for (int a : legal) {
      double[] v = uniformValue(s.child(a));
      for (int p = 0; p < total.length; p++) {
        total[p] += v[p] / legal.length;
      }
    }
    return total;
  }

  @Test
  void pairWithThePublicCardWinsTheMaximalPot() {
    // p0 holds J (card 0), p1 holds Q (card 2); both rounds raised twice; public J pairs p0.
    State s =
        play(
            LEDUC,
            0,
            2,
            LeducPoker.RAISE,
            LeducPoker.RAISE,
            LeducPoker.CALL,
            1,
            LeducPoker.RAISE,
            LeducPoker.RAISE,
            LeducPoker.CALL);
    assertThat(s.isTerminal()).isTrue();
    assertThat(s.returns()).containsExactly(13.0, -13.0);
    assertThat(LEDUC.maxUtility()).isEqualTo(13.0);
    assertThat(LEDUC.minUtility()).isEqualTo(-13.0);
  }

  @Test
  void higherRankWinsWithoutPairAndEqualRanksSplit() {
    // p0 K (4), p1 Q (2), public J (0): checks all the way, K wins the antes.
    State s =
        play(LEDUC, 4, 2, LeducPoker.CALL, LeducPoker.CALL, 0, LeducPoker.CALL, LeducPoker.CALL);
    assertThat(s.returns()).containsExactly(1.0, -1.0);
    // p0 Q (2), p1 Q (3), public K (4): tie, pot split.
    State tie =
        play(LEDUC, 2, 3, LeducPoker.RAISE, LeducPoker.CALL, 4, LeducPoker.CALL, LeducPoker.CALL);
    assertThat(tie.returns()).containsExactly(0.0, 0.0);
  }

  @Test
  void foldIsLegalOnlyWhenFacingABetAndEndsTheHand() {
    State s = play(LEDUC, 0, 2);
    assertThat(s.legalActions()).containsExactly(LeducPoker.CALL, LeducPoker.RAISE);
    assertThatThrownBy(() -> s.child(LeducPoker.FOLD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fold");
    s.apply(LeducPoker.RAISE);
    assertThat(s.legalActions())
        .containsExactly(LeducPoker.FOLD, LeducPoker.CALL, LeducPoker.RAISE);
    s.apply(LeducPoker.RAISE);
    assertThat(s.legalActions()).containsExactly(LeducPoker.FOLD, LeducPoker.CALL);
    s.apply(LeducPoker.FOLD);
    assertThat(s.isTerminal()).isTrue();
    assertThat(s.returns()).containsExactly(-3.0, 3.0);
  }

  @Test
  void threePlayersUseEightCardsAndPlayOnAfterAFold() {
    Game three = Games.load("leduc_poker(players=3)");
    State s = three.newInitialState();
    assertThat(s.chanceOutcomes()).hasSize(8);
    s.apply(6); // ranks 0..3 for 3 players: card 6 has the top rank
    s.apply(0);
    s.apply(2);
    s.apply(LeducPoker.RAISE); // p0 raises to 3
    s.apply(LeducPoker.FOLD); // p1 folds, losing its ante
    s.apply(LeducPoker.CALL); // p2 calls: round over
    assertThat(s.isChanceNode()).isTrue();
    s.apply(7); // public card pairs p0
    assertThat(s.currentPlayer()).isEqualTo(0);
    s.apply(LeducPoker.CALL);
    assertThat(s.currentPlayer()).as("p1 has folded, so p2 acts").isEqualTo(2);
    s.apply(LeducPoker.CALL);
    assertThat(s.isTerminal()).isTrue();
    assertThat(s.returns()).containsExactly(4.0, -1.0, -3.0);
    assertThat(three.maxUtility()).isEqualTo(26.0);
  }

  @Test
  void playersOutsideTwoToTenAreRejectedByName() {
    assertThatThrownBy(() -> Games.load("leduc_poker(players=1)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("players=1");
    assertThatThrownBy(() -> Games.load("leduc_poker(players=11)"))
        .hasMessageContaining("players=11");
  }

  @Test
  void longestHandFillsMaxGameLength() {
    // Check, raise, re-raise, call in both rounds: 3n-2 = 4 actions per round for 2 players.
    int[] line = {LeducPoker.CALL, LeducPoker.RAISE, LeducPoker.RAISE, LeducPoker.CALL};
    State s = play(LEDUC, 0, 3);
    for (int a : line) {
      s.apply(a);
    }
    s.apply(5);
    for (int a : line) {
      s.apply(a);
    }
    assertThat(s.isTerminal()).isTrue();
    assertThat(LEDUC.maxGameLength()).isEqualTo(2 * line.length);
    // p0 holds J (card 0), p1 Q (card 3), public K (card 5): no pair, the higher rank Q wins.
    assertThat(s.returns()).containsExactly(-13.0, 13.0);
  }
}
