package org.psro4j.cli.ctf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.psro4j.cli.Cli;

/** {@code psro4j ctf team}: a tiny two-iteration curriculum run and its JSON. */
class CtfTeamCommandTest {

  @Test
  void reportsWinRatesAgainstEveryBotAfterEachIteration() throws Exception {
    Cli.Result r =
        Cli.run(
            "ctf",
            "team",
            "--train-game",
            "capture_the_flag(size=7,horizon=10,shaping=0.2)",
            "--train-game",
            "capture_the_flag(size=9,horizon=10,shaping=0.2)",
            "--game",
            "capture_the_flag(size=9,horizon=10)",
            "--bots",
            "random,defender",
            "--steps",
            "2000",
            "--phase-steps",
            "1000",
            "--iterations",
            "2",
            "--episodes",
            "3",
            "--oracle-option",
            "num_envs=4",
            "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("train_games")).hasSize(2);
    assertThat(json.path("game").asText()).contains("size=9");
    JsonNode its = json.path("iterations");
    assertThat(its).hasSize(2);
    for (JsonNode it : its) {
      assertThat(it.path("steps").asLong()).isGreaterThanOrEqualTo(2000);
      JsonNode against = it.path("against");
      assertThat(against).hasSize(3);
      for (JsonNode row : against) {
        assertThat(row.path("episodes").asInt()).isEqualTo(6);
        assertThat(
                row.path("wins").asInt() + row.path("draws").asInt() + row.path("losses").asInt())
            .isEqualTo(6);
        double p = row.path("win_rate").asDouble();
        assertThat(row.path("win_rate_se").asDouble())
            .isCloseTo(Math.sqrt(p * (1 - p) / 6), org.assertj.core.data.Offset.offset(1e-12));
      }
    }
  }
}
