package org.psro4j.rl.neupl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.psro4j.exact.Exploitability;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.game.State;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyFiles;
import org.psro4j.rl.nn.ConditionalMlp;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.NeuralPolicy;
import org.psro4j.rl.nn.ObservationSpec;

class PopulationMemberTest {

  private static final Game KUHN3 = Games.load("kuhn_poker(players=3)");

  static PopulationNetworkSpec spec(Game game, ConditionalMlp.Conditioning mode) {
    return new PopulationNetworkSpec(
        ObservationSpec.of(game), new int[] {32, 32}, game.numPlayers(), 8, 16, mode);
  }

  /** Every decision state of {@code game} with its acting player (depth-first, chance expanded). */
  static List<State> decisionStates(Game game) {
    List<State> out = new ArrayList<>();
    collect(game.newInitialState(), out);
    return out;
  }

  private static void collect(State s, List<State> out) {
    if (s.isTerminal()) {
      return;
    }
    if (s.isChanceNode()) {
      for (var o : s.chanceOutcomes()) {
        collect(s.child(o.action()), out);
      }
      return;
    }
    out.add(s);
    for (int a : s.legalActions()) {
      collect(s.child(a), out);
    }
  }

  @ParameterizedTest
  @EnumSource(ConditionalMlp.Conditioning.class)
  void viewsMatchTheLiveNetworkAndIgnoreLaterTraining(ConditionalMlp.Conditioning mode) {
    try (PopulationNetwork live =
        new PopulationNetwork(spec(KUHN3, mode), 7, DjlRuntime.device("cpu"))) {
      for (int p = 0; p < 3; p++) {
        live.addMember(p);
        live.addMember(p);
      }
      FrozenPopulation frozen = live.freeze();
      PopulationMember member = new PopulationMember(KUHN3.toString(), frozen, 1, 1);
      List<State> states = decisionStates(KUHN3);
      ObservationSpec obs = live.spec().observation();
      float[] x = new float[states.size() * obs.size()];
      int[] players = new int[states.size()];
      int[] indices = new int[states.size()];
      for (int i = 0; i < states.size(); i++) {
        obs.write(states.get(i), states.get(i).currentPlayer(), x, i * obs.size());
        players[i] = 1;
        indices[i] = 1;
      }
      float[] logits;
      DjlRuntime.inferenceMode();
      try (NDManager scope = live.mlp().manager().newSubManager()) {
        NDArray in = scope.create(x, new Shape(states.size(), obs.size()));
        logits = live.forward(in, live.oneHot(scope, players, indices)).toFloatArray();
      }
      double[][] before = new double[states.size()][];
      for (int i = 0; i < states.size(); i++) {
        State s = states.get(i);
        before[i] = member.actionProbabilities(s);
        double[] djl =
            NeuralPolicy.probabilities(
                logits, i * obs.numActions(), s.legalActions(), NeuralPolicy.Head.SOFTMAX);
        for (int a = 0; a < djl.length; a++) {
          assertThat(before[i][a]).isCloseTo(djl[a], within(1e-5));
        }
      }
      // Change θ as training would: the frozen view must not move.
      float[][] values = live.mlp().values();
      for (float[] v : values) {
        for (int j = 0; j < v.length; j++) {
          v[j] = -v[j] + 0.1f;
        }
      }
      live.mlp().load(values);
      live.advanceVersion();
      PopulationMember after = new PopulationMember(KUHN3.toString(), live.freeze(), 1, 1);
      boolean moved = false;
      for (int i = 0; i < states.size(); i++) {
        assertThat(member.actionProbabilities(states.get(i))).containsExactly(before[i]);
        moved |= Math.abs(after.actionProbabilities(states.get(i))[0] - before[i][0]) > 1e-6;
      }
      assertThat(moved).isTrue();
      assertThat(after.version()).isEqualTo(member.version() + 1);
    }
  }

  @ParameterizedTest
  @EnumSource(ConditionalMlp.Conditioning.class)
  void savedMembersLoadWithTheSameExactNashConv(
      ConditionalMlp.Conditioning mode, @TempDir Path dir) {
    try (PopulationNetwork live =
        new PopulationNetwork(spec(KUHN3, mode), 3, DjlRuntime.device("cpu"))) {
      for (int p = 0; p < 3; p++) {
        live.addMember(p);
      }
      FrozenPopulation frozen = live.freeze();
      Policy[] profile = new Policy[3];
      Policy[] loaded = new Policy[3];
      for (int p = 0; p < 3; p++) {
        profile[p] = new PopulationMember(KUHN3.toString(), frozen, p, 0);
        Path file = dir.resolve("m" + p + ".json");
        PolicyFiles.write(profile[p], KUHN3, file);
        loaded[p] = PolicyFiles.read(KUHN3, file);
      }
      double nashConv = Exploitability.nashConv(KUHN3, profile).nashConv();
      assertThat(nashConv).isPositive();
      assertThat(Exploitability.nashConv(KUHN3, loaded).nashConv()).isEqualTo(nashConv);
      assertThatThrownBy(() -> PolicyFiles.read(Games.load("kuhn_poker"), dir.resolve("m0.json")))
          .hasMessageContaining("kuhn_poker(players=3)");
    }
  }

  @org.junit.jupiter.api.Test
  void membersOutsideThePopulationAreRefused() {
    try (PopulationNetwork live =
        new PopulationNetwork(
            spec(KUHN3, ConditionalMlp.Conditioning.FILM), 3, DjlRuntime.device("cpu"))) {
      live.addMember(0);
      FrozenPopulation frozen = live.freeze();
      assertThatThrownBy(() -> new PopulationMember(KUHN3.toString(), frozen, 0, 1))
          .hasMessageContaining("no member 1 of player 0");
      assertThatThrownBy(
              () ->
                  new PopulationNetworkSpec(
                      ObservationSpec.of(KUHN3),
                      new int[] {8},
                      3,
                      4,
                      4,
                      ConditionalMlp.Conditioning.FILM))
          .hasMessageContaining("embedding size must be in 8..256, got 4");
    }
  }
}
