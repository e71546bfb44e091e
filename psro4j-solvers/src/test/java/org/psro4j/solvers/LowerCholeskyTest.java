package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link LowerCholesky}: L·Lᵀ reproduces the matrix across panel and strip boundaries. */
class LowerCholeskyTest {

  @Test
  void factorTimesItsTransposeIsTheMatrix() {
    SplittableRandom random = new SplittableRandom(7);
    for (int m : new int[] {1, 2, 3, 4, 5, 31, 63, 64, 65, 67, 130, 201}) {
      double[][] b = new double[m][m + 3];
      for (double[] row : b) {
        for (int j = 0; j < row.length; j++) {
          row[j] = random.nextDouble(-1, 1);
        }
      }
      double[][] matrix = new double[m][];
      double[][] l = new double[m][];
      for (int i = 0; i < m; i++) {
        matrix[i] = new double[i + 1];
        for (int k = 0; k <= i; k++) {
          matrix[i][k] = NormalEquations.dot(b[i], b[k], m + 3) + (i == k ? 0.5 : 0);
        }
        l[i] = matrix[i].clone();
      }
      assertThat(LowerCholesky.factor(l, m, 0)).as("m=%d", m).isTrue();
      for (int i = 0; i < m; i++) {
        for (int k = 0; k <= i; k++) {
          assertThat(NormalEquations.dot(l[i], l[k], k + 1))
              .as("m=%d (%d,%d)", m, i, k)
              .isCloseTo(matrix[i][k], within(1e-11 * m));
        }
      }
    }
  }

  @Test
  void aMatrixThatIsNotPositiveDefiniteIsRefusedAndARidgeRepairsIt() {
    // [[1, 2], [2, 1]] has eigenvalues 3 and -1; with 2 added to the diagonal, 5 and 1.
    double[][] l = {{1}, {2, 1}};
    assertThat(LowerCholesky.factor(l, 2, 0)).isFalse();
    double[][] ridged = {{1}, {2, 1}};
    assertThat(LowerCholesky.factor(ridged, 2, 2)).isTrue();
    assertThat(ridged[0][0]).isCloseTo(Math.sqrt(3), within(1e-15));
    assertThat(ridged[1][0]).isCloseTo(2 / Math.sqrt(3), within(1e-15));
    assertThat(ridged[1][1]).isCloseTo(Math.sqrt(3 - 4 / 3.0), within(1e-15));
  }
}
