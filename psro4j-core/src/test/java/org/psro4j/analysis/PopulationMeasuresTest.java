package org.psro4j.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;

class PopulationMeasuresTest {

  @Test
  void effectiveSupportCountsEvenlyUsedStrategies() {
    assertThat(EffectiveSupport.of(new double[] {1, 0, 0})).isCloseTo(1, within(1e-12));
    assertThat(EffectiveSupport.of(new double[] {0.25, 0.25, 0.25, 0.25}))
        .isCloseTo(4, within(1e-12));
    // exp(H) of (1/2, 1/4, 1/4) = exp(1.5 ln 2) = 2^1.5.
    assertThat(EffectiveSupport.of(new double[] {2, 1, 1}))
        .isCloseTo(Math.pow(2, 1.5), within(1e-12));
    assertThatThrownBy(() -> EffectiveSupport.of(new double[] {0.5, Double.NaN}))
        .hasMessageContaining("NaN");
  }

  @Test
  void jensenShannonKnownValues() {
    assertThat(PopulationDiversity.jensenShannon(new double[] {1, 0}, new double[] {0, 1}))
        .isCloseTo(1, within(1e-12));
    assertThat(PopulationDiversity.jensenShannon(new double[] {0.3, 0.7}, new double[] {0.3, 0.7}))
        .isZero();
    // JS((1,0), (1/2,1/2)) = 1/2 KL((1,0)||(3/4,1/4)) + 1/2 KL((1/2,1/2)||(3/4,1/4)), in bits.
    double expected =
        0.5 * Math.log(4.0 / 3) / Math.log(2)
            + 0.5 * (0.5 * Math.log(0.5 / 0.75) + 0.5 * Math.log(0.5 / 0.25)) / Math.log(2);
    assertThat(PopulationDiversity.jensenShannon(new double[] {1, 0}, new double[] {0.5, 0.5}))
        .isCloseTo(expected, within(1e-12));
  }

  @Test
  void identicalMembersHaveNoDiversityOppositeOnesHaveOne() {
    Game kuhn = Games.load("kuhn_poker");
    Policy first = TabularPolicy.firstAction(kuhn);
    Policy last = (s, p) -> s.legalActions(p).length == 2 ? new double[] {0, 1} : new double[] {1};
    List<List<Policy>> same = List.of(List.of(first, first), List.of(first));
    double[] none =
        PopulationDiversity.measure(
            kuhn, same, List.of(new double[] {0.5, 0.5}, new double[] {1}), 200, 1);
    assertThat(none).containsExactly(0, 0);
    List<List<Policy>> opposite = List.of(List.of(first, last), List.of(first, last));
    double[] full =
        PopulationDiversity.measure(
            kuhn, opposite, List.of(new double[] {0.5, 0.5}, new double[] {0.5, 0.5}), 200, 1);
    assertThat(full[0]).isCloseTo(1, within(1e-12));
    assertThat(full[1]).isCloseTo(1, within(1e-12));
    // Uniform against first-action differs by JS((1,0),(1/2,1/2)) at every Kuhn decision.
    List<List<Policy>> half = List.of(List.of(first, TabularPolicy.uniform(kuhn)), List.of(first));
    double[] mixed =
        PopulationDiversity.measure(
            kuhn, half, List.of(new double[] {0.5, 0.5}, new double[] {1}), 300, 2);
    assertThat(mixed[0])
        .isCloseTo(
            PopulationDiversity.jensenShannon(new double[] {1, 0}, new double[] {0.5, 0.5}),
            within(1e-12));
  }

  @Test
  void klKnownValuesAndMeanPairwiseKlOnVisitedStates() {
    // KL((1/2,1/2) || (1/4,3/4)) = 1/2 ln 2 + 1/2 ln(2/3), up to the 1e-6 uniform smoothing.
    double expected = 0.5 * Math.log(2) + 0.5 * Math.log(2.0 / 3);
    assertThat(PopulationDiversity.kl(new double[] {0.5, 0.5}, new double[] {0.25, 0.75}))
        .isCloseTo(expected, within(1e-5));
    assertThat(PopulationDiversity.kl(new double[] {0.3, 0.7}, new double[] {0.3, 0.7})).isZero();
    // Deterministic opposites stay finite: about ln(1e6 / 2) nats.
    assertThat(PopulationDiversity.kl(new double[] {1, 0}, new double[] {0, 1}))
        .isFinite()
        .isCloseTo(Math.log(2e6) * (1 - 1e-6), within(0.01));
    // Uniform against first-action at every Kuhn decision: the mean of both KL orders.
    Game kuhn = Games.load("kuhn_poker");
    Policy first = TabularPolicy.firstAction(kuhn);
    List<List<Policy>> half = List.of(List.of(first, TabularPolicy.uniform(kuhn)), List.of(first));
    double[] kl =
        PopulationDiversity.measure(
            kuhn,
            half,
            List.of(new double[] {0.5, 0.5}, new double[] {1}),
            300,
            2,
            PopulationDiversity.Divergence.KL);
    double pair =
        (PopulationDiversity.kl(new double[] {1, 0}, new double[] {0.5, 0.5})
                + PopulationDiversity.kl(new double[] {0.5, 0.5}, new double[] {1, 0}))
            / 2;
    assertThat(kl[0]).isCloseTo(pair, within(1e-12));
    assertThat(kl[1]).isZero();
  }
}
