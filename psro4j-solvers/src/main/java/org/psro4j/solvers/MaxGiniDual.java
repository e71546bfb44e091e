package org.psro4j.solvers;

import java.util.ArrayList;
import java.util.List;

/**
 * Maximum-Gini (C)CE, min ½‖σ‖² subject to Aσ ≤ b and σ in the simplex (Marris et al. 2021,
 * "Multi-Agent Training beyond Zero-Sum with Correlated Equilibrium Meta-Solvers", ICML), solved
 * through its dual, whose size is the number of deviation constraints (Σ_p k_p for CCE, Σ_p k_p(k_p
 * − 1) for CE) instead of the number of joint profiles.
 *
 * <p>Dual: maximise g(λ) = min_{σ ∈ Δ} ½‖σ‖² + λᵀ(Aσ − b) over λ ≥ 0. The inner minimiser is σ(λ) =
 * Π_Δ(−Aᵀλ) (a simplex projection) and ∇g = Aσ(λ) − b, Lipschitz with ‖A‖². Two steps alternate:
 *
 * <ol>
 *   <li>an exact active-set step: solve the KKT equations of the piece (S, J), σ_S = μ·1 −
 *       A_{JS}ᵀλ_J with A_{JS}σ_S = b_J and 1ᵀσ_S = 1, a linear system of size |J| + 1, dropping
 *       negative multipliers; a point that satisfies every KKT condition to 1e−11 ends the solve
 *       with the exact optimum;
 *   <li>otherwise a semismooth projected-Newton ascent step on g (Bertsekas' binding set, the
 *       generalised Hessian A_S(I − 11ᵀ/|S|)A_Sᵀ of the current quadratic piece with Levenberg
 *       damping, Armijo search along the projection arc; a projected gradient step where Newton
 *       stalls), which identifies S and J in a few steps.
 * </ol>
 *
 * The optimum σ is unique (strictly convex objective), so warm-starting λ from a previous, smaller
 * game changes only the time taken. Returns null when the iteration budget runs out.
 */
final class MaxGiniDual {

  static final double KKT_TOLERANCE = 1e-11;
  private static final double SLACKNESS_TOLERANCE = 1e-9;

  private final DeviationConstraints a;
  private final double[] b;

  /** The solution's dual multipliers, for warm starts. */
  double[] lambda;

  MaxGiniDual(DeviationConstraints a, double[] b) {
    this.a = a;
    this.b = b;
  }

  /** The max-Gini σ, or null if {@code maxIterations} Newton steps were not enough. */
  double[] solve(double[] start, int maxIterations) {
    int m = a.rows;
    double[] x = start == null ? new double[m] : start.clone();
    for (int it = 0; it < maxIterations; it++) {
      double[] sigma = sigma(x);
      double[] gradient = gradient(sigma);
      if (optimal(x, gradient)) {
        lambda = x;
        return sigma;
      }
      double[] exact = activeSetStep(x.clone());
      if (exact != null) {
        return exact;
      }
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
      for (int f = 0; f < free; f++) {
        hessian[f][f] += 1e-10 * diagonal + 1e-14;
      }
      double[] step = DenseLinearAlgebra.solve(hessian, rhs, 1e-18);
      if (step == null) {
        step = rhs;
      }
      double value = value(x, sigma, gradient);
      double[] next = new double[m];
      boolean moved = false;
      for (double t = 1; t > 1e-12; t /= 2) {
        double increase = 0;
        for (int i = 0; i < m; i++) {
          next[i] = x[i];
        }
        for (int f = 0; f < free; f++) {
          int i = index[f];
          next[i] = Math.max(0, x[i] + t * step[f]);
        }
        for (int i = 0; i < m; i++) {
          increase += gradient[i] * (next[i] - x[i]);
        }
        if (dualValue(next) >= value + 1e-4 * increase && increase > 0) {
          moved = true;
          break;
        }
      }
      if (!moved) {
        // The Newton direction stalls only at a kink with a singular Hessian: take a projected
        // gradient step of length 1/‖A‖², which always ascends.
        double lipschitz = Math.max(a.spectralNormSquared(), 1e-12);
        for (int i = 0; i < m; i++) {
          next[i] = Math.max(0, x[i] + gradient[i] / lipschitz);
        }
      }
      x = next.clone();
    }
    return null;
  }

