package org.psro4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.pipeline.PipelineSettings;

/**
 * The Pipeline bench scenario on tiny Kuhn runs (one inline worker, DQN reporting every 64 steps):
 * one result per seed, and the submitted levels split by why they were fixed: all at the cap when
 * MIN lies beyond it, all by the plateau rule when there is no cap and any improvement below THRESH
 * 100 counts as a plateau.
 */
class PipelineBenchTest {

  private static JsonNode[] run(PipelineSettings levels, List<Long> seeds) {
    PipelineBench tiny =
        new PipelineBench(
            "tiny-pipeline",
            "kuhn_poker",
            "nash",
            "dqn",
            Map.of("shards", "1", "num_envs", "8", "rollout_steps", "64"),
            1_000,
            1,
            1,
            levels,
            seeds);
    ArrayNode results = new ObjectMapper().createArrayNode();
    tiny.run(new PrintWriter(new StringWriter()), false, results);
    JsonNode[] r = new JsonNode[results.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = results.get(i);
    }
    return r;
  }

  @Test
  void levelsBeyondMinAreAllFixedAtTheCap() {
    PipelineSettings capped =
        PipelineSettings.defaults().withLevels(100).withMax(1_000).withPlateau(0.01, 250, 0, 5_000);
    JsonNode[] r = run(capped, List.of(3L, 4L));
    assertThat(r).hasSize(2);
    assertThat(r[0].get("seed").asLong()).isEqualTo(3);
    assertThat(r[1].get("seed").asLong()).isEqualTo(4);
    for (JsonNode n : r) {
      assertThat(n.get("pipeline_fixed_by_plateau").asLong()).isZero();
      assertThat(n.get("pipeline_fixed_by_cap").asLong()).isPositive();
    }
  }

  @Test
  void withoutACapEveryLevelIsFixedByThePlateauRule() {
    PipelineSettings plateau =
        PipelineSettings.defaults()
            .withLevels(100)
            .withPlateau(100, 250, 250, 0)
            .withSmoothing(200);
    JsonNode r = run(plateau, List.of(5L))[0];
    assertThat(r.get("pipeline_fixed_by_plateau").asLong()).isPositive();
    assertThat(r.get("pipeline_fixed_by_cap").asLong()).isZero();
  }

  @Test
  void levelsScaleTheReferencePlateauCountsToTheCap() {
    PipelineSettings at50k = PipelineBench.levels(50_000);
    assertThat(at50k.max()).isEqualTo(50_000);
    assertThat(at50k.start()).isEqualTo(11_250);
    assertThat(at50k.per()).isEqualTo(5_625);
    assertThat(at50k.min()).isEqualTo(30_000);
    assertThat(at50k.smoothing()).isEqualTo(2_000);
    PipelineSettings at30k = PipelineBench.levels(30_000);
    assertThat(at30k.max()).isEqualTo(30_000);
    assertThat(at30k.start()).isEqualTo(6_750);
    assertThat(at30k.per()).isEqualTo(3_375);
    assertThat(at30k.min()).isEqualTo(18_000);
    assertThat(at30k.smoothing()).isEqualTo(1_200);
    assertThat(at30k.threshold()).isEqualTo(0.01);
  }

  @Test
  void pipelineLearnersSpanOneLevelAndPsroKeepsItsStepsPerBestResponse() {
    PipelineBench seeds = PipelineBench.LEDUC_SEEDS;
    assertThat(seeds.brSteps()).isEqualTo(50_000);
    assertThat(seeds.levels().max()).isEqualTo(30_000);
    assertThat(seeds.pipelineOptions())
        .containsEntry("br_steps", "30000")
        .containsEntry("replay_ratio", "8")
        .containsEntry("lr", "1e-3");
    assertThat(seeds.options()).doesNotContainKey("br_steps");
    PipelineBench uncapped =
        new PipelineBench(
            "uncapped",
            "kuhn_poker",
            "nash",
            "dqn",
            Map.of(),
            1_000,
            1,
            1,
            PipelineSettings.defaults(),
            List.of(1L));
    assertThat(uncapped.pipelineOptions()).containsEntry("br_steps", "1000");
  }
}
