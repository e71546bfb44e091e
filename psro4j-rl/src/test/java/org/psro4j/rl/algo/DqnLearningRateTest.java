package org.psro4j.rl.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.exact.BestResponse;
import org.psro4j.exact.ExpectedReturns;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.OracleResult;

/** DQN's {@code lr_end} option: a linear decay of Adam's step size over the budget. */
class DqnLearningRateTest {

  @Test
  void defaultsToAConstantStepSize() {
    DqnSettings s = DqnSettings.fromOptions(Map.of("lr", "1e-3"));
    assertThat(s.learningRateEnd()).isEqualTo(s.learningRate());
    assertThat(DqnSettings.fromOptions(Map.of("lr_end", "1e-4")).learningRateEnd()).isEqualTo(1e-4);
  }

  @Test
  void refusesAnEndAboveTheStartOrNotANumber() {
    assertThatThrownBy(() -> DqnSettings.fromOptions(Map.of("lr", "1e-3", "lr_end", "2e-3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lr_end=0.002");
    assertThatThrownBy(() -> DqnSettings.fromOptions(Map.of("lr_end", "fast")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lr_end=fast");
    assertThatThrownBy(() -> DqnSettings.fromOptions(Map.of("lr_end", "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lr_end=0");
  }

  @Test
  void stillLearnsTheBestResponseToUniformPlayInKuhn() {
    Game kuhn = Games.load("kuhn_poker");
    TabularPolicy uniform = TabularPolicy.uniform(kuhn);
    OracleResult r =
        DqnOracle.fromOptions(Map.of("br_steps", "30000", "lr", "1e-3", "lr_end", "1e-4"))
            .bestResponse(
                new BestResponseTask(kuhn, 0, PpoOracleTest.fixed(0, uniform), 42, null, "br"));
    double best = BestResponse.of(kuhn, 0, uniform).value(); // 1/2
    double learned = ExpectedReturns.of(kuhn, r.policy(), uniform)[0];
    assertThat(learned).isCloseTo(best, within(0.02));
  }
}
