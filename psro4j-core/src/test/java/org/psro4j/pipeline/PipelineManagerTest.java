package org.psro4j.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.pipeline.PipelineProtocol.Assignment;
import org.psro4j.pipeline.PipelineProtocol.EvaluationRequest;
import org.psro4j.pipeline.PipelineProtocol.EvaluationResult;
import org.psro4j.pipeline.PipelineProtocol.Progress;
import org.psro4j.pipeline.PipelineProtocol.Snapshot;
import org.psro4j.pipeline.PipelineProtocol.Submission;
import org.psro4j.pipeline.PipelineProtocol.Verdict;

/**
 * The manager's invariants on scripted message streams: claim order, a level fixed only after the
 * lower ones, lease expiry freeing a level with its checkpoint, the evaluation of a submitted
 * policy against the fixed ones before it enters the table, and mixtures solved on the table
 * restricted to lower levels.
 */
class PipelineManagerTest {

  static final long LEASE = 1_000;

  /** A solver answering uniform marginals, remembering the sizes of each game it was given. */
  static final class RecordingUniform implements MetaSolver {
    final List<int[]> seen = new ArrayList<>();

    @Override
    public String name() {
      return "uniform";
    }

    @Override
    public MetaStrategy solve(EmpiricalGame game) {
      seen.add(game.sizes());
      double[][] m = new double[game.players()][];
      for (int p = 0; p < m.length; p++) {
        m[p] = new double[game.size(p)];
        java.util.Arrays.fill(m[p], 1.0 / game.size(p));
      }
      return MetaStrategy.ofMarginals(name(), game, m);
    }
  }

  static PipelineSettings settings() {
    return PipelineSettings.defaults()
        .withPlateau(0.01, 10, 0, 0)
        .withRefresh(1_000_000)
        .withLevels(3)
        .withLease(LEASE);
  }

  static PipelineManager manager(MetaSolver solver) {
    return new PipelineManager(settings(), solver, List.of(new byte[] {10}, new byte[] {20}), 0);
  }

  /** Answers every queued evaluation with payoff (slot0 − slot1) for player 0, zero-sum. */
  static int evaluateAll(PipelineManager m, long now) {
    int n = 0;
    for (EvaluationRequest r : m.takeEvaluations()) {
      double v = r.slots()[0] - r.slots()[1];
      m.complete(new EvaluationResult(r.id(), new double[] {v, -v}, new double[2], 0), now);
      n++;
    }
    return n;
  }

  @Test
  void workersClaimTheLowestFreeLevelOverPlayers() {
    PipelineManager m = manager(new RecordingUniform());
    List<String> got = new ArrayList<>();
    for (int w = 0; w < 7; w++) {
      m.claim("w" + w, 0)
          .ifPresent(a -> got.add("p" + a.lease().player() + "L" + a.lease().level()));
    }
    assertThat(got).containsExactly("p0L1", "p1L1", "p0L2", "p1L2", "p0L3", "p1L3");
    // A worker asking again gets its own lease back.
    assertThat(m.claim("w2", 5).orElseThrow().lease().level()).isEqualTo(2);
  }

