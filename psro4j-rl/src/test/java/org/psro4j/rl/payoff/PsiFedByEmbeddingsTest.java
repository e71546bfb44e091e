package org.psro4j.rl.payoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.psro.PayoffModel;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.state.LearnerState;

/** ψ_w(ν_1..ν_n) reading embeddings a network gives instead of tables of its own. */
class PsiFedByEmbeddingsTest {

  private static final int D = 16;

  /** A 3-player general-sum table of 4×4×4 payoffs drawn uniformly from [−1, 1]. */
  private static EmpiricalGame randomTable(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] payoffs = new double[3][64];
    for (double[] table : payoffs) {
      for (int i = 0; i < table.length; i++) {
        table[i] = r.nextDouble() * 2 - 1;
      }
    }
    return EmpiricalGame.ofExact(new int[] {4, 4, 4}, payoffs).mutableCopy();
  }

  /** Fixed embeddings in [−1, 1]^16 per (player, member), as a network's table would hold. */
  private static float[][][] embeddings(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[][][] e = new float[3][4][D];
    for (float[][] player : e) {
      for (float[] row : player) {
        for (int i = 0; i < D; i++) {
          row[i] = (float) (r.nextDouble() * 2 - 1);
        }
      }
    }
    return e;
  }

  private static PsiPayoffModel fed(float[][][] nu, double holdout) {
    PayoffEstimatorSettings s =
        new PayoffEstimatorSettings(D, new int[] {64, 64}, 3e-3, 300, holdout, 3);
    return PsiPayoffModel.fedBy(3, s, () -> (p, i) -> nu[p][i].clone(), DjlRuntime.device("cpu"));
  }

  @Test
  void learnsAKnownPayoffTableFromGivenEmbeddings() {
    // As PsiPayoffModelTest's table-fed ψ: 192 payoffs of standard deviation 0.58, reproduced
    // with RMS error below 0.05 after 6 fits of 300 Adam steps, now from fixed embeddings.
    EmpiricalGame table = randomTable(11);
    PsiPayoffModel psi = fed(embeddings(5), 0);
    PayoffModel.Fit fit = null;
    for (int i = 0; i < 6; i++) {
      fit = psi.fit(table, i);
    }
    double sum = 0;
    for (int flat = 0; flat < table.jointSize(); flat++) {
      double[] predicted = psi.predict(table.profile(flat));
      for (int p = 0; p < 3; p++) {
        double e = predicted[p] - table.payoff(p, flat);
        sum += e * e;
      }
    }
    assertThat(Math.sqrt(sum / (3.0 * table.jointSize()))).isLessThan(0.05);
    assertThat(fit.trainMse()).isLessThan(0.05 * 0.05);
    assertThat(psi.fedByEmbeddings()).isTrue();
    assertThat(psi.parameterCount()).isEqualTo(48 * 64 + 64 + 64 * 64 + 64 + 64 * 3 + 3);
  }

  @Test
  void predictionsFollowTheEmbeddingsTheyAreGiven() {
    float[][][] nu = embeddings(5);
    PsiPayoffModel psi = fed(nu, 0.2);
    psi.fit(randomTable(11), 0);
    double[] memberOne = psi.predict(new int[] {1, 2, 3});
    float[] zero = nu[0][0];
    nu[0][0] = nu[0][1];
    nu[0][1] = zero;
    // Player 0's members 0 and 1 swapped their embeddings, so ψ swaps their predictions.
    assertThat(psi.predict(new int[] {0, 2, 3})).containsExactly(memberOne);
  }

  @Test
  void stateRestoresTheSameComputation() {
    EmpiricalGame table = randomTable(9);
    float[][][] nu = embeddings(7);
    PsiPayoffModel a = fed(nu, 0.2);
    a.fit(table, 0);
    LearnerState saved = a.state();
    assertThat(saved.json()).contains("\"inputs\":\"network\"");
    PayoffModel.Fit next = a.fit(table, 1);
    PsiPayoffModel b = fed(nu, 0.2);
    b.restore(saved);
    assertThat(b.state().json()).isEqualTo(saved.json());
    assertThat(b.state().blob("parameters")).isEqualTo(saved.blob("parameters"));
    assertThat(b.fit(table, 1).heldOutMse()).isEqualTo(next.heldOutMse());
    assertThat(b.predict(new int[] {3, 0, 2})).containsExactly(a.predict(new int[] {3, 0, 2}));
  }

  @Test
  void aTableStateIsNotRestoredIntoAFedModel() {
    PayoffEstimatorSettings s =
        new PayoffEstimatorSettings(D, new int[] {64, 64}, 3e-3, 300, 0.2, 3);
    PsiPayoffModel tables = new PsiPayoffModel(3, s, DjlRuntime.device("cpu"));
    tables.fit(randomTable(1), 0);
    assertThatThrownBy(() -> fed(embeddings(1), 0.2).restore(tables.state()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reads learned tables, this run's reads the network's embeddings");
  }
}
