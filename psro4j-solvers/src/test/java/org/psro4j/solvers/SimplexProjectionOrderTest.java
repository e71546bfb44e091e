package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The projection that keeps its sort order between calls gives bit for bit the values of the one
 * that sorts afresh, over a drifting vector (entries crossing each other, ties, entries clipped at
 * the lower bound), and its kept order is ascending after each call.
 */
class SimplexProjectionOrderTest {

  @Test
  void keptOrderGivesTheSameProjection() {
    SplittableRandom random = new SplittableRandom(11);
    for (int k : new int[] {1, 2, 5, 17, 47}) {
      double lower = 1e-6;
      double[] fresh = new double[k];
      for (int i = 0; i < k; i++) {
        fresh[i] = random.nextDouble();
      }
      double[] kept = fresh.clone();
      int[] order = new int[k];
      for (int i = 0; i < k; i++) {
        order[i] = i;
      }
      double[] scratch = new double[k];
      for (int step = 0; step < 500; step++) {
        SimplexProjection.project(fresh, lower);
        SimplexProjection.project(kept, lower, order, scratch);
        assertThat(kept).as("k %d, step %d", k, step).containsExactly(fresh);
        for (int j = 1; j < k; j++) {
          assertThat(kept[order[j - 1]]).isLessThanOrEqualTo(kept[order[j]]);
        }
        // Drift: small steps, sometimes a large one (reordering), sometimes a tie.
        for (int i = 0; i < k; i++) {
          double d = random.nextDouble(-0.02, 0.02) * (step % 7 == 0 ? 20 : 1);
          fresh[i] += d;
          kept[i] = fresh[i];
        }
        if (k > 1 && step % 5 == 0) {
          fresh[0] = fresh[k - 1];
          kept[0] = kept[k - 1];
        }
      }
    }
  }
}