  private static boolean optimal(double[] lambda, double[] gradient) {
    for (int i = 0; i < lambda.length; i++) {
      if (gradient[i] > KKT_TOLERANCE || (lambda[i] > 0 && gradient[i] < -SLACKNESS_TOLERANCE)) {
        return false;
      }
    }
    return true;
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

  /**
   * Active-set refinement from λ: guesses the support S of σ and the active constraints J, solves
   * the piece's KKT equations (a few rounds, dropping negative multipliers and adding violated
   * constraints) and returns the optimal σ when every KKT condition holds, else null.
   */
  private double[] activeSetStep(double[] lambda) {
    double[] sigma = sigma(lambda);
    double[] residual = gradient(sigma);
    List<Integer> active = new ArrayList<>();
    for (int i = 0; i < a.rows; i++) {
      if (lambda[i] > 0 || residual[i] > -1e-9) {
        active.add(i);
      }
    }
    List<Integer> support = new ArrayList<>();
    for (int c = 0; c < a.columns; c++) {
      if (sigma[c] > 0) {
        support.add(c);
      }
    }
    for (int round = 0; round < 3 && !support.isEmpty(); round++) {
      double[] solution = kkt(active, support);
      if (solution == null) {
        return null;
      }
      double[] trial = new double[a.rows];
      boolean dropped = false;
      for (int j = active.size() - 1; j >= 0; j--) {
        double v = solution[j];
        if (v < -KKT_TOLERANCE) {
          active.remove(j);
          dropped = true;
        } else {
          trial[active.get(j)] = Math.max(0, v);
        }
      }
      if (dropped) {
        continue;
      }
      double[] trialSigma = sigma(trial);
      double[] trialResidual = gradient(trialSigma);
      boolean feasible = true;
      for (int i = 0; i < a.rows && feasible; i++) {
        feasible =
            trialResidual[i] <= KKT_TOLERANCE
                && (trial[i] <= 0 || trialResidual[i] >= -SLACKNESS_TOLERANCE);
      }
      if (feasible) {
        this.lambda = trial;
        return trialSigma;
      }
      boolean grew = false;
      for (int i = 0; i < a.rows; i++) {
        if (trialResidual[i] > KKT_TOLERANCE && !active.contains(i)) {
          active.add(i);
          grew = true;
        }
      }
      List<Integer> newSupport = new ArrayList<>();
      for (int c = 0; c < a.columns; c++) {
        if (trialSigma[c] > 0) {
          newSupport.add(c);
        }
      }
      if (!grew && newSupport.equals(support)) {
        return null;
      }
      support = newSupport;
    }
    return null;
  }

  /** Solves the KKT system of the piece; returns λ_J (in the order of {@code active}) or null. */
  private double[] kkt(List<Integer> active, List<Integer> support) {
    int j = active.size();
    int[] position = new int[a.rows];
    java.util.Arrays.fill(position, -1);
    for (int i = 0; i < j; i++) {
      position[active.get(i)] = i;
    }
    double[][] system = new double[j + 1][j + 1];
    double[] rhs = new double[j + 1];
    double[] column = new double[j];
    for (int c : support) {
      java.util.Arrays.fill(column, 0);
      int[] r = a.columnRows[c];
      double[] v = a.columnValues[c];
      for (int t = 0; t < r.length; t++) {
        int pos = position[r[t]];
        if (pos >= 0) {
          column[pos] = v[t];
        }
      }
      for (int x = 0; x < j; x++) {
        if (column[x] == 0) {
          continue;
        }
        for (int y = 0; y < j; y++) {
          system[x][y] += column[x] * column[y];
        }
        system[x][j] -= column[x];
        system[j][x] -= column[x];
      }
    }
    system[j][j] = support.size();
    for (int x = 0; x < j; x++) {
      rhs[x] = -b[active.get(x)];
    }
    rhs[j] = 1;
    double trace = 0;
    for (int x = 0; x <= j; x++) {
      trace += system[x][x];
    }
    for (int x = 0; x <= j; x++) {
      system[x][x] += 1e-13 * trace / (j + 1);
    }
    double[] solution = DenseLinearAlgebra.solve(system, rhs, 1e-16);
    return solution == null ? null : java.util.Arrays.copyOf(solution, j);
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
    double[] g = a.times(sigma);
    for (int i = 0; i < g.length; i++) {
      g[i] -= b[i];
    }
    return g;
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
