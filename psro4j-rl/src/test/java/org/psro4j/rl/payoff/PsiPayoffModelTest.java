package org.psro4j.rl.payoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.psro.PayoffModel;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.state.LearnerState;

class PsiPayoffModelTest {

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

  private static PsiPayoffModel model(double holdout, long seed) {
    PayoffEstimatorSettings s =
        new PayoffEstimatorSettings(16, new int[] {64, 64}, 3e-3, 300, holdout, seed);
    return new PsiPayoffModel(3, s, DjlRuntime.device("cpu"));
  }

  private static double rmsError(PsiPayoffModel psi, EmpiricalGame game) {
    double sum = 0;
    for (int flat = 0; flat < game.jointSize(); flat++) {
      double[] predicted = psi.predict(game.profile(flat));
      for (int p = 0; p < 3; p++) {
        double e = predicted[p] - game.payoff(p, flat);
        sum += e * e;
      }
    }
    return Math.sqrt(sum / (3.0 * game.jointSize()));
  }

  @Test
  void learnsAKnownPayoffTable() {
    // 192 payoffs of standard deviation 0.58 (uniform on [−1, 1]); after 6 fits of 300 Adam
    // steps ψ reproduces every one with RMS error below 0.05.
    EmpiricalGame table = randomTable(11);
    PsiPayoffModel psi = model(0, 3);
    PayoffModel.Fit fit = null;
    for (int i = 0; i < 6; i++) {
      fit = psi.fit(table, i);
    }
    assertThat(fit.heldOutEntries()).isZero();
    assertThat(fit.heldOutMse()).isNaN();
    assertThat(rmsError(psi, table)).isLessThan(0.05);
    assertThat(fit.trainMse()).isLessThan(0.05 * 0.05);
  }

  @Test
  void heldOutEntriesAreMeasuredButNeverTrainedOn() {
    EmpiricalGame table = randomTable(5);
    PsiPayoffModel psi = model(0.2, 3);
    int held = 0;
    for (int flat = 0; flat < table.jointSize(); flat++) {
      held += psi.heldOut(table.profile(flat)) ? 1 : 0;
    }
    PayoffModel.Fit fit = psi.fit(table, 0);
    assertThat(held).isBetween(4, 25); // ~20% of 64
    assertThat(fit.heldOutEntries()).isEqualTo(held);
    assertThat(fit.heldOutMse()).isFinite().isPositive();
    // A random table has no structure to generalise from: ψ fits its training entries far better
    // than it predicts the held-out ones.
    for (int i = 1; i < 6; i++) {
      fit = psi.fit(table, i);
    }
    assertThat(fit.trainMse()).isLessThan(fit.heldOutMse() / 10);
  }

  @Test
  void predictedEntriesNeverTrainPsi() {
    EmpiricalGame table = randomTable(7);
    EmpiricalGame withPredictions = table.mutableCopy();
    // Overwrite a quarter of the entries with predictions that are far off; ψ must ignore them.
    for (int flat = 0; flat < table.jointSize(); flat += 4) {
      withPredictions.setPredicted(table.profile(flat), new double[] {50, -50, 50});
    }
    EmpiricalGame measuredOnly = new EmpiricalGame(3);
    for (int p = 0; p < 3; p++) {
      for (int k = 0; k < 4; k++) {
        measuredOnly.addStrategy(p, "s" + k);
      }
    }
    for (int flat = 0; flat < table.jointSize(); flat++) {
      if (flat % 4 != 0) {
        int[] profile = table.profile(flat);
        measuredOnly.setExact(
            profile,
            new double[] {table.payoff(0, flat), table.payoff(1, flat), table.payoff(2, flat)});
      }
    }
    PsiPayoffModel a = model(0.2, 3);
    PsiPayoffModel b = model(0.2, 3);
    a.fit(withPredictions, 0);
    b.fit(measuredOnly, 0);
    assertThat(a.predict(new int[] {1, 2, 3})).containsExactly(b.predict(new int[] {1, 2, 3}));
  }

  @Test
  void stateKeepsWeightsEmbeddingsAndOptimiser() {
    EmpiricalGame small = randomTable(9);
    PsiPayoffModel a = model(0.2, 4);
    a.fit(small, 0);
    LearnerState saved = a.state();
    PayoffModel.Fit next = a.fit(small, 1);

    PsiPayoffModel b = model(0.2, 4);
    b.restore(saved);
    assertThat(b.state().json()).isEqualTo(saved.json());
    assertThat(b.state().blob("moments")).isEqualTo(saved.blob("moments"));
    PayoffModel.Fit resumed = b.fit(small, 1);
    // The same Adam moments and step count: the continued training is the same computation.
    assertThat(resumed.heldOutMse()).isEqualTo(next.heldOutMse());
    assertThat(b.predict(new int[] {3, 0, 2})).containsExactly(a.predict(new int[] {3, 0, 2}));
  }

  @Test
  void growingTheTablesKeepsWhatWasLearned() {
    EmpiricalGame table = randomTable(13);
    PsiPayoffModel psi = model(0, 2);
    for (int i = 0; i < 4; i++) {
      psi.fit(table, i);
    }
    double[] before = psi.predict(new int[] {2, 1, 3});
    EmpiricalGame grown = table.mutableCopy();
    grown.addStrategy(0, "s4");
    psi.fit(grown, 4); // entries of the new strategy are missing: trained on the same data
    assertThat(psi.predict(new int[] {2, 1, 3})[0]).isCloseTo(before[0], within(0.05));
  }

  @Test
  void restoreRefusesAnotherArchitecture() {
    PsiPayoffModel a = model(0.2, 4);
    a.fit(randomTable(1), 0);
    PayoffEstimatorSettings other =
        new PayoffEstimatorSettings(8, new int[] {64, 64}, 3e-3, 300, 0.2, 4);
    PsiPayoffModel b = new PsiPayoffModel(3, other, DjlRuntime.device("cpu"));
    assertThatThrownBy(() -> b.restore(a.state()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("embedding size 16");
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
