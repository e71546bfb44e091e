package org.psro4j.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.learn.SessionState;
import org.psro4j.pipeline.PipelineProtocol.LevelEvent;
import org.psro4j.pipeline.PipelineProtocol.Progress;
import org.psro4j.pipeline.PipelineProtocol.Snapshot;
import org.psro4j.pipeline.PipelineProtocol.Verdict;

/**
 * The level timeline's claim event names the steps the claimer starts from: a level claimed again
 * after its worker's lease expired resumes from its last checkpoint, not from the later steps the
 * lost worker had reported.
 */
class ClaimTimelineTest {

  @Test
  void aClaimFromACheckpointShowsTheCheckpointsSteps() {
    PipelineManager m = PipelineManagerTest.manager(new PipelineManagerTest.RecordingUniform());
    m.claim("a", 0).orElseThrow();
    var fields = new ObjectMapper().createObjectNode().put("steps", 500).put("episodes", 250);
    byte[] checkpoint =
        Blobs.ofSession(new SessionState("ppo", 1, fields, Map.of("w", new byte[] {1})));
    assertThat(m.snapshot(new Snapshot("a", 0, 1, 500, 250, new byte[] {9}, checkpoint), 100))
        .isTrue();
    assertThat(m.progress(new Progress("a", 0, 1, 800, 400, 0), 200)).isEqualTo(Verdict.CONTINUE);
    assertThat(m.expire(200 + PipelineManagerTest.LEASE)).hasSize(1);
    m.claim("b", 5_000).orElseThrow();
    LevelEvent claim =
        m.timeline().stream().filter(e -> e.what().equals("claim")).toList().getLast();
    assertThat(claim.worker()).isEqualTo("b");
    assertThat(claim.detail()).isEqualTo("steps 500");
    assertThat(Blobs.checkpointSteps(checkpoint, -1)).isEqualTo(500);
    assertThat(Blobs.checkpointSteps(new byte[] {1, 2, 3}, -1)).isEqualTo(-1);
  }
}