  @Test
  void aLevelIsFixedOnlyAfterEveryLowerLevel() {
    PipelineManager m = manager(new RecordingUniform());
    evaluateAll(m, 0);
    m.claim("a", 0); // p0 L1
    m.claim("b", 0); // p1 L1
    m.claim("c", 0); // p0 L2
    // Level 2 reports a flat reward: the plateau rule stays silent while level 1 trains.
    for (long s = 0; s <= 100; s += 10) {
      assertThat(m.progress(new Progress("c", 0, 2, s, s, 0.0), 1)).isEqualTo(Verdict.CONTINUE);
    }
    assertThat(m.submit(new Submission("c", 0, 2, 100, 100, new byte[] {3}), 1)).isFalse();
    assertThat(m.phase(0, 2)).isEqualTo(LevelPhase.ACTIVE);
    // Level 1 of both players plateaus, is submitted, evaluated and fixed.
    for (String w : List.of("a", "b")) {
      int p = w.equals("a") ? 0 : 1;
      Verdict v = Verdict.CONTINUE;
      for (long s = 0; v != Verdict.SUBMIT; s += 10) {
        v = m.progress(new Progress(w, p, 1, s, s, 0.5), 2);
      }
      assertThat(m.submit(new Submission(w, p, 1, 50, 50, new byte[] {(byte) p}), 2)).isTrue();
      assertThat(m.phase(p, 1)).isEqualTo(LevelPhase.EVALUATING);
    }
    evaluateAll(m, 3);
    assertThat(m.phase(0, 1)).isEqualTo(LevelPhase.FIXED);
    assertThat(m.phase(1, 1)).isEqualTo(LevelPhase.FIXED);
    assertThat(m.promotions()).isEqualTo(2);
    // Now level 2 may plateau: armed at 110, recorded at 110, fixed at 120. Its first report after
    // the promotions also retargets it to the table with both level-1 policies.
    assertThat(m.progress(new Progress("c", 0, 2, 110, 110, 0.0), 4)).isEqualTo(Verdict.RETARGET);
    assertThat(m.progress(new Progress("c", 0, 2, 120, 120, 0.0), 4)).isEqualTo(Verdict.SUBMIT);
  }

  @Test
  void aSubmittedPolicyEntersTheTableOnlyAfterItsEntriesAgainstTheFixedOnes() {
    PipelineManager m = manager(new RecordingUniform());
    assertThat(evaluateAll(m, 0)).isEqualTo(1); // the initial profile (0, 0)
    m.claim("a", 0);
    m.progress(new Progress("a", 0, 1, 0, 0, 0.0), 1);
    m.progress(new Progress("a", 0, 1, 10, 10, 0.0), 1);
    assertThat(m.submit(new Submission("a", 0, 1, 10, 10, new byte[] {7}), 1)).isTrue();
    List<EvaluationRequest> asked = m.takeEvaluations();
    assertThat(asked).hasSize(1);
    assertThat(asked.get(0).slots()).containsExactly(1, 0);
    assertThat(m.phase(0, 1)).isEqualTo(LevelPhase.EVALUATING);
    assertThat(m.fixedMetaStrategy().marginal(0)).hasSize(1);
    m.complete(new EvaluationResult(asked.get(0).id(), new double[] {1, -1}, new double[2], 0), 2);
    assertThat(m.phase(0, 1)).isEqualTo(LevelPhase.FIXED);
    assertThat(m.fixedMetaStrategy().marginal(0)).hasSize(2);
    assertThat(m.timeline().stream().filter(e -> e.what().equals("fix")).count()).isEqualTo(3);
  }

