package org.psro4j.solvers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psro4j.metagame.EmpiricalGame;

/**
 * PRD's two-player strategy values, computed four rows at a time, are bit for bit the row-by-row
 * sums (each u[0][i] summed over j in order, each u[1][j] over i in order), for row counts that are
 * and are not multiples of four.
 */
class PrdStrategyValuesTest {

  @Test
  void fourRowsAtATimeAddInTheSameOrderAsOneRow() {
    SplittableRandom random = new SplittableRandom(7);
    for (int[] size : new int[][] {{1, 3}, {4, 4}, {7, 5}, {8, 11}, {13, 2}, {47, 47}}) {
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
      ProjectedReplicatorDynamics.strategyValues(g, tables, x, u);
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
