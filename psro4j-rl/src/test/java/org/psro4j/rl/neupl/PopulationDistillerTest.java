package org.psro4j.rl.neupl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.exact.BestResponse;
import org.psro4j.exact.ExpectedReturns;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.rl.nn.ConditionalMlp;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.nn.ObservationSpec;

/**
 * Distillation and regularisation on Kuhn poker (Liu et al., AAMAS 2024, Algorithm 2, steps 2–3):
 * the stated bounds for these seeds and small settings (distillation KL from above 0.3 to below
 * 0.01; old members' exact values within 0.02).
 */
class PopulationDistillerTest {

  private static final Game KUHN3 = Games.load("kuhn_poker(players=3)");
  private static final int OBS = ObservationSpec.of(KUHN3).size();

  private static NeuplSettings settings(double regWeight) {
    return NeuplSettings.fromOptions(
        Map.of(
            "embedding", "16",
            "hidden", "32,32",
            "distill_steps", "300",
            "reg_weight", Double.toString(regWeight),
            "lr", "0.003"));
  }

  private static PopulationNetwork network(NeuplSettings s, long seed) {
    PopulationNetworkSpec spec =
        new PopulationNetworkSpec(
            ObservationSpec.of(KUHN3),
            s.hidden(),
            3,
            4,
            s.embeddingSize(),
            ConditionalMlp.Conditioning.FILM);
    return new PopulationNetwork(spec, seed, DjlRuntime.device("cpu"));
  }

  @Test
  void distillationDrivesKlBelowOneHundredthOnKuhn() {
    NeuplSettings s = settings(1.0);
    TabularPolicy uniform = TabularPolicy.uniform(KUHN3);
    TabularPolicy br = BestResponse.of(KUHN3, 0, uniform, uniform, uniform).policy();
    try (PopulationNetwork net = network(s, 11)) {
      for (int p = 0; p < 3; p++) {
        net.addMember(p);
      }
      int fresh = net.addMember(0);
      PopulationDistiller distiller = new PopulationDistiller(net, s);
      SplittableRandom random = new SplittableRandom(5);
      DistillationRows distill = new DistillationRows(OBS, 2);
      for (int e = 0; e < 400; e++) {
        PopulationPlay.distillationEpisode(
            KUHN3, new Policy[] {br, uniform, uniform}, 0, fresh, distill, random);
      }
      DistillationRows none = new DistillationRows(OBS, 2);
      double before = distiller.meanKl(distill);
      PopulationDistiller.Losses after = distiller.train(distill, none, s.distillSteps(), random);
      assertThat(before).isGreaterThan(0.3);
      assertThat(after.distillation()).isLessThan(0.01);
      // The distilled member plays the best response's value against uniform co-players.
      PopulationMember member = new PopulationMember(KUHN3.toString(), net.freeze(), 0, fresh);
      double brValue = ExpectedReturns.of(KUHN3, br, uniform, uniform)[0];
      assertThat(ExpectedReturns.of(KUHN3, member, uniform, uniform)[0])
          .isCloseTo(brValue, within(0.02));
    }
  }

  @Test
  void regularisationKeepsOldMembersWithinTwoHundredthsOfTheirFrozenValues() {
    NeuplSettings s = settings(1.0);
    TabularPolicy uniform = TabularPolicy.uniform(KUHN3);
    TabularPolicy br = BestResponse.of(KUHN3, 0, uniform, uniform, uniform).policy();
    try (PopulationNetwork net = network(s, 3)) {
      for (int p = 0; p < 3; p++) {
        net.addMember(p);
        net.addMember(p);
      }
      FrozenPopulation frozen = net.freeze();
      int fresh = net.addMember(0);
      PopulationDistiller distiller = new PopulationDistiller(net, s);
      SplittableRandom random = new SplittableRandom(9);
      DistillationRows distill = new DistillationRows(OBS, 2);
      DistillationRows reg = new DistillationRows(OBS, 2);
      for (int e = 0; e < 400; e++) {
        PopulationPlay.distillationEpisode(
            KUHN3, new Policy[] {br, uniform, uniform}, 0, fresh, distill, random);
        int[] profile = {random.nextInt(2), random.nextInt(2), random.nextInt(2)};
        PopulationPlay.regularisationEpisode(KUHN3, frozen, profile, reg, random);
      }
      PopulationDistiller.Losses losses = distiller.train(distill, reg, s.distillSteps(), random);
      assertThat(losses.distillation()).isLessThan(0.02);
      assertThat(losses.regularisation()).isLessThan(0.01);
      FrozenPopulation after = net.freeze();
      assertThat(after.version()).isEqualTo(frozen.version() + 1);
      String g = KUHN3.toString();
      for (int a = 0; a < 2; a++) {
        for (int b = 0; b < 2; b++) {
          Policy[] old = {
            member(g, frozen, 0, a), member(g, frozen, 1, b), member(g, frozen, 2, a)
          };
          Policy[] now = {member(g, after, 0, a), member(g, after, 1, b), member(g, after, 2, a)};
          double[] v0 = ExpectedReturns.of(KUHN3, old);
          double[] v1 = ExpectedReturns.of(KUHN3, now);
          for (int p = 0; p < 3; p++) {
            assertThat(v1[p]).isCloseTo(v0[p], within(0.02));
          }
        }
      }
    }
  }

  private static PopulationMember member(String g, FrozenPopulation f, int p, int i) {
    return new PopulationMember(g, f, p, i);
  }
}
