package org.psro4j.rl.continuous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContinuousBlottoTest {

  @Test
  void zeroSumSymmetricAndFieldCounting() {
    ContinuousBlotto g = new ContinuousBlotto(3, 1, 1);
    double[] a = {0.5, 0.3, 0.2};
    assertThat(g.returns(a, a)).containsExactly(0.0, 0.0);
    double[] r = g.returns(new double[] {0.6, 0.4, 0.0}, a);
    // Wins field 0 and 1, loses field 2: (2 - 1) / 3.
    assertThat(r).containsExactly(1.0 / 3, -1.0 / 3);
    assertThatThrownBy(() -> g.returns(new double[] {0.9, 0.9, 0}, a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("over its budget 1.0");
  }

  @Test
  void bestResponseValueWinsTheCheapestFields() {
    ContinuousBlotto g = new ContinuousBlotto(3, 1, 1.2);
    // 0.2 + 0.45 < 1 but adding 0.55 is not: two wins, one loss.
    assertThat(g.bestResponseValue(0, new double[] {0.2, 0.45, 0.55})).isEqualTo(1.0 / 3);
    // A budget of 1.2 against (0.5, 0.3, 0.2) sums to 1.0 < 1.2: all three won.
    assertThat(g.bestResponseValue(1, new double[] {0.5, 0.3, 0.2})).isEqualTo(1.0);
  }

  @Test
  void softActorCriticFindsTheBestResponseToAFixedAllocation() {
    ContinuousBlotto g = new ContinuousBlotto(3, 1, 1.2);
    double[] opponent = {0.2, 0.45, 0.55};
    SoftActorCritic.Result r =
        SoftActorCritic.train(
            g,
            0,
            List.of(opponent),
            new double[] {1},
            new SoftActorCritic.Settings(400, 128, 0.01, 0.002),
            5);
    // Uniform play (1/3 each) wins only field 0: -1/3. The best response value is 1/3.
    assertThat(g.returns(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, opponent)[0])
        .isEqualTo(-1.0 / 3);
    assertThat(r.value()).isEqualTo(g.bestResponseValue(0, opponent));
    assertThat(r.samples()).isEqualTo(400 * 128);
  }

  @Test
  void softActorCriticFindsTheBestResponseOnFiveFields() {
    ContinuousBlotto g = new ContinuousBlotto(5, 1, 1);
    double[] opponent = {0.3, 0.25, 0.2, 0.15, 0.1};
    // 0.1 + 0.15 + 0.2 + 0.25 = 0.7 < 1, adding 0.3 is not: four wins, one loss, value 3/5.
    assertThat(g.bestResponseValue(0, opponent)).isEqualTo(0.6);
    SoftActorCritic.Result r =
        SoftActorCritic.train(
            g,
            0,
            List.of(opponent),
            new double[] {1},
            new SoftActorCritic.Settings(600, 128, 0.01, 0.002),
            3);
    assertThat(r.value()).isEqualTo(0.6);
  }
}
