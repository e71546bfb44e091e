package org.psro4j.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psro4j.pipeline.PipelineProtocol.EvaluationRequest;
import org.psro4j.pipeline.PipelineProtocol.EvaluationResult;
import org.psro4j.pipeline.PipelineProtocol.Snapshot;
import org.psro4j.pipeline.PipelineProtocol.Submission;
import org.psro4j.psro.IterationResult;
import org.psro4j.solvers.MetaSolvers;

/**
 * A Pipeline PSRO row's population counts each player's fixed policies (what the meta-game holds);
 * the levels that hold a snapshot but are not fixed yet go to their own {@value
 * PromotionResults#ACTIVE_LEVELS} column, and the marginals stay over every slot with a policy.
 */
class PipelinePopulationColumnsTest {

  private static PipelineManager manager() {
    PipelineSettings s =
        PipelineSettings.defaults()
            .withPlateau(0.01, 10, 0, 0)
            .withRefresh(1_000_000)
            .withLevels(3)
            .withLease(1_000);
    return new PipelineManager(
        s, MetaSolvers.create("nash"), List.of(new byte[] {10}, new byte[] {20}), 0);
  }

  private static void evaluateAll(PipelineManager m, long now) {
    for (EvaluationRequest r : m.takeEvaluations()) {
      double v = r.slots()[0] - r.slots()[1];
      m.complete(new EvaluationResult(r.id(), new double[] {v, -v}, new double[2], 0), now);
    }
  }

  private static double active(IterationResult r) {
    return r.extras().get(PromotionResults.ACTIVE_LEVELS);
  }

  @Test
  void populationCountsFixedPoliciesAndActiveLevelsAreTheirOwnColumn() {
    PipelineManager m = manager();
    evaluateAll(m, 0);
    PromotionResults rows = new PromotionResults(null);
    IterationResult first = rows.next(m, (p, l) -> null, 0, 0, 0, 0);
    assertThat(first.populationSizes()).containsExactly(1, 1);
    assertThat(active(first)).isEqualTo(0.0);

    // Both players' level 1 train and send a snapshot: two slots more, no policy more fixed.
    m.claim("a", 1);
    m.claim("b", 1);
    m.snapshot(new Snapshot("a", 0, 1, 10, 10, new byte[] {1}, null), 2);
    m.snapshot(new Snapshot("b", 1, 1, 10, 10, new byte[] {2}, null), 2);
    evaluateAll(m, 2);
    assertThat(m.stateSizes()).containsExactly(2, 2);
    IterationResult training = rows.next(m, (p, l) -> null, 1, 1, 1, 0);
    assertThat(training.populationSizes()).containsExactly(1, 1);
    assertThat(training.totalPopulation()).isEqualTo(2);
    assertThat(active(training)).isEqualTo(2.0);
    assertThat(training.marginals()[0]).hasSize(2);
    assertThat(training.marginals()[0][1]).isZero(); // an active level has no weight

    // Player 0's level 1 is fixed: its population grows by one, one level still trains.
    assertThat(m.submit(new Submission("a", 0, 1, 50, 50, new byte[] {3}), 3)).isTrue();
    evaluateAll(m, 3);
    IterationResult promoted = rows.next(m, (p, l) -> null, 2, 2, 1, 0);
    assertThat(promoted.newPolicies()).isEqualTo(1);
    assertThat(promoted.populationSizes()).containsExactly(2, 1);
    assertThat(active(promoted)).isEqualTo(1.0);
  }
}
