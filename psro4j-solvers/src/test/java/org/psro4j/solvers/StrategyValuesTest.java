package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.metagame.EmpiricalGame;

/**
 * {@link StrategyValues} for two players, four scaled rows at a time over tables laid out by row
 * and by column, is bit for bit the row-by-row sums (each u[0][i] summed over j in order, each
 * u[1][j] over i in order), for sizes that are and are not multiples of four; for three players it
 * is the sum over every joint profile.
 */
class StrategyValuesTest {

  @Test
  void twoPlayersAddInTheSameOrderAsThePlainLoop() {
    SplittableRandom random = new SplittableRandom(7);
    for (int[] size :
        new int[][] {{1, 3}, {4, 4}, {7, 5}, {8, 11}, {13, 2}, {47, 47}, {170, 169}}) {
      int rows = size[0];
      int columns = size[1];
      double[][] a = new double[rows][columns];
      double[][] b = new double[rows][columns];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          a[i][j] = random.nextDouble(-1, 1);
          b[i][j] = random.nextDouble(-1, 1);
        }
      }
      EmpiricalGame g = EmpiricalGame.ofMatrices(a, b);
      double[][] tables = {g.payoffTable(0), g.payoffTable(1)};
      double[][] x = {simplexPoint(random, rows), simplexPoint(random, columns)};
      double[][] u = {new double[rows], new double[columns]};
      new StrategyValues(g, tables).compute(x, u);
      double[] expectedRows = new double[rows];
      double[] expectedColumns = new double[columns];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          expectedRows[i] += tables[0][i * columns + j] * x[1][j];
          expectedColumns[j] += tables[1][i * columns + j] * x[0][i];
        }
      }
      assertThat(u[0]).as("rows of %dx%d", rows, columns).containsExactly(expectedRows);
      assertThat(u[1]).as("columns of %dx%d", rows, columns).containsExactly(expectedColumns);
    }
  }

  @Test
  void threePlayersSumOverEveryJointProfile() {
    SplittableRandom random = new SplittableRandom(11);
    int[] sizes = {3, 2, 4};
    double[][] tables = new double[3][24];
    for (double[] t : tables) {
      for (int f = 0; f < t.length; f++) {
        t[f] = random.nextDouble(-1, 1);
      }
    }
    EmpiricalGame g = EmpiricalGame.ofExact(sizes, tables);
    double[][] x = {simplexPoint(random, 3), simplexPoint(random, 2), simplexPoint(random, 4)};
    double[][] u = {new double[3], new double[2], new double[4]};
    new StrategyValues(g, tables).compute(x, u);
    for (int p = 0; p < 3; p++) {
      double[] expected = new double[sizes[p]];
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 2; j++) {
          for (int k = 0; k < 4; k++) {
            int[] profile = {i, j, k};
            double others = 1;
            for (int q = 0; q < 3; q++) {
              others *= q == p ? 1 : x[q][profile[q]];
            }
            expected[profile[p]] += others * tables[p][(i * 2 + j) * 4 + k];
          }
        }
      }
      assertThat(u[p]).as("player %d", p).containsExactly(expected, within(1e-15));
    }
  }

  private static double[] simplexPoint(SplittableRandom random, int n) {
    double[] x = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      x[i] = random.nextDouble();
      total += x[i];
    }
    for (int i = 0; i < n; i++) {
      x[i] /= total;
    }
    return x;
  }
}
