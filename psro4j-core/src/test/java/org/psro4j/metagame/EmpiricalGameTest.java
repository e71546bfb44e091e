package org.psro4j.metagame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EmpiricalGameTest {

  @Test
  void growsByOneStrategyAndKeepsExistingEntries() {
    EmpiricalGame game = new EmpiricalGame(2);
    assertThat(game.addStrategy(0, "a0")).isZero();
    assertThat(game.addStrategy(1, "b0")).isZero();
    game.setExact(new int[] {0, 0}, new double[] {1, -1});
    assertThat(game.isComplete()).isTrue();

    assertThat(game.addStrategy(1, "b1")).isEqualTo(1);
    assertThat(game.missingEntries()).containsExactly(new int[] {0, 1});
    assertThat(game.mean(0, new int[] {0, 0})).isEqualTo(1);
    assertThat(game.addStrategy(0, "a1")).isEqualTo(1);
    assertThat(game.missingEntries())
        .containsExactly(new int[] {0, 1}, new int[] {1, 0}, new int[] {1, 1});
    assertThat(game.mean(1, new int[] {0, 0})).isEqualTo(-1);
    assertThat(game.names(1)).containsExactly("b0", "b1");
    assertThat(game.flatIndex(new int[] {1, 0})).isEqualTo(2);
  }

  @Test
  void recordKeepsRunningMeanAndSampleVariance() {
    EmpiricalGame game = new EmpiricalGame(1);
    game.addStrategy(0, "only");
    int[] profile = {0};
    for (double v : new double[] {1, 2, 3, 4}) {
      game.record(profile, new double[] {v});
    }
    assertThat(game.mean(0, profile)).isCloseTo(2.5, within(1e-15));
    // Sample variance of 1, 2, 3, 4 with the n − 1 denominator is 5/3.
    assertThat(game.variance(0, profile)).isCloseTo(5 / 3.0, within(1e-15));
    assertThat(game.count(profile)).isEqualTo(4);
    assertThat(game.isExact(profile)).isFalse();
  }

  @Test
  void snapshotsAreImmutableAndIndependent() {
    EmpiricalGame game = new EmpiricalGame(2);
    game.addStrategy(0, "a");
    game.addStrategy(1, "b");
    game.record(new int[] {0, 0}, new double[] {1, 2});
    EmpiricalGame snapshot = game.snapshot();
    game.record(new int[] {0, 0}, new double[] {3, 4});
    assertThat(snapshot.mean(0, new int[] {0, 0})).isEqualTo(1);
    assertThat(snapshot.isSnapshot()).isTrue();
    assertThat(snapshot.snapshot()).isSameAs(snapshot);
    assertThatThrownBy(() -> snapshot.addStrategy(0, "c"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rejectsBadArgumentsNamingThem() {
    EmpiricalGame game = new EmpiricalGame(2);
    game.addStrategy(0, "a");
    game.addStrategy(1, "b");
    assertThatThrownBy(() -> game.record(new int[] {0, 1}, new double[] {1, 1}))
        .hasMessageContaining("player 1 has strategies 0..0");
    assertThatThrownBy(() -> game.record(new int[] {0, 0}, new double[] {1, Double.NaN}))
        .hasMessageContaining("payoff of player 1 is NaN");
    assertThatThrownBy(() -> game.setExact(new int[] {0, 0}, new double[] {1}))
        .hasMessageContaining("expected 2 payoffs");
    game.setExact(new int[] {0, 0}, new double[] {1, 1});
    assertThatThrownBy(() -> game.record(new int[] {0, 0}, new double[] {1, 1}))
        .isInstanceOf(IllegalStateException.class);
  }
}
