package org.psro4j.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.game.State;

class GameTreeTest {

  private final Game kuhn = Games.load("kuhn_poker");

  @Test
  void kuhnHas54NonChanceStatesAnd12InformationStates() {
    GameTree tree = GameTree.build(kuhn);
    // OpenSpiel kuhn_poker_test: 54 non-chance states (24 decision nodes, 30 terminals).
    assertThat(tree.numNodes() - tree.numChanceNodes()).isEqualTo(54);
    assertThat(tree.numDecisionNodes()).isEqualTo(24);
    assertThat(tree.numTerminals()).isEqualTo(30);
    assertThat(tree.numChanceNodes()).isEqualTo(4);
    assertThat(tree.numInfoStates()).isEqualTo(12);
    assertThat(tree.firstInfoState(1) - tree.firstInfoState(0)).isEqualTo(6);
    assertThat(tree.numSlots()).isEqualTo(24);
    assertThat(tree.numEdges()).isEqualTo(24 + 3 + 6);
  }

  @Test
  void informationStatesKnowTheirPlayerActionsAndPreviousDecision() {
    GameTree tree = GameTree.build(kuhn);
    int check = tree.indexOf(0, "1");
    int checkBet = tree.indexOf(0, "1pb");
    assertThat(tree.infoStatePlayer(check)).isZero();
    assertThat(tree.legalActions(checkBet)).containsExactly(0, 1);
    assertThat(tree.parentInfoState(checkBet)).isEqualTo(check);
    assertThat(tree.parentSlot(checkBet)).isEqualTo(tree.slotOffset(check));
    assertThat(tree.parentSlot(check)).isEqualTo(-1);
    assertThat(tree.indexOf(1, "1pb")).isEqualTo(-1);
    assertThat(tree.representativeState(checkBet).informationStateString(0)).isEqualTo("1pb");
    // A player's later information states come after earlier ones.
    for (int i = 0; i < tree.numInfoStates(); i++) {
      assertThat(tree.parentInfoState(i)).isLessThan(i);
    }
  }

  @Test
  void nodesArePreorderedWithInformationStatesAtDecisionNodes() {
    GameTree tree = GameTree.build(kuhn);
    assertThat(tree.nodePlayer(0)).isEqualTo(State.CHANCE);
    for (int v = 0; v < tree.numNodes(); v++) {
      assertThat(tree.nodeInfoState(v) >= 0).isEqualTo(tree.nodePlayer(v) >= 0);
    }
  }

  @Test
  void forwardReachWithPlayersAtOneIsTheDealProbability() {
    GameTree tree = GameTree.build(kuhn);
    double[] edges = tree.edgeProbabilities(new double[tree.numSlots()]);
    Arrays.fill(edges, 0, tree.numSlots(), 1.0);
    double[] reach = new double[tree.numNodes()];
    tree.forwardReach(edges, reach);
    // Every deal has probability 1/3 * 1/2; the last node is a terminal of the last deal.
    assertThat(reach[tree.numNodes() - 1]).isCloseTo(1.0 / 6.0, offset(1e-15));
  }

  @Test
  void ofCachesPerGameString() {
    assertThat(GameTree.of(kuhn)).isSameAs(GameTree.of(Games.load("kuhn_poker(players=2)")));
    assertThat(GameTree.of(kuhn)).isNotSameAs(GameTree.of(Games.load("kuhn_poker(players=3)")));
  }

  @Test
  void walksSimultaneousMoveGamesInTurns() {
    Game rps = Games.load("rock_paper_scissors");
    GameTree tree = GameTree.build(rps);
    assertThat(tree.game()).isSameAs(rps);
    // Player 0 chooses, then player 1 without seeing it: 1 + 3 + 9 nodes, one state per player.
    assertThat(tree.numNodes()).isEqualTo(13);
    assertThat(tree.numTerminals()).isEqualTo(9);
    assertThat(tree.numInfoStates()).isEqualTo(2);
    assertThat(tree.infoState(tree.firstInfoState(1)))
        .isEqualTo(rps.newInitialState().informationStateString(1));
  }

  @Test
  void rejectsBadArgumentsNamingTheValue() {
    GameTree tree = GameTree.build(kuhn);
    assertThatThrownBy(() -> tree.indexOf(2, "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("player 2");
    assertThatThrownBy(() -> tree.forwardReach(new double[3], new double[tree.numNodes()]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length 3");
  }
}
