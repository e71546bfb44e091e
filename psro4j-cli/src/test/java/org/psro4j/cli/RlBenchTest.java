package org.psro4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The RL bench scenario's curve and threshold crossing, on a tiny Kuhn run. */
class RlBenchTest {

  @Test
  void curveCountsEpisodesCumulativelyAndReportsTheFirstCrossing() {
    RlBench tiny =
        new RlBench("tiny-rl", "kuhn_poker", "nash", "dqn", Map.of("br_steps", "3000"), 2, 10.0);
    ArrayNode results = new ObjectMapper().createArrayNode();
    StringWriter text = new StringWriter();
    tiny.run(new PrintWriter(text), false, results);
    JsonNode r = results.get(0);
    JsonNode curve = r.get("curve");
    assertThat(curve).hasSize(3);
    // Iteration 0 is the uniform population: no episodes yet, Kuhn NashConv 11/12 (OpenSpiel).
    assertThat(curve.get(0).get("episodes").asLong()).isZero();
    assertThat(curve.get(0).get("nash_conv").asDouble())
        .isCloseTo(11.0 / 12, org.assertj.core.api.Assertions.within(1e-9));
    // Two best responses of at least 3000 steps each per iteration; Kuhn episodes have 2-3 moves.
    long first = curve.get(1).get("episodes").asLong();
    assertThat(first).isGreaterThanOrEqualTo(2 * 3000 / 3);
    assertThat(curve.get(2).get("episodes").asLong()).isGreaterThan(first);
    assertThat(r.get("total_episodes").asLong()).isEqualTo(curve.get(2).get("episodes").asLong());
    // Any NashConv is below 10, so the threshold is crossed at iteration 0, with 0 episodes.
    assertThat(r.get("episodes_to_threshold").asLong()).isZero();
    assertThat(text.toString()).contains("tiny-rl").contains("first after 0 episodes");
  }
}
