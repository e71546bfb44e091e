package org.psro4j.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.pipeline.PipelineProtocol.OpponentMix;
import org.psro4j.pipeline.PipelineProtocol.Progress;
import org.psro4j.pipeline.PipelineProtocol.Snapshot;
import org.psro4j.pipeline.PipelineProtocol.Verdict;

/**
 * Solves reserved outside the manager's lock: the games reserved are the ones the manager then
 * solves (its own solve is answered from memory, and the mixture is the one it computes alone), a
 * reserved game is handed out once, and the fixed table is reserved once per promotion.
 */
class PresolveTest {

  /** The level-1 claims of both players solved by a caller first, then claimed. */
  @Test
  void aReservedGameIsTheOneTheClaimSolves() {
    var solver = new PipelineManagerTest.RecordingUniform();
    PipelineManager m = PipelineManagerTest.manager(solver);
    PipelineManagerTest.evaluateAll(m, 0);
    List<EmpiricalGame> games = m.reserveSolves("a", 0);
    assertThat(games).hasSize(1);
    assertThat(games.get(0).sizes()).containsExactly(1, 1);
    // Reserved once: a second caller gets nothing to solve.
    assertThat(m.reserveSolves("b", 0)).isEmpty();
    m.remember(games.get(0), solver.solve(games.get(0)));
    OpponentMix mix = m.claim("a", 0).orElseThrow().mix();
    m.claim("b", 0);
    // The solver ran once (the caller's solve); both claims were answered from memory.
    assertThat(solver.seen).hasSize(1);
    assertThat(m.solveCounts()).containsExactly(1L, 2L);

    PipelineManager alone = PipelineManagerTest.manager(new PipelineManagerTest.RecordingUniform());
    PipelineManagerTest.evaluateAll(alone, 0);
    assertThat(alone.claim("a", 0).orElseThrow().mix().weights()).isDeepEqualTo(mix.weights());
  }

  /** A held level's table is reserved only when its next report refreshes its mixture. */
  @Test
  void aHeldLevelIsReservedOnlyWhenItsRefreshIsDue() {
    var solver = new PipelineManagerTest.RecordingUniform();
    PipelineManager m =
        new PipelineManager(
            PipelineManagerTest.settings().withRefresh(100),
            solver,
            List.of(new byte[] {10}, new byte[] {20}),
            0);
    PipelineManagerTest.evaluateAll(m, 0);
    m.claim("a", 0); // p0 L1
    m.claim("b", 0); // p1 L1
    m.claim("c", 0); // p0 L2, against p1's L0 while L1 has no policy
    assertThat(m.snapshot(new Snapshot("b", 1, 1, 10, 10, new byte[] {1}, null), 1)).isTrue();
    PipelineManagerTest.evaluateAll(m, 1);
    int solved = solver.seen.size();
    // p1's L1 now has entries, but c's next report (at 60 counts) does not refresh yet.
    assertThat(m.reserveSolves("c", 60)).isEmpty();
    List<EmpiricalGame> due = m.reserveSolves("c", 100);
    assertThat(due).hasSize(1);
    assertThat(due.get(0).sizes()).containsExactly(1, 2);
    m.remember(due.get(0), solver.solve(due.get(0)));
    // The refresh at 100 counts is answered from memory and retargets to the new mixture.
    assertThat(m.progress(new Progress("c", 0, 2, 100, 100, 0.0), 2)).isEqualTo(Verdict.RETARGET);
    assertThat(solver.seen).hasSize(solved + 1);
    assertThat(m.mix(0, 2).weights()[1]).containsExactly(0.5, 0.5);
  }

  /** The fixed table is reserved for the caller with no worker, once per promotion. */
  @Test
  void theFixedTableIsReservedOncePerPromotion() {
    PipelineManager m = PipelineManagerTest.manager(new PipelineManagerTest.RecordingUniform());
    PipelineManagerTest.evaluateAll(m, 0);
    List<EmpiricalGame> fixed = m.reserveSolves(null, 0);
    assertThat(fixed).hasSize(1);
    assertThat(fixed.get(0).sizes()).containsExactly(1, 1);
    assertThat(m.reserveSolves(null, 0)).isEmpty();
  }

  /**
   * A game reserved by one caller is awaited by another whose next call needs it (so the manager
   * does not solve it again under its lock) until its answer is remembered or its reservation given
   * up; the fixed table's caller waits the same way.
   */
  @Test
  void aGameReservedByAnotherCallerIsAwaitedUntilItsAnswerIsBack() {
    var solver = new PipelineManagerTest.RecordingUniform();
    PipelineManager m = PipelineManagerTest.manager(solver);
    PipelineManagerTest.evaluateAll(m, 0);
    assertThat(m.awaitingSolve("b", 0)).isFalse();
    List<EmpiricalGame> games = m.reserveSolves("a", 0);
    assertThat(games).hasSize(1);
    assertThat(m.awaitingSolve("b", 0)).isTrue();
    // The level-1 table is the fixed table here, so the caller with no worker waits for it too.
    assertThat(m.awaitingSolve(null, 0)).isTrue();
    m.unreserve(games.get(0));
    assertThat(m.awaitingSolve("b", 0)).isFalse();
    List<EmpiricalGame> again = m.reserveSolves("b", 0);
    assertThat(again).hasSize(1);
    m.remember(again.get(0), solver.solve(again.get(0)));
    assertThat(m.awaitingSolve("a", 0)).isFalse();
    assertThat(m.awaitingSolve(null, 0)).isFalse();
    m.claim("a", 0);
    m.claim("b", 0);
    // One solve in all: the claims were answered from memory.
    assertThat(solver.seen).hasSize(1);
  }
}
