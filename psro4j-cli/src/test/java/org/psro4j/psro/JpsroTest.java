package org.psro4j.psro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class JpsroTest {

  @Test
  void threePlayerKuhnMaxGiniCceGapBelowOneThousandthWithin30Iterations() {
    // Issue 4's target. Reference JPSRO (max-Gini CCE) curve: 2.06 at it 0, 0.0028 at it 12,
    // 1e-7 at it 15 (shared/reference/golden-values.md).
    List<IterationResult> results =
        DriverFixtures.jpsro("kuhn_poker(players=3)", "mgcce", 30, 1e-3, false).run();
    assertThat(results.getFirst().exactGap()).isCloseTo(2.0625, within(1e-3));
    assertThat(results.getLast().exactGap()).isLessThanOrEqualTo(1e-3);
    assertThat(results.getLast().iteration()).isLessThanOrEqualTo(30);
  }

  @Test
  void cceGapAtIterationZeroIsNashConvOfTheInitialProfile() {
    // With one policy per player the joint is that profile, so its CCE gap is its NashConv.
    IterationResult first =
        DriverFixtures.jpsro("kuhn_poker", "mgcce", 0, 0, false).run().getFirst();
    assertThat(first.exactGap()).isCloseTo(11.0 / 12, within(1e-12));
  }

  @Test
  void correlatedEquilibriumVariantConvergesOnTwoPlayerKuhn() {
    List<IterationResult> results =
        DriverFixtures.jpsro("kuhn_poker", "mgce", 30, 1e-6, true).run();
    assertThat(results.getLast().gapName()).isEqualTo("ce_gap");
    assertThat(results.getLast().exactGap()).isLessThanOrEqualTo(1e-6);
  }
}
