package org.psro4j.cli.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Games;
import org.psro4j.game.TeamView;

/**
 * The {@code min_weight} option of {@link TeamOracle}: the training mix is {@code (1 − k·γ)·σ + γ}
 * (OpenSpiel's {@code prd_gamma} floor), uniform when {@code k·γ ≥ 1}; a bad value is named.
 */
class TeamOracleMinWeightTest {

  @Test
  void everyMemberGetsAtLeastTheFloorAndTheMixStaysADistribution() {
    double[] nash = {2.0 / 3, 1.0 / 3, 0, 0};
    double[] w = TeamOracle.floored(nash, 0.1);
    assertThat(w[0]).isCloseTo(0.6 * 2 / 3 + 0.1, within(1e-12));
    assertThat(w[3]).isCloseTo(0.1, within(1e-12));
    assertThat(Arrays.stream(w).sum()).isCloseTo(1, within(1e-12));
    assertThat(TeamOracle.floored(nash, 0)).containsExactly(nash);
    assertThat(TeamOracle.floored(nash, 0.25)).containsExactly(0.25, 0.25, 0.25, 0.25);
    assertThat(TeamOracle.floored(nash, 0.4)).containsExactly(0.25, 0.25, 0.25, 0.25);
  }

  @Test
  void theOptionIsCheckedAndReported() {
    TeamView view = (TeamView) Games.load("team_view(game=capture_the_flag(size=7,horizon=10))");
    assertThat(new TeamOracle(view, Map.of("min_weight", "0.05")).resolvedOptions())
        .containsEntry("min_weight", 0.05);
    assertThatThrownBy(() -> new TeamOracle(view, Map.of("min_weight", "1.5")))
        .hasMessage("oracle option min_weight=1.5 must be at least 0 and below 1");
    assertThatThrownBy(() -> new TeamOracle(view, Map.of("min_weight", "lots")))
        .hasMessage("oracle option min_weight=lots is not a number");
  }
}
