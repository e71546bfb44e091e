package org.psro4j.rl.neupl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psro4j.exact.BestResponse;
import org.psro4j.exact.ExpectedReturns;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.game.State;
import org.psro4j.policy.EpisodePolicy;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyFiles;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.random.Sampling;
import org.psro4j.rl.nn.ConditionalMlp;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.ObservationSpec;

/**
 * The population network with a recurrent core (GRU, LSTM) between the observation and the
 * ν-conditioned MLP: the plain-Java frozen forward agrees with DJL's sequence forward, members are
 * deterministic, carry their hidden state through an episode, save and load, and distillation with
 * backpropagation through time reaches the bounds the MLP's test states on 3-player Kuhn poker.
 */
class RecurrentPopulationTest {

  private static final Game KUHN3 = Games.load("kuhn_poker(players=3)");
  private static final int OBS = ObservationSpec.of(KUHN3).size();

  private static PopulationNetwork network(String core, long seed) {
    PopulationNetworkSpec spec =
        new PopulationNetworkSpec(
                ObservationSpec.of(KUHN3),
                new int[] {32, 32},
                3,
                4,
                16,
                ConditionalMlp.Conditioning.FILM)
            .withCore(core, 32);
    return new PopulationNetwork(spec, seed, DjlRuntime.device("cpu"));
  }

  private static NeuplSettings settings() {
    return NeuplSettings.fromOptions(
        Map.of("embedding", "16", "hidden", "32,32", "distill_steps", "300", "lr", "0.003"));
  }

  /**
   * Right after freezing, the frozen members' targets on their own play have KL below 1e-6 to the
   * live network's DJL sequence forward: the plain-Java core steps the same arithmetic over the
   * same observation sequences.
   */
  @ParameterizedTest
  @ValueSource(strings = {"gru", "lstm"})
  void plainJavaForwardMatchesTheDjlSequenceForward(String core) {
    try (PopulationNetwork net = network(core, 7)) {
      for (int p = 0; p < 3; p++) {
        net.addMember(p);
        net.addMember(p);
      }
      FrozenPopulation frozen = net.freeze();
      DistillationRows rows = new DistillationRows(OBS, 2);
      SplittableRandom random = new SplittableRandom(2);
      for (int e = 0; e < 100; e++) {
        int[] profile = {random.nextInt(2), random.nextInt(2), random.nextInt(2)};
        PopulationPlay.regularisationEpisode(KUHN3, frozen, profile, rows, random);
      }
      assertThat(rows.size()).isGreaterThan(300);
      double kl = new PopulationDistiller(net, settings()).meanKl(rows);
      assertThat(Math.abs(kl)).isLessThan(1e-6);
    }
  }

  /**
   * A member's episode handle (one hidden state carried from decision to decision) gives exactly
   * the probabilities its history replay gives, and two handles of one member agree exactly.
   */
  @ParameterizedTest
  @ValueSource(strings = {"gru", "lstm"})
  void episodeHandleCarriesTheHiddenStateLikeTheReplay(String core) {
    try (PopulationNetwork net = network(core, 8)) {
      for (int p = 0; p < 3; p++) {
        net.addMember(p);
      }
      FrozenPopulation frozen = net.freeze();
      Policy[] members = new Policy[3];
      for (int p = 0; p < 3; p++) {
        members[p] = new PopulationMember(KUHN3.toString(), frozen, p, 0);
      }
      SplittableRandom random = new SplittableRandom(4);
      int decisions = 0;
      for (int e = 0; e < 50; e++) {
        EpisodePolicy[] a = new EpisodePolicy[3];
        EpisodePolicy[] b = new EpisodePolicy[3];
        for (int p = 0; p < 3; p++) {
          a[p] = members[p].newEpisode(p);
          b[p] = members[p].newEpisode(p);
        }
        State s = KUHN3.newInitialState();
        while (!s.isTerminal()) {
          if (s.isChanceNode()) {
            s.apply(Sampling.chance(s.chanceOutcomes(), random));
            continue;
          }
          int p = s.currentPlayer();
          double[] played = a[p].actionProbabilities(s);
          assertThat(b[p].actionProbabilities(s)).containsExactly(played);
          assertThat(members[p].actionProbabilities(s, p)).containsExactly(played);
          decisions++;
          s.apply(s.legalActions(p)[Sampling.index(played, random)]);
        }
      }
      assertThat(decisions).isGreaterThan(100);
    }
  }

