package org.psro4j.solvers;

import org.psro4j.metagame.MetaSolverException;

/**
 * Maximum-Gini point of a polytope, min ½‖σ‖² subject to Aσ ≤ b and σ in the simplex (the max-Gini
 * (C)CE of Marris et al. 2021, "Multi-Agent Training beyond Zero-Sum with Correlated Equilibrium
 * Meta-Solvers", ICML), solved through its dual, whose size is the number of rows of A (Σ_p k_p for
 * a CCE) instead of the number of joint profiles.
 *
 * <p>Dual: maximise g(λ) = min_{σ ∈ Δ} ½‖σ‖² + λᵀ(Aσ − b) over λ ≥ 0. The inner minimiser is σ(λ) =
 * Π_Δ(−Aᵀλ) (a simplex projection) and ∇g = Aσ(λ) − b. Three parts:
 *
 * <ol>
 *   <li>semismooth projected Newton ascent on g (Bertsekas' binding set, the generalised Hessian
 *       A_S(I − 11ᵀ/|S|)A_Sᵀ of the current quadratic piece, an Armijo search along the projection
 *       arc, a projected gradient step where Newton stalls). Degenerate games have a singular
 *       Hessian and a whole set of optimal λ, so the Newton system carries a Levenberg–Marquardt
 *       shift proportional to the current KKT residual, which keeps steps bounded and the local
 *       convergence fast under the error bound piecewise-quadratic problems satisfy (Yamashita and
 *       Fukushima 2001);
 *   <li>once σ(λ) is close, {@link MaxGiniFace} computes the exact optimum from the face σ(λ)
 *       identifies, accepted when it is feasible and the duality gap ½‖σ‖² − g(λ) is below 1e−9 of
 *       ½‖σ‖² (so a wrongly identified face is never returned);
 *   <li>if {@link #NEWTON_FIRST} Newton steps did not verify, the multipliers of {@link
 *       MaxGiniInteriorPoint} (the primal–dual interior-point method) start Newton again, and the
 *       answer is verified as above. This is what solves polytopes without an interior (two-player
 *       zero-sum CCE polytopes: random 50×50 games took 300 Newton steps and still failed, and a
 *       goofspiel JPSRO meta-game of 26×26 failed the same way). The primal active-set method from
 *       an LP's deepest point is the last resort.
 * </ol>
 *
 * Since g(λ) ≤ ½‖σ‖² ≤ ½ for every feasible σ, a dual value above ½ proves the polytope empty. The
 * optimum is unique and the returned point depends only on its face, so warm-starting λ from a
 * previous, smaller game changes only the time taken. Returns null when the iteration budget runs
 * out.
 */
final class MaxGiniDual {

  static final double GAP_TOLERANCE = 1e-9;

  /** The iteration budget of the active-set stage. */
  static final int ACTIVE_SET_ITERATIONS = 20_000;

  /**
   * Newton steps from the given start before the interior-point method supplies a better one: the
   * games Newton solves from λ = 0 take a handful (general-sum meta-games: 3 to 12 measured), the
   * degenerate ones it crawls on take hundreds (random zero-sum 30×30: 109 and 148).
   */
  static final int NEWTON_FIRST = 20;

  private final ConstraintMatrix a;
  private final double[] b;

  /** The solution's dual multipliers, for warm starts. */
  double[] lambda;

  /** Newton steps taken by the last solve. */
  int steps;

  /** How the last solve ended: "newton", "interior point + newton" or "active set". */
  String route = "";

  MaxGiniDual(ConstraintMatrix a, double[] b) {
    this.a = a;
    this.b = b;
  }

  /**
   * The max-Gini σ, or null if neither {@code maxIterations} Newton steps nor the active-set stage
   * (at most {@link #ACTIVE_SET_ITERATIONS} iterations from the deepest point an LP finds) reached
   * the optimum.
   */
  double[] solve(double[] start, int maxIterations) {
    double[] sigma = newton(start, Math.min(maxIterations, NEWTON_FIRST));
    if (sigma != null) {
      route = "newton";
      return sigma;
    }
    if (maxIterations > NEWTON_FIRST) {
      MaxGiniInteriorPoint interior = new MaxGiniInteriorPoint(a, b);
      interior.solve();
      sigma = newton(interior.lambda, maxIterations - NEWTON_FIRST);
      if (sigma != null) {
        route = "interior point + newton";
        return sigma;
      }
    }
    route = "active set";
    double[] inside = CorrelatedPrograms.deepestPoint(a, b);
    MaxGiniActiveSet activeSet = new MaxGiniActiveSet(a, b);
    double[] optimum = activeSet.solve(inside, ACTIVE_SET_ITERATIONS);
    if (optimum == null) {
      return null;
    }
    double[] canonical = MaxGiniFace.polish(a, b, optimum, MaxGiniFace.EXACT_TOLERANCE);
    double[] result = canonical != null ? canonical : optimum;
    for (double violation : MaxGiniFace.residual(a, b, result)) {
      if (violation > MaxGiniFace.EXACT_TOLERANCE) {
        return null;
      }
    }
    for (double s : result) {
      if (s < 0) {
        return null;
      }
    }
    return result;
  }

