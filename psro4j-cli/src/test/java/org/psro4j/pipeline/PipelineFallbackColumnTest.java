package org.psro4j.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.pipeline.PipelineProtocol.EvaluationRequest;
import org.psro4j.pipeline.PipelineProtocol.EvaluationResult;
import org.psro4j.pipeline.PipelineProtocol.Progress;
import org.psro4j.pipeline.PipelineProtocol.Submission;
import org.psro4j.pipeline.PipelineProtocol.Verdict;
import org.psro4j.psro.IterationResult;
import org.psro4j.psro.PopulationDriver;
import org.psro4j.solvers.FallbackSolver;
import org.psro4j.solvers.MetaSolvers;
import org.psro4j.solvers.SolverOptions;

/**
 * Pipeline PSRO's rows (both engines build them with {@link PromotionResults}) carry the {@code
 * solver_fallbacks} column as the population drivers do: for a meta-solver with a fallback, the
 * solves since the previous row that the fallback answered; no column for a solver without one.
 */
class PipelineFallbackColumnTest {

  private static PipelineManager manager(MetaSolver solver) {
    PipelineSettings s =
        PipelineSettings.defaults()
            .withPlateau(0.01, 10, 0, 0)
            .withRefresh(1_000_000)
            .withLevels(3)
            .withLease(1_000);
    return new PipelineManager(s, solver, List.of(new byte[] {10}, new byte[] {20}), 0);
  }

  /** Answers every queued evaluation with payoff (slot0 − slot1) for player 0, zero-sum. */
  private static void evaluateAll(PipelineManager m, long now) {
    for (EvaluationRequest r : m.takeEvaluations()) {
      double v = r.slots()[0] - r.slots()[1];
      m.complete(new EvaluationResult(r.id(), new double[] {v, -v}, new double[2], 0), now);
    }
  }

  /** Fixes level 1 of both players (a flat reward plateaus). */
  private static void promoteLevelOne(PipelineManager m) {
    m.claim("a", 1);
    m.claim("b", 1);
    for (String w : List.of("a", "b")) {
      int p = w.equals("a") ? 0 : 1;
      Verdict v = Verdict.CONTINUE;
      for (long s = 0; v != Verdict.SUBMIT; s += 10) {
        v = m.progress(new Progress(w, p, 1, s, s, 0.5), 2);
      }
      assertThat(m.submit(new Submission(w, p, 1, 50, 50, new byte[] {(byte) (p + 1)}), 2))
          .isTrue();
    }
    evaluateAll(m, 3);
    assertThat(m.promotions()).isEqualTo(2);
  }

  private static Double fallbacks(IterationResult r) {
    return r.extras().get(PopulationDriver.SOLVER_FALLBACKS);
  }

  @Test
  void eachRowCountsTheSolvesTheFallbackAnsweredSinceThePreviousRow() {
    // One Newton step is not enough for max entropy beyond one profile: solves fall back.
    FallbackSolver solver =
        (FallbackSolver)
            MetaSolvers.withFallback(
                MetaSolvers.create("mecce", SolverOptions.parse("max_iterations=1")), n -> {});
    PipelineManager m = manager(solver);
    evaluateAll(m, 0);
    PromotionResults rows = new PromotionResults(null);
    IterationResult first = rows.next(m, (p, l) -> null, 0, 0, 0, 0);
    assertThat(fallbacks(first)).isEqualTo(0.0); // one profile: one step solves it
    promoteLevelOne(m);
    IterationResult second = rows.next(m, (p, l) -> null, 1, 1, 1, 0);
    assertThat(fallbacks(second)).isEqualTo((double) solver.fallbacks()).isPositive();
    IterationResult third = rows.next(m, (p, l) -> null, 2, 2, 1, 0);
    assertThat(fallbacks(third)).isEqualTo(0.0); // the same table: answered from memory
  }

  @Test
  void aSolverWithoutFallbackWritesNoColumn() {
    PipelineManager m = manager(MetaSolvers.create("nash"));
    evaluateAll(m, 0);
    IterationResult r = new PromotionResults(null).next(m, (p, l) -> null, 0, 0, 0, 0);
    assertThat(r.extras()).doesNotContainKey(PopulationDriver.SOLVER_FALLBACKS);
  }
}