  /**
   * A frozen member does not change when the live network trains on, and its exact value is the
   * same before and after; a saved and loaded member gives equal probabilities at every state.
   */
  @ParameterizedTest
  @ValueSource(strings = {"gru", "lstm"})
  void frozenMembersAreDeterministicAndRoundTripThroughFiles(String core, @TempDir Path dir) {
    NeuplSettings s = settings();
    TabularPolicy uniform = TabularPolicy.uniform(KUHN3);
    TabularPolicy br = BestResponse.of(KUHN3, 0, uniform, uniform, uniform).policy();
    try (PopulationNetwork net = network(core, 9)) {
      for (int p = 0; p < 3; p++) {
        net.addMember(p);
      }
      FrozenPopulation frozen = net.freeze();
      String g = KUHN3.toString();
      Policy[] profile = new Policy[3];
      for (int p = 0; p < 3; p++) {
        profile[p] = new PopulationMember(g, frozen, p, 0);
      }
      List<State> states = PopulationMemberTest.decisionStates(KUHN3);
      double[][] before = probabilities(profile, states);
      double[] value = ExpectedReturns.of(KUHN3, profile);
      int fresh = net.addMember(0);
      DistillationRows distill = new DistillationRows(OBS, 2);
      SplittableRandom random = new SplittableRandom(1);
      for (int e = 0; e < 100; e++) {
        PopulationPlay.distillationEpisode(
            KUHN3, new Policy[] {br, uniform, uniform}, 0, fresh, distill, random);
      }
      new PopulationDistiller(net, s).train(distill, new DistillationRows(OBS, 2), 50, random);
      assertThat(net.version()).isEqualTo(1);
      assertThat(probabilities(profile, states)).isDeepEqualTo(before);
      assertThat(ExpectedReturns.of(KUHN3, profile)).containsExactly(value);
      // Members of the trained θ, saved and loaded.
      FrozenPopulation after = net.freeze();
      Policy[] trained = new Policy[3];
      Policy[] loaded = new Policy[3];
      for (int p = 0; p < 3; p++) {
        trained[p] = new PopulationMember(g, after, p, p == 0 ? fresh : 0);
        Path file = dir.resolve("m" + p + ".json");
        PolicyFiles.write(trained[p], KUHN3, file);
        loaded[p] = PolicyFiles.read(KUHN3, file);
      }
      assertThat(((PopulationMember) loaded[0]).network().spec()).isEqualTo(after.spec());
      assertThat(probabilities(loaded, states)).isDeepEqualTo(probabilities(trained, states));
    }
  }

  /**
   * Distillation through the GRU (backpropagation through time over whole episodes) drives the KL
   * from above 0.3 to below 0.01, and the distilled member plays the best response's value against
   * uniform co-players within 0.02: the bounds of the MLP's test.
   */
  @ParameterizedTest
  @ValueSource(strings = {"gru", "lstm"})
  void distillationThroughTheCoreDrivesKlBelowOneHundredth(String core) {
    NeuplSettings s = settings();
    TabularPolicy uniform = TabularPolicy.uniform(KUHN3);
    TabularPolicy br = BestResponse.of(KUHN3, 0, uniform, uniform, uniform).policy();
    try (PopulationNetwork net = network(core, 11)) {
      for (int p = 0; p < 3; p++) {
        net.addMember(p);
        net.addMember(p);
      }
      FrozenPopulation frozen = net.freeze();
      int fresh = net.addMember(0);
      PopulationDistiller distiller = new PopulationDistiller(net, s);
      SplittableRandom random = new SplittableRandom(5);
      DistillationRows distill = new DistillationRows(OBS, 2);
      DistillationRows reg = new DistillationRows(OBS, 2);
      for (int e = 0; e < 400; e++) {
        PopulationPlay.distillationEpisode(
            KUHN3, new Policy[] {br, uniform, uniform}, 0, fresh, distill, random);
        int[] profile = {random.nextInt(2), random.nextInt(2), random.nextInt(2)};
        PopulationPlay.regularisationEpisode(KUHN3, frozen, profile, reg, random);
      }
      double before = distiller.meanKl(distill);
      PopulationDistiller.Losses after = distiller.train(distill, reg, s.distillSteps(), random);
      assertThat(before).isGreaterThan(0.3);
      assertThat(after.distillation()).isLessThan(0.01);
      assertThat(after.regularisation()).isLessThan(0.01);
      PopulationMember member = new PopulationMember(KUHN3.toString(), net.freeze(), 0, fresh);
      double brValue = ExpectedReturns.of(KUHN3, br, uniform, uniform)[0];
      assertThat(ExpectedReturns.of(KUHN3, member, uniform, uniform)[0])
          .isCloseTo(brValue, within(0.02));
    }
  }

  /**
   * A bad core is named; a network without a core writes no core fields, so files of the MLP
   * network are unchanged.
   */
  @org.junit.jupiter.api.Test
  void badCoreIsNamedAndTheMlpHeaderIsUnchanged() {
    assertThatThrownBy(() -> NeuplSettings.fromOptions(Map.of("core", "rnn")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("core=rnn");
    assertThat(NeuplSettings.defaults().core()).isEqualTo("none");
    try (PopulationNetwork mlp = network("none", 1);
        PopulationNetwork gru = network("gru", 1)) {
      assertThat(FrozenPopulationFiles.describe(mlp.freeze()).has("core")).isFalse();
      assertThat(FrozenPopulationFiles.describe(gru.freeze()).path("core").asText())
          .isEqualTo("gru");
      assertThat(gru.parameters()).hasSize(mlp.parameters().size() + 6);
    }
  }

  private static double[][] probabilities(Policy[] profile, List<State> states) {
    double[][] out = new double[states.size()][];
    for (int i = 0; i < out.length; i++) {
      int p = states.get(i).currentPlayer();
      out[i] = profile[p].actionProbabilities(states.get(i), p);
    }
    return out;
  }
}
