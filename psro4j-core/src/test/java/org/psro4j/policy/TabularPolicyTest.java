package org.psro4j.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.exact.GameTree;
import org.psro4j.exact.TreeStrategies;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.game.State;

class TabularPolicyTest {

  private final Game kuhn = Games.load("kuhn_poker");

  @Test
  void uniformAndFirstActionCoverEveryInformationState() {
    TabularPolicy uniform = TabularPolicy.uniform(kuhn);
    assertThat(uniform.game()).isEqualTo("kuhn_poker(players=2)");
    assertThat(uniform.size()).isEqualTo(12);
    assertThat(uniform.probabilities("1pb")).containsExactly(0.5, 0.5);
    TabularPolicy first = TabularPolicy.firstAction(kuhn);
    assertThat(first.infoStates()).isEqualTo(uniform.infoStates());
    assertThat(first.probabilities("2b")).containsExactly(1.0, 0.0);
    assertThat(first.legalActions("2b")).containsExactly(0, 1);
  }

  @Test
  void answersAsAPolicyThroughTheInformationStateString() {
    State state = kuhn.newInitialState();
    state.apply(2);
    state.apply(0);
    TabularPolicy first = TabularPolicy.firstAction(kuhn);
    assertThat(first.actionProbabilities(state)).containsExactly(1.0, 0.0);
    state.apply(1);
    assertThat(first.actionProbabilities(state, 1)).containsExactly(1.0, 0.0);
  }

  @Test
  void tabulatesAnyPolicyAndBatchPolicy() {
    Policy bettor = (state, player) -> new double[] {0.25, 0.75};
    TabularPolicy fromPolicy = TreeStrategies.tabulate(kuhn, bettor);
    assertThat(fromPolicy.probabilities("0p")).containsExactly(0.25, 0.75);
    int[] calls = {0};
    BatchPolicy batch =
        (states, player) -> {
          calls[0]++;
          assertThat(states).hasSize(6);
          return BatchPolicy.of(bettor).actionProbabilities(states, player);
        };
    assertThat(TreeStrategies.tabulateBatch(kuhn, batch)).isEqualTo(fromPolicy);
    assertThat(calls[0]).isEqualTo(2);
    TabularPolicy perPlayer =
        TreeStrategies.tabulate(kuhn, bettor, (state, player) -> new double[] {1.0, 0.0});
    assertThat(perPlayer.probabilities("0")).containsExactly(0.25, 0.75);
    assertThat(perPlayer.probabilities("0b")).containsExactly(1.0, 0.0);
  }

  @Test
  void uniformAndFirstActionAreTheTreesStrategyVectorsTabulated() {
    for (String g : List.of("kuhn_poker", "leduc_poker", "kuhn_poker(players=3)")) {
      Game game = Games.load(g);
      GameTree tree = GameTree.of(game);
      assertThat(TabularPolicy.uniform(game))
          .isEqualTo(TreeStrategies.toTabularPolicy(tree, TreeStrategies.uniform(tree)));
      assertThat(TabularPolicy.firstAction(game))
          .isEqualTo(TreeStrategies.toTabularPolicy(tree, TreeStrategies.firstAction(tree)));
      assertThat(TabularPolicy.uniform(game).size()).isEqualTo(tree.numInfoStates());
    }
  }

  @Test
  void aMissingStateIsAnErrorNamingIt() {
    TabularPolicy empty = TabularPolicy.builder(kuhn.toString()).build();
    assertThatThrownBy(() -> empty.probabilities("1pb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'1pb'");
  }

  @Test
  void builderValidatesEachEntry() {
    int[] actions = {0, 1};
    TabularPolicy.Builder b = TabularPolicy.builder("kuhn_poker(players=2)");
    b.put("0", actions, new double[] {0.5, 0.5});
    assertThatThrownBy(() -> b.put("0", actions, new double[] {0.5, 0.5}))
        .hasMessageContaining("'0' appears twice");
    assertThatThrownBy(() -> b.put("1", actions, new double[] {1.5, -0.5}))
        .hasMessageContaining("'1'")
        .hasMessageContaining("-0.5");
    assertThatThrownBy(() -> b.put("1", actions, new double[] {Double.NaN, 1}))
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> b.put("1", actions, new double[] {0.5, 0.4}))
        .hasMessageContaining("sum to 0.9");
    assertThatThrownBy(() -> b.put("1", actions, new double[] {1}))
        .hasMessageContaining("2 legal actions but 1 probabilities");
    assertThatThrownBy(() -> b.put("1", new int[] {1, 0}, new double[] {0.5, 0.5}))
        .hasMessageContaining("increasing");
  }

  @Test
  void listsInformationStatesInInsertionOrder() {
    TabularPolicy p =
        TabularPolicy.builder("g()")
            .put("b", new int[] {0}, new double[] {1})
            .put("a", new int[] {0}, new double[] {1})
            .build();
    assertThat(List.copyOf(p.infoStates())).containsExactly("b", "a");
  }
}
