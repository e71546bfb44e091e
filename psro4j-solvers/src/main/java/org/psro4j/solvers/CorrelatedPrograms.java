package org.psro4j.solvers;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.psro4j.metagame.MetaSolverException;

/**
 * The ojAlgo programmes over the (C)CE polytope {σ ∈ Δ : Aσ ≤ b}: the max-welfare LP, the
 * min-epsilon LP (min ε subject to Aσ ≤ ε), the deepest-point LP that starts {@link
 * MaxGiniActiveSet}, and the max-Gini QP in the primal (N variables), kept as an independent check
 * of {@link MaxGiniDual} in the tests.
 */
final class CorrelatedPrograms {

  private CorrelatedPrograms() {}

  /** argmax Σ_a σ_a·welfare_a over the polytope. */
  static double[] maxWelfare(DeviationConstraints a, double[] bound) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] sigma = simplex(model, a.columns);
    Expression objective = model.addExpression("welfare").weight(1);
    for (int c = 0; c < a.columns; c++) {
      objective.set(sigma[c], a.welfare[c]);
    }
    constraints(model, a, sigma, bound, null);
    return solution(model.maximise(), a.columns, "max-welfare LP");
  }

  /**
   * A point of {σ ∈ Δ : Aσ ≤ b} as deep inside as the LP can find (argmin of max_i (Aσ − b)_i), to
   * start {@link MaxGiniActiveSet}; its largest violation, if any, is LP round-off.
   */
  static double[] deepestPoint(ConstraintMatrix a, double[] bound) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] sigma = simplex(model, a.columns);
    Variable epsilon = model.addVariable("epsilon").weight(1);
    constraints(model, a, sigma, bound, epsilon);
    return solution(model.minimise(), a.columns, "deepest-point LP");
  }

  /** The smallest ε (in scaled units) for which {σ ∈ Δ : Aσ ≤ ε·1} is non-empty. */
  static double minimumEpsilon(DeviationConstraints a) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] sigma = simplex(model, a.columns);
    Variable epsilon = model.addVariable("epsilon").weight(1);
    constraints(model, a, sigma, new double[a.rows], epsilon);
    Optimisation.Result result = model.minimise();
    if (!result.getState().isOptimal()) {
      throw new MetaSolverException("the min-epsilon LP ended " + result.getState());
    }
    return result.doubleValue(a.columns);
  }

  /** argmin ½‖σ‖² over the polytope, in the primal with ojAlgo's convex solver. */
  static double[] maxGiniPrimal(DeviationConstraints a, double[] bound) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] sigma = simplex(model, a.columns);
    Expression objective = model.addExpression("gini").weight(1);
    for (int c = 0; c < a.columns; c++) {
      objective.set(sigma[c], sigma[c], 0.5);
    }
    constraints(model, a, sigma, bound, null);
    return solution(model.minimise(), a.columns, "max-Gini QP");
  }

  private static Variable[] simplex(ExpressionsBasedModel model, int n) {
    Variable[] sigma = new Variable[n];
    Expression total = model.addExpression("total").level(1);
    for (int c = 0; c < n; c++) {
      sigma[c] = model.addVariable("s" + c).lower(0).upper(1);
      total.set(sigma[c], 1);
    }
    return sigma;
  }

  private static void constraints(
      ExpressionsBasedModel model,
      ConstraintMatrix a,
      Variable[] sigma,
      double[] bound,
      Variable epsilon) {
    Expression[] rows = new Expression[a.rows];
    for (int i = 0; i < a.rows; i++) {
      rows[i] = model.addExpression("d" + i).upper(bound[i]);
      if (epsilon != null) {
        rows[i].set(epsilon, -1);
      }
    }
    for (int c = 0; c < a.columns; c++) {
      int[] r = a.columnRows[c];
      double[] v = a.columnValues[c];
      for (int t = 0; t < r.length; t++) {
        if (v[t] != 0) {
          rows[r[t]].set(sigma[c], v[t]);
        }
      }
    }
  }

  private static double[] solution(Optimisation.Result result, int n, String what) {
    if (!result.getState().isOptimal()) {
      throw new MetaSolverException("the " + what + " ended " + result.getState());
    }
    double[] sigma = new double[n];
    double sum = 0;
    for (int c = 0; c < n; c++) {
      sigma[c] = Math.max(0, result.doubleValue(c));
      sum += sigma[c];
    }
    for (int c = 0; c < n; c++) {
      sigma[c] /= sum;
    }
    return sigma;
  }
}
