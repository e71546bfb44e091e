package org.psro4j.rl.algo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.psro.BestResponseOracle;

class DiscreteOraclesRefuseContinuousGamesTest {

  @Test
  void ppoDqnAndMpoPointToTheContinuousOracles() {
    Game blotto = Games.load("continuous_blotto(fields=3)");
    for (BestResponseOracle oracle :
        List.<BestResponseOracle>of(
            PpoOracle.fromOptions(Map.of()),
            DqnOracle.fromOptions(Map.of()),
            MpoOracle.fromOptions(Map.of()))) {
      assertThatThrownBy(() -> oracle.checkSupports(blotto))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("continuous actions")
          .hasMessageContaining("sac or crossq");
    }
  }

  @Test
  void theProviderOffersSacAndCrossQ() {
    RlOracleProvider provider = new RlOracleProvider();
    org.assertj.core.api.Assertions.assertThat(provider.names()).contains("sac", "crossq");
    org.assertj.core.api.Assertions.assertThat(
            provider.create("sac", Map.of("hidden", "32,32")).name())
        .isEqualTo("sac");
    org.assertj.core.api.Assertions.assertThat(provider.create("crossq", Map.of()).name())
        .isEqualTo("crossq");
    assertThatThrownBy(() -> provider.create("crossq", Map.of("tau", "0.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown option(s) [tau] for oracle crossq");
  }
}
