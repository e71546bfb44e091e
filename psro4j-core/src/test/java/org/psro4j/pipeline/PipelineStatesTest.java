package org.psro4j.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.learn.SessionState;
import org.psro4j.pipeline.PipelineProtocol.Assignment;
import org.psro4j.pipeline.PipelineProtocol.Progress;
import org.psro4j.pipeline.PipelineProtocol.Snapshot;
import org.psro4j.pipeline.PipelineProtocol.Submission;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.run.RunDirectory;
import org.psro4j.state.DriverState;
import org.psro4j.state.SlotRole;
import org.psro4j.testing.TestPolicies;

/**
 * Blobs round-trip policies and session states, and a manager saved through a run directory comes
 * back as the same machine: phases, versions, counts, checkpoints, entries, the timeline, and the
 * same answers to the same next messages.
 */
class PipelineStatesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void blobsRoundTrip() {
    Game kuhn = Games.load("kuhn_poker");
    TabularPolicy policy = TestPolicies.random(kuhn, 7);
    assertThat(Blobs.policy(Blobs.ofPolicy(policy, kuhn), kuhn)).isEqualTo(policy);
    var fields = JSON.createObjectNode().put("step", 12).put("game", "kuhn_poker");
    SessionState s = new SessionState("ppo", 3, fields, Map.of("w", new byte[] {1, -2, 3}));
    SessionState back = Blobs.session(Blobs.ofSession(s));
    assertThat(back.kind()).isEqualTo("ppo");
    assertThat(back.version()).isEqualTo(3);
    assertThat(back.fields()).isEqualTo(fields);
    assertThat(back.array("w")).containsExactly(1, -2, 3);
  }

  @Test
  void managerStateRoundTripsThroughTheRunDirectory() {
    Game kuhn = Games.load("kuhn_poker");
    byte[] uniform = Blobs.ofPolicy(TabularPolicy.uniform(kuhn), kuhn);
    PipelineManager m =
        new PipelineManager(
            PipelineManagerTest.settings(),
            new PipelineManagerTest.RecordingUniform(),
            List.of(uniform, uniform),
            0);
    PipelineManagerTest.evaluateAll(m, 0);
    m.claim("a", 0);
    m.claim("b", 0);
    m.claim("c", 0);
    byte[] p0 = Blobs.ofPolicy(TestPolicies.random(kuhn, 1), kuhn);
    byte[] p1 = Blobs.ofPolicy(TestPolicies.random(kuhn, 2), kuhn);
    m.snapshot(new Snapshot("a", 0, 1, 40, 20, p0, new byte[] {5, 6}), 1);
    m.progress(new Progress("a", 0, 1, 40, 20, 0.25), 1);
    m.progress(new Progress("a", 0, 1, 50, 25, 0.25), 1);
    m.submit(new Submission("a", 0, 1, 50, 25, p0), 2);
    m.snapshot(new Snapshot("b", 1, 1, 30, 15, p1, new byte[] {7}), 2);
    PipelineManagerTest.evaluateAll(m, 3);
    assertThat(m.phase(0, 1)).isEqualTo(LevelPhase.FIXED);

    DriverState state = PipelineStates.toDriverState(m, kuhn, 1, 2.5, false);
    assertThat(state.population().sizes()).containsExactly(2, 2);
    assertThat(state.population().slot(0, 1).role()).isEqualTo(SlotRole.FIXED);
    assertThat(state.population().slot(1, 1).role()).isEqualTo(SlotRole.ACTIVE);
    assertThat(state.metaStrategy().marginal(0)).containsExactly(0.5, 0.5);
    assertThat(state.metaStrategy().marginal(1)).containsExactly(1.0, 0.0);
    try (RunDirectory run = RunDirectory.create(dir, kuhn, JSON.createObjectNode(), false)) {
      run.saveState(state);
    }
    DriverState read = RunDirectory.checkpoint(dir, kuhn).state();
    PipelineManager back =
        PipelineStates.fromDriverState(
            read, PipelineManagerTest.settings(), new PipelineManagerTest.RecordingUniform());

    assertThat(back.timeline()).isEqualTo(m.timeline());
    assertThat(back.promotions()).isEqualTo(1);
    assertThat(back.tableUpdates()).isEqualTo(m.tableUpdates());
    assertThat(back.fixedLevels()).isEqualTo(m.fixedLevels());
    assertThat(back.policyVersion(1, 1)).isEqualTo(1);
    assertThat(back.checkpoint(1, 1)).containsExactly(7);
    assertThat(back.steps(1, 1)).isEqualTo(30);
    assertThat(back.fixedMetaStrategy().marginals()).isEqualTo(m.fixedMetaStrategy().marginals());
    // Leases are not saved: the level player 1 trained is free again, with its checkpoint.
    assertThat(back.lease(1, 1)).isNull();
    Assignment again = back.claim("d", 10).orElseThrow();
    assertThat(again.lease().player()).isEqualTo(1);
    assertThat(again.lease().level()).isEqualTo(1);
    assertThat(again.checkpoint()).containsExactly(7);
    assertThat(again.mix().weights()).isEqualTo(m.mix(1, 1).weights());
  }
}
