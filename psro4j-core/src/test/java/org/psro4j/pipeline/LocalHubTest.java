package org.psro4j.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.pipeline.PipelineProtocol.Snapshot;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;

/**
 * The local engine keeps one decoded policy a level: a level's older versions are released once a
 * later one is decoded, and the policy handed out is always the level's current one; a worker that
 * does not wait for another thread's meta-solve is told to train on until the answer is back.
 */
class LocalHubTest {

  private final Game kuhn = Games.load("kuhn_poker");
  private final byte[] uniform = Blobs.ofPolicy(TabularPolicy.uniform(kuhn), kuhn);
  private final byte[] first = Blobs.ofPolicy(TabularPolicy.firstAction(kuhn), kuhn);

  /** A manager of Kuhn whose players both start from the uniform policy. */
  private PipelineManager manager() {
    return new PipelineManager(
        PipelineManagerTest.settings(),
        new PipelineManagerTest.RecordingUniform(),
        List.of(uniform, uniform),
        0);
  }

  @Test
  void olderVersionsOfALevelAreReleased() {
    PipelineManager m = manager();
    PipelineManagerTest.evaluateAll(m, 0);
    m.claim("a", 0); // player 0's level 1
    LocalHub hub = new LocalHub(m, kuhn, null, 0);
    Policy fixed0 = hub.current(0, 0);
    hub.current(1, 0);

    WeakReference<Policy> firstVersion = null;
    for (int v = 1; v <= 6; v++) {
      assertThat(
              m.snapshot(
                  new Snapshot("a", 0, 1, 10L * v, v, v % 2 == 1 ? first : uniform, null), v))
          .isTrue();
      Policy current = hub.current(0, 1);
      // The current version, decoded once: asked again, the same object.
      assertThat(hub.current(0, 1)).isSameAs(current);
      assertThat(current.actionProbabilities(kuhn.newInitialState().child(0).child(1), 0))
          .containsExactly(v % 2 == 1 ? new double[] {1, 0} : new double[] {0.5, 0.5});
      if (v == 1) {
        firstVersion = new WeakReference<>(current);
      }
      // Player 0 and 1's level 0 and player 0's level 1: one policy each, whatever the versions.
      assertThat(hub.decodedPolicies()).isEqualTo(3);
    }
    assertThat(hub.current(0, 0)).isSameAs(fixed0); // fixed levels stay decoded
    for (int i = 0; i < 20 && firstVersion.get() != null; i++) {
      System.gc();
    }
    assertThat(firstVersion.get()).as("version 1 of player 0's level 1").isNull();
  }

  @Test
  void anOlderVersionAskedLateIsDecodedWithoutReplacingTheKeptOne() {
    PipelineManager m = manager();
    LocalHub hub = new LocalHub(m, kuhn, null, 0);
    Policy v2 = hub.policy(0, 1, 2, first);
    Policy v1 = hub.policy(0, 1, 1, uniform);
    assertThat(v1).isNotSameAs(v2);
    assertThat(v1.actionProbabilities(kuhn.newInitialState().child(0).child(1), 0))
        .containsExactly(0.5, 0.5);
    assertThat(hub.policy(0, 1, 2, first)).isSameAs(v2);
    assertThat(hub.decodedPolicies()).isEqualTo(1);
  }

  /**
   * A worker whose next call needs a game another thread reserved is told to train on (false) when
   * it does not wait, and finds the answer (true) once that thread hands it back; a caller that
   * reserved and solved its games itself is ready at once.
   */
  @Test
  void aWorkerThatDoesNotWaitTrainsOnUntilAnotherThreadsSolveIsBack() {
    PipelineManager m = manager();
    PipelineManagerTest.evaluateAll(m, 0);
    LocalHub hub = new LocalHub(m, kuhn, null, 0);
    List<org.psro4j.metagame.EmpiricalGame> other = m.reserveSolves("other", 0);
    assertThat(other).hasSize(1);
    assertThat(hub.presolve("b", 0, false)).isFalse();
    m.remember(other.get(0), m.solver.solve(other.get(0)));
    assertThat(hub.presolve("b", 0, false)).isTrue();
    assertThat(hub.presolve(null, 0, false)).isTrue();
    assertThat(hub.presolve("c", 0, false)).isTrue();
  }
}