  @Test
  void aWorkerAboveALevelFreedByADeadWorkerGivesItsOwnUpAndClaimsTheLowerOne() {
    PipelineManager m = manager(new RecordingUniform());
    m.claim("a", 0); // p0 L1
    m.claim("b", 0); // p1 L1
    m.claim("c", 0); // p0 L2
    byte[] checkpoint = {4, 2};
    m.snapshot(new Snapshot("c", 0, 2, 40, 40, new byte[] {9}, checkpoint), 1);
    // b keeps reporting; a and c's leases lapse, as when their member is removed.
    m.heartbeat("b", 500);
    assertThat(m.expire(LEASE + 1)).hasSize(2);
    // c comes back first: p0 L1 is free below its p0 L2, so it gives L2 up (keeping its
    // checkpoint).
    m.claim("c2", LEASE + 1); // a new worker takes the lowest free level, p0 L1
    assertThat(m.lease(0, 1).worker()).isEqualTo("c2");
    // b, on p1 L1, has nothing free below it and carries on.
    assertThat(m.progress(new Progress("b", 1, 1, 50, 50, 0.0), LEASE + 2))
        .isNotEqualTo(Verdict.LOST);
    // d2 trains p0 L2 (from c's checkpoint) above e's p0 L1; then e's member goes away.
    m.release("c2", LEASE + 3);
    m.claim("e", LEASE + 5); // p0 L1
    Assignment two = m.claim("d2", LEASE + 5).orElseThrow(); // p0 L2, from c's checkpoint
    assertThat(two.lease().level()).isEqualTo(2);
    assertThat(two.checkpoint()).containsExactly(checkpoint);
    m.release("e", LEASE + 6);
    assertThat(m.progress(new Progress("d2", 0, 2, 60, 60, 0.0), LEASE + 7))
        .isEqualTo(Verdict.LOST);
    assertThat(m.lease(0, 2)).isNull();
    assertThat(m.timeline().get(m.timeline().size() - 1).what()).isEqualTo("yield");
    // It claims the lower level; its old one waits, with its checkpoint, for the next claim.
    assertThat(m.claim("d2", LEASE + 8).orElseThrow().lease().level()).isEqualTo(1);
    Assignment again = m.claim("f", LEASE + 8).orElseThrow();
    assertThat(again.lease().level()).isEqualTo(2);
    assertThat(again.checkpoint()).containsExactly(checkpoint);
  }

  @Test
  void anExpiredLeaseFreesTheLevelWhichKeepsItsCheckpoint() {
    PipelineManager m = manager(new RecordingUniform());
    Assignment first = m.claim("a", 0).orElseThrow();
    assertThat(first.checkpoint()).isNull();
    byte[] checkpoint = {1, 2, 3, 4};
    assertThat(m.snapshot(new Snapshot("a", 0, 1, 500, 250, new byte[] {9}, checkpoint), 100))
        .isTrue();
    assertThat(m.heartbeat("a", 600)).isTrue(); // lease now ends at 1600
    assertThat(m.expire(1599)).isEmpty();
    assertThat(m.expire(1600)).hasSize(1);
    assertThat(m.lease(0, 1)).isNull();
    assertThat(m.progress(new Progress("a", 0, 1, 600, 300, 0), 1601)).isEqualTo(Verdict.LOST);
    assertThat(m.heartbeat("a", 1601)).isFalse();
    // The next claimer resumes player 0's level 1 from its checkpoint, not player 1's level 1.
    Assignment next = m.claim("b", 1700).orElseThrow();
    assertThat(next.lease().player()).isZero();
    assertThat(next.lease().level()).isEqualTo(1);
    assertThat(next.checkpoint()).containsExactly(checkpoint);
    assertThat(next.steps()).isEqualTo(500);
    assertThat(next.episodes()).isEqualTo(250);
    assertThat(m.snapshot(new Snapshot("a", 0, 1, 700, 350, new byte[] {8}, null), 1701)).isFalse();
  }

  @Test
  void aLevelTrainsAgainstTheTableRestrictedToLowerLevels() {
    RecordingUniform solver = new RecordingUniform();
    PipelineManager m =
        new PipelineManager(
            settings().withRefresh(10), solver, List.of(new byte[] {10}, new byte[] {20}), 0);
    evaluateAll(m, 0);
    m.claim("a", 0); // p0 L1
    m.claim("b", 0); // p1 L1
    Assignment c = m.claim("c", 0).orElseThrow(); // p0 L2: co-player levels 0 and 1
    // Player 1's level 1 has no policy yet: level 2 starts against level 0 alone.
    assertThat(c.mix().weights()[1]).containsExactly(1.0, 0.0);
    m.snapshot(new Snapshot("a", 0, 1, 10, 10, new byte[] {1}, null), 1);
    m.snapshot(new Snapshot("b", 1, 1, 10, 10, new byte[] {2}, null), 1);
    evaluateAll(m, 1);
    assertThat(m.progress(new Progress("c", 0, 2, 10, 10, 0), 2)).isEqualTo(Verdict.RETARGET);
    assertThat(solver.seen.getLast()).containsExactly(2, 2);
    assertThat(m.mix(0, 2).version()).isEqualTo(1);
    assertThat(m.mix(0, 2).weights()[0]).isEmpty();
    assertThat(m.mix(0, 2).weights()[1]).containsExactly(0.5, 0.5);
    // Player 1's level 1 moves on: its entries turn stale and are asked for again.
    m.snapshot(new Snapshot("b", 1, 1, 20, 20, new byte[] {3}, null), 3);
    List<EvaluationRequest> again = m.takeEvaluations();
    assertThat(again).isNotEmpty();
    assertThat(again).extracting(r -> r.slots()[1]).containsOnly(1);
    assertThat(again).allMatch(m::isCurrent);
  }