  /** Projected Newton from {@code start}, polishing on the way; null if it did not verify. */
  private double[] newton(double[] start, int maxIterations) {
    int m = a.rows;
    double[] x = start == null ? new double[m] : start.clone();
    for (steps = 0; steps <= maxIterations; steps++) {
      double[] sigma = sigma(x);
      double[] gradient = gradient(sigma);
      double value = value(x, sigma, gradient);
      if (value > 0.5 + 1e-9) {
        throw new MetaSolverException(
            "the polytope is empty: the max-Gini dual exceeds ½, the largest ½‖σ‖² on the simplex"
                + " (the epsilon is below the smallest feasible one; use min_epsilon=true)");
      }
      double residual = naturalResidual(x, gradient);
      if (residual <= 1e-5 || steps % 10 == 9 || steps == maxIterations) {
        double[] exact = MaxGiniFace.polish(a, b, sigma, Math.max(1e-12, 100 * residual));
        if (exact != null && verified(exact, value)) {
          lambda = x;
          return exact;
        }
      }
      if (steps == maxIterations) {
        break;
      }
      x = newtonStep(x, sigma, gradient, value, residual);
    }
    return null;
  }

  /** Whether the feasible {@code exact} is within the duality-gap tolerance of the dual value. */
  private static boolean verified(double[] exact, double dualValue) {
    double primal = 0;
    for (double s : exact) {
      primal += 0.5 * s * s;
    }
    return primal - dualValue <= GAP_TOLERANCE * primal;
  }

  /** The largest |λ_i − max(0, λ_i + ∇g_i)|: zero exactly at a dual optimum. */
  private static double naturalResidual(double[] lambda, double[] gradient) {
    double r = 0;
    for (int i = 0; i < lambda.length; i++) {
      r = Math.max(r, Math.abs(lambda[i] - Math.max(0, lambda[i] + gradient[i])));
    }
    return r;
  }

  private double[] newtonStep(
      double[] x, double[] sigma, double[] gradient, double value, double residual) {
    int m = a.rows;
    boolean[] held = new boolean[m];
    int free = 0;
    for (int i = 0; i < m; i++) {
      held[i] = x[i] <= 0 && gradient[i] < 0;
      free += held[i] ? 0 : 1;
    }
    int[] index = new int[free];
    int[] position = new int[m];
    for (int i = 0, f = 0; i < m; i++) {
      position[i] = held[i] ? -1 : f;
      if (!held[i]) {
        index[f++] = i;
      }
    }
    double[][] hessian = generalisedHessian(sigma, position, free);
    double[] rhs = new double[free];
    double diagonal = 0;
    for (int f = 0; f < free; f++) {
      rhs[f] = gradient[index[f]];
      diagonal = Math.max(diagonal, hessian[f][f]);
    }
    double shift = Math.max(diagonal, 1e-12) * Math.min(1e-2, Math.max(1e-12, residual));
    for (int f = 0; f < free; f++) {
      hessian[f][f] += shift;
    }
    double[] step = DenseLinearAlgebra.solve(hessian, rhs, 1e-18);
    if (step == null) {
      step = rhs;
    }
    double[] next = new double[m];
    for (double t = 1; t > 1e-12; t /= 2) {
      double increase = 0;
      System.arraycopy(x, 0, next, 0, m);
      for (int f = 0; f < free; f++) {
        int i = index[f];
        next[i] = Math.max(0, x[i] + t * step[f]);
      }
      for (int i = 0; i < m; i++) {
        increase += gradient[i] * (next[i] - x[i]);
      }
      if (increase > 0 && dualValue(next) >= value + 1e-4 * increase) {
        return next;
      }
    }
    // The Newton direction stalls only at a kink with a singular Hessian: take a projected
    // gradient step of length 1/‖A‖², which always ascends.
    double lipschitz = Math.max(a.spectralNormSquared(), 1e-12);
    for (int i = 0; i < m; i++) {
      next[i] = Math.max(0, x[i] + gradient[i] / lipschitz);
    }
    return next;
  }

  /**
   * −∇²g on the free multipliers at λ: A_S(I − 11ᵀ/|S|)A_Sᵀ for the support S of σ(λ), the Hessian
   * of the quadratic piece λ lies on (a generalised Hessian where pieces meet).
   */
  private double[][] generalisedHessian(double[] sigma, int[] position, int free) {
    double[][] h = new double[free][free];
    double[] sum = new double[free];
    int[] rows = new int[a.rows];
    double[] values = new double[a.rows];
    int support = 0;
    for (int c = 0; c < a.columns; c++) {
      if (sigma[c] <= 0) {
        continue;
      }
      support++;
      int[] r = a.columnRows[c];
      double[] v = a.columnValues[c];
      int n = 0;
      for (int t = 0; t < r.length; t++) {
        int pos = position[r[t]];
        if (pos >= 0 && v[t] != 0) {
          rows[n] = pos;
          values[n++] = v[t];
        }
      }
      for (int x = 0; x < n; x++) {
        sum[rows[x]] += values[x];
        double[] hx = h[rows[x]];
        for (int y = 0; y < n; y++) {
          hx[rows[y]] += values[x] * values[y];
        }
      }
    }
    for (int x = 0; x < free; x++) {
      for (int y = 0; y < free; y++) {
        h[x][y] -= sum[x] * sum[y] / support;
      }
    }
    return h;
  }

  double[] sigma(double[] lambda) {
    double[] v = a.transposeTimes(lambda);
    for (int c = 0; c < v.length; c++) {
      v[c] = -v[c];
    }
    SimplexProjection.project(v, 0);
    return v;
  }

  private double[] gradient(double[] sigma) {
    return MaxGiniFace.residual(a, b, sigma);
  }

  private double dualValue(double[] lambda) {
    double[] s = sigma(lambda);
    return value(lambda, s, gradient(s));
  }

  private static double value(double[] lambda, double[] sigma, double[] gradient) {
    double v = 0;
    for (double s : sigma) {
      v += 0.5 * s * s;
    }
    for (int i = 0; i < lambda.length; i++) {
      v += lambda[i] * gradient[i];
    }
    return v;
  }
}
