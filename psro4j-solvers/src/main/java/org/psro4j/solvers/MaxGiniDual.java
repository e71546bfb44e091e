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
 *   <li>accelerated projected gradient ascent (FISTA with backtracking and adaptive restart) to
 *       identify the support S of σ and the active constraints J;
 *   <li>an exact active-set step: solve the KKT equations of the piece (S, J), σ_S = μ·1 −
 *       A_{JS}ᵀλ_J with A_{JS}σ_S = b_J and 1ᵀσ_S = 1, a linear system of size |J| + 1; drop
 *       negative multipliers or weights and repeat. A step that raises g is taken; one whose point
 *       satisfies every KKT condition to 1e−11 ends the solve with the exact optimum.
 * </ol>
 *
 * The optimum σ is unique (strictly convex objective), so warm-starting λ from a previous, smaller
 * game changes only the time taken. Returns null when the iteration budget runs out.
 */
final class MaxGiniDual {

  static final double KKT_TOLERANCE = 1e-11;
  private static final double SLACKNESS_TOLERANCE = 1e-9;
  private static final int POLISH_EVERY = 25;

  private final DeviationConstraints a;
  private final double[] b;
  private int evaluations;

  /** The solution's dual multipliers, for warm starts. */
  double[] lambda;

  MaxGiniDual(DeviationConstraints a, double[] b) {
    this.a = a;
    this.b = b;
  }

  /** The max-Gini σ, or null if {@code maxIterations} gradient steps were not enough. */
  double[] solve(double[] start, int maxIterations) {
    int m = a.rows;
    double[] x = start == null ? new double[m] : start.clone();
    double[] exact = activeSetStep(x);
    if (exact != null) {
      return exact;
    }
    double lipschitz = Math.max(a.spectralNormSquared(), 1e-12);
    double[] previous = x.clone();
    double momentum = 1;
    double bestValue = dualValue(x);
    for (int it = 1; it <= maxIterations; it++) {
      double nextMomentum = (1 + Math.sqrt(1 + 4 * momentum * momentum)) / 2;
      double beta = (momentum - 1) / nextMomentum;
      double[] y = new double[m];
      for (int i = 0; i < m; i++) {
        y[i] = Math.max(0, x[i] + beta * (x[i] - previous[i]));
      }
      double[] sigmaY = sigma(y);
      double[] gradient = gradient(sigmaY);
      double valueY = value(y, sigmaY, gradient);
      double[] candidate = new double[m];
      while (true) {
        double quadratic = 0;
        double linear = 0;
        for (int i = 0; i < m; i++) {
          candidate[i] = Math.max(0, y[i] + gradient[i] / lipschitz);
          double d = candidate[i] - y[i];
          linear += gradient[i] * d;
          quadratic += d * d;
        }
        if (dualValue(candidate) >= valueY + linear - lipschitz / 2 * quadratic - 1e-15) {
          break;
        }
        lipschitz *= 2;
      }
      double candidateValue = dualValue(candidate);
      previous = x;
      x = candidate;
      momentum = candidateValue < bestValue ? 1 : nextMomentum;
      bestValue = Math.max(bestValue, candidateValue);
      if (it % POLISH_EVERY == 0 || it == maxIterations) {
        exact = activeSetStep(x);
        if (exact != null) {
          return exact;
        }
      }
    }
    return null;
  }

  /** Gradient and value evaluations so far (for tests and benchmarks). */
  int evaluations() {
    return evaluations;
  }

  /**
   * Active-set refinement from λ: returns the optimal σ when the KKT conditions hold; otherwise
   * leaves λ at the best point found (it only moves when the dual value rises) and returns null.
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
    double baseline = dualValue(lambda);
    for (int round = 0; round < 20 && !support.isEmpty(); round++) {
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
      if (dualValue(trial) > baseline) {
        System.arraycopy(trial, 0, lambda, 0, lambda.length);
        baseline = dualValue(trial);
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
    evaluations++;
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
