package org.psro4j.metagame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetaGameGapsTest {

  private static final EmpiricalGame MATCHING_PENNIES =
      EmpiricalGame.ofZeroSum(new double[][] {{1, -1}, {-1, 1}});

  @Test
  void nashConvOfMatchingPennies() {
    // Uniform is the equilibrium (NashConv 0); pure heads for both: row gets 1 and cannot gain,
    // column gets −1 and gains 2 by switching, NashConv 2.
    assertThat(MetaGameGaps.nashConv(MATCHING_PENNIES, new double[][] {{0.5, 0.5}, {0.5, 0.5}}))
        .isCloseTo(0, within(1e-15));
    assertThat(MetaGameGaps.nashConv(MATCHING_PENNIES, new double[][] {{1, 0}, {1, 0}}))
        .isCloseTo(2, within(1e-15));
  }

  @Test
  void correlatedGapsOfChicken() {
    // Chicken (Aumann 1974): [[6,2],[7,0]] for the row player, symmetric. The distribution 1/3 on
    // (D,D), (D,C), (C,D) is a CE; all mass on (D,D) is not a CCE: each player gains 1 by
    // Chicken-C.
    EmpiricalGame chicken =
        EmpiricalGame.ofMatrices(new double[][] {{6, 2}, {7, 0}}, new double[][] {{6, 7}, {2, 0}});
    assertThat(MetaGameGaps.ceGap(chicken, new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0, 0}))
        .isCloseTo(0, within(1e-15));
    assertThat(MetaGameGaps.cceGap(chicken, new double[] {1, 0, 0, 0})).isCloseTo(2, within(1e-15));
    assertThat(MetaGameGaps.ceGains(chicken, new double[] {1, 0, 0, 0}))
        .containsExactly(new double[] {1, 1}, within(1e-15));
  }

  @Test
  void metaStrategyReportsTheGapOfWhatItHolds() {
    MetaStrategy strategy =
        MetaStrategy.ofMarginals("test", MATCHING_PENNIES, new double[][] {{1, 0}, {1, 0}});
    assertThat(strategy.gap()).isEqualTo(2);
    assertThat(strategy.jointDistribution()).containsExactly(1, 0, 0, 0);
    MetaStrategy joint =
        MetaStrategy.ofJoint(
            "test", MATCHING_PENNIES, new double[] {0.25, 0.25, 0.25, 0.25}, GapKind.CE_GAP);
    assertThat(joint.marginal(1)).containsExactly(0.5, 0.5);
    assertThat(joint.gap()).isZero();
  }
}
