package org.psro4j.rl.neupl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.psro.IterationResult;
import org.psro4j.psro.PartialEvaluation;
import org.psro4j.psro.PopulationDriver;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.rl.payoff.PayoffEstimatorSettings;
import org.psro4j.rl.payoff.PsiPayoffModel;
import org.psro4j.solvers.MetaSolvers;
import org.psro4j.state.DriverState;
import org.psro4j.state.LearnerState;

/**
 * NeuPL-JPSRO's payoff estimator reads the population network's embeddings ν (NetworkPsi): its
 * held-out error is a metric every iteration and its state resumes exactly.
 */
class NeuplJpsroPsiTest {

  private static final Game KUHN3 = Games.load("kuhn_poker(players=3)");

  private static NeuplJpsro driver(int iterations) {
    PsiPayoffModel tables =
        new PsiPayoffModel(3, PayoffEstimatorSettings.defaults(7), DjlRuntime.device("cpu"));
    return NeuplJpsro.neuplBuilder(KUHN3)
        .solver(MetaSolvers.create("mgcce"))
        .iterations(iterations)
        .seed(4)
        .partialEvaluation(new PartialEvaluation(1.0, null, tables))
        .neupl(
            NeuplSettings.fromOptions(
                Map.of(
                    "embedding",
                    "16",
                    "hidden",
                    "32,32",
                    "distill_steps",
                    "100",
                    "episodes",
                    "100",
                    "lr",
                    "0.003")))
        .build();
  }

  @Test
  void psiReadsTheNetworksEmbeddingsAndResumesExactly() {
    List<IterationResult> all = driver(2).run();
    assertThat(all).hasSize(3);
    for (IterationResult r : all) {
      assertThat(r.extras()).containsKey(PopulationDriver.PAYOFF_MODEL_MSE);
    }
    // 27 entries at iteration 2, about a fifth held out: ψ's error on them is measured.
    assertThat(all.getLast().extras().get(PopulationDriver.PAYOFF_MODEL_MSE)).isFinite();

    NeuplJpsro first = driver(2);
    first.step();
    first.step();
    DriverState mid = first.state();
    LearnerState psi = mid.learners().get(PopulationDriver.PAYOFF_MODEL_KEY);
    assertThat(psi.json()).contains("\"inputs\":\"network\"").contains("\"embedding_size\":16");
    assertThat(psi.json()).contains("\"table_sizes\":[0,0,0]");
    NeuplJpsro second = driver(2);
    second.restore(mid);
    IterationResult resumed = second.step();
    assertThat(resumed.exactGap()).isEqualTo(all.get(2).exactGap());
    assertThat(resumed.extras()).isEqualTo(all.get(2).extras());
  }
}