  @Test
  void aFixedLowerLevelRetargetsTheLevelsAboveAtTheirNextReport() {
    PipelineManager m = manager(new RecordingUniform()); // refresh 1,000,000: never periodic
    evaluateAll(m, 0);
    m.claim("a", 0); // p0 L1
    m.claim("b", 0); // p1 L1
    Assignment c = m.claim("c", 0).orElseThrow(); // p0 L2 while p1 L1 trains
    assertThat(c.mix().weights()[1]).containsExactly(1.0, 0.0);
    assertThat(m.progress(new Progress("c", 0, 2, 10, 10, 0.0), 1)).isEqualTo(Verdict.CONTINUE);
    for (String w : List.of("a", "b")) {
      int p = w.equals("a") ? 0 : 1;
      Verdict v = Verdict.CONTINUE;
      for (long s = 0; v != Verdict.SUBMIT; s += 10) {
        v = m.progress(new Progress(w, p, 1, s, s, 0.5), 2);
      }
      m.submit(new Submission(w, p, 1, 50, 50, new byte[] {(byte) p}), 2);
    }
    evaluateAll(m, 3);
    assertThat(m.phase(1, 1)).isEqualTo(LevelPhase.FIXED);
    // Player 1's level 1 is fixed: level 2 trains against it from its next report on.
    assertThat(m.progress(new Progress("c", 0, 2, 20, 20, 0.0), 4)).isEqualTo(Verdict.RETARGET);
    assertThat(m.mix(0, 2).weights()[1]).containsExactly(0.5, 0.5);
    assertThat(m.progress(new Progress("c", 0, 2, 30, 30, 1.0), 5)).isEqualTo(Verdict.CONTINUE);
  }

  @Test
  void theRunFinishesWhenEveryPlayerFixedItsLevels() {
    PipelineManager m = manager(new RecordingUniform());
    long now = 0;
    int worker = 0;
    while (!m.finished()) {
      evaluateAll(m, now);
      var a = m.claim("w" + worker++, now);
      if (a.isEmpty()) {
        break;
      }
      int p = a.get().lease().player();
      int l = a.get().lease().level();
      String w = a.get().lease().worker();
      Verdict v = Verdict.CONTINUE;
      for (long s = 0; v == Verdict.CONTINUE || v == Verdict.RETARGET; s += 10) {
        v = m.progress(new Progress(w, p, l, s, s, 0.0), ++now);
      }
      assertThat(v).isEqualTo(Verdict.SUBMIT);
      assertThat(m.submit(new Submission(w, p, l, 20, 20, new byte[] {(byte) l}), now)).isTrue();
    }
    evaluateAll(m, now);
    assertThat(m.finished()).isTrue();
    assertThat(m.promotions()).isEqualTo(6);
    assertThat(m.fixedLevels()).containsExactly(List.of(0, 1, 2, 3), List.of(0, 1, 2, 3));
    assertThat(m.claim("late", now)).isEmpty();
  }
}
