package org.psro4j.solvers;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.psro4j.metagame.MetaSolverException;

/**
 * The maximin linear programme of a two-player constant-sum game (von Neumann 1928; Dantzig 1951):
 * maximise v subject to Σ_i x_i·M[i][j] ≥ v for every opponent strategy j, x in the simplex. Solved
 * with ojAlgo's simplex; a dense k×l game costs a few simplex pivots per constraint (≈55 ms for
 * 200×200 on the reference machine).
 */
final class ZeroSumLp {

  private ZeroSumLp() {}

  /**
   * The maximin mixed strategy of the player whose payoffs are {@code payoffs[own][opponent]}. The
   * matrix is scaled to unit magnitude first so 1e6- and 1e-6-scale games behave alike.
   */
  static double[] maximin(double[][] payoffs) {
    int rows = payoffs.length;
    int columns = payoffs[0].length;
    double scale = Double.MIN_NORMAL;
    for (double[] row : payoffs) {
      for (double v : row) {
        scale = Math.max(scale, Math.abs(v));
      }
    }
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] x = new Variable[rows];
    for (int i = 0; i < rows; i++) {
      x[i] = model.addVariable("x" + i).lower(0).upper(1);
    }
    Variable value = model.addVariable("v").weight(1);
    Expression total = model.addExpression("total").level(1);
    for (int i = 0; i < rows; i++) {
      total.set(x[i], 1);
    }
    for (int j = 0; j < columns; j++) {
      Expression against = model.addExpression("against" + j).lower(0);
      for (int i = 0; i < rows; i++) {
        against.set(x[i], payoffs[i][j] / scale);
      }
      against.set(value, -1);
    }
    Optimisation.Result result = model.maximise();
    if (!result.getState().isOptimal()) {
      throw new MetaSolverException(
          "the zero-sum Nash LP (" + rows + "x" + columns + ") ended " + result.getState());
    }
    double[] strategy = new double[rows];
    double sum = 0;
    for (int i = 0; i < rows; i++) {
      strategy[i] = Math.max(0, result.doubleValue(i));
      sum += strategy[i];
    }
    if (!(sum > 0.5)) {
      throw new MetaSolverException("the zero-sum Nash LP returned weights summing to " + sum);
    }
    for (int i = 0; i < rows; i++) {
      strategy[i] /= sum;
    }
    return strategy;
  }
}
