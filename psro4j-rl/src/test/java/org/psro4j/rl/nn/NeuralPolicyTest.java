package org.psro4j.rl.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.exact.GameTree;
import org.psro4j.exact.TreeStrategies;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.game.State;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyFiles;

class NeuralPolicyTest {

  private static NeuralPolicy randomPolicy(Game game, NeuralPolicy.Head head, long seed) {
    ObservationSpec spec = ObservationSpec.of(game);
    MlpNetwork net =
        MlpNetwork.create(
            new int[] {spec.size(), 16, 16, spec.numActions()},
            1.0,
            seed,
            DjlRuntime.device("cpu"));
    return new NeuralPolicy(game.toString(), spec, head, net);
  }

  private static List<State> infoStates(Game game, int player) {
    GameTree tree = GameTree.of(game);
    List<State> out = new ArrayList<>();
    for (int i = tree.firstInfoState(player); i < tree.firstInfoState(player + 1); i++) {
      out.add(tree.representativeState(i));
    }
    return out;
  }

  @Test
  void probabilitiesAreADistributionOverLegalActionsAndBatchEqualsSingle() {
    Game leduc = Games.load("leduc_poker");
    NeuralPolicy policy = randomPolicy(leduc, NeuralPolicy.Head.SOFTMAX, 7);
    List<State> states = infoStates(leduc, 1);
    // The whole batch goes through DJL, single states through the plain-Java copy.
    assertThat(states.size()).isGreaterThan(NeuralPolicy.JAVA_FORWARD_MAX_ROWS);
    double[][] batch = policy.actionProbabilities(states, 1);
    for (int i = 0; i < states.size(); i++) {
      double[] single = policy.actionProbabilities(states.get(i), 1);
      assertThat(single).hasSize(states.get(i).legalActions(1).length);
      assertThat(single).containsExactly(batch[i], within(1e-5));
      assertThat(java.util.Arrays.stream(single).sum()).isCloseTo(1.0, within(1e-12));
      assertThat(single[0]).isStrictlyBetween(0.0, 1.0);
    }
  }

  @Test
  void greedyHeadPutsAllMassOnOneLegalAction() {
    Game leduc = Games.load("leduc_poker");
    NeuralPolicy policy = randomPolicy(leduc, NeuralPolicy.Head.GREEDY, 3);
    for (State s : infoStates(leduc, 0).subList(0, 20)) {
      double[] p = policy.actionProbabilities(s, 0);
      assertThat(p).hasSize(s.legalActions(0).length);
      assertThat(java.util.Arrays.stream(p).sum()).isEqualTo(1.0);
      assertThat(java.util.Arrays.stream(p).filter(x -> x == 1.0).count()).isEqualTo(1);
    }
  }

  @Test
  void saveAndLoadGiveIdenticalProbabilitiesAtEveryInformationState(@TempDir Path dir) {
    Game leduc = Games.load("leduc_poker");
    NeuralPolicy policy = randomPolicy(leduc, NeuralPolicy.Head.SOFTMAX, 11);
    Path file = dir.resolve("p0.json");
    PolicyFiles.write(policy, leduc, file);
    assertThat(dir.resolve("p0.params")).exists();
    Policy loaded = PolicyFiles.read(leduc, file);
    assertThat(loaded).isInstanceOf(NeuralPolicy.class);
    GameTree tree = GameTree.of(leduc);
    double[] before = TreeStrategies.ofBatch(tree, policy);
    double[] after = TreeStrategies.ofBatch(tree, (NeuralPolicy) loaded);
    assertThat(after).containsExactly(before);
  }

  @Test
  void loadingForAnotherGameFailsWithAClearMessage(@TempDir Path dir) {
    Game kuhn = Games.load("kuhn_poker");
    Path file = dir.resolve("k.json");
    PolicyFiles.write(randomPolicy(kuhn, NeuralPolicy.Head.SOFTMAX, 1), kuhn, file);
    assertThatThrownBy(() -> PolicyFiles.read(Games.load("kuhn_poker(players=3)"), file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("saved for game kuhn_poker(players=2), not kuhn_poker(players=3)");
  }

  @Test
  void loadingWithAnotherArchitectureFailsWithAClearMessage(@TempDir Path dir) throws Exception {
    Game kuhn = Games.load("kuhn_poker");
    Path file = dir.resolve("k.json");
    PolicyFiles.write(randomPolicy(kuhn, NeuralPolicy.Head.SOFTMAX, 1), kuhn, file);
    String json = java.nio.file.Files.readString(file).replace("\"relu\"", "\"tanh\"");
    java.nio.file.Files.writeString(file, json);
    assertThatThrownBy(() -> PolicyFiles.read(kuhn, file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("architecture");
  }
}
