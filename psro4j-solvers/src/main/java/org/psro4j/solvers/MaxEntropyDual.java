package org.psro4j.solvers;

/**
 * Maximum-entropy (C)CE, max −Σσ log σ subject to Aσ ≤ b and σ in the simplex (Ortiz, Schapire and
 * Kakade 2007, "Maximum Entropy Correlated Equilibria"; Marris et al. 2021), solved through its
 * dual.
 *
 * <p>Dual: minimise h(λ) = log Σ_a exp(−(Aᵀλ)_a) + bᵀλ over λ ≥ 0, a smooth convex problem in the
 * deviation multipliers; σ(λ) = softmax(−Aᵀλ), ∇h = b − Aσ, ∇²h = A(diag σ − σσᵀ)Aᵀ. It is
 * minimised by projected Newton (Bertsekas 1982): multipliers at 0 whose gradient pushes them down
 * are held, a Levenberg-damped Newton system is solved on the rest, and an Armijo search runs along
 * the projected arc. The Hessian is accumulated column by column in O(N·(Σ_p(k_p − 1))²), the
 * columns of A being sparse. It stops when the largest constraint violation of σ(λ) and the
 * complementary slackness are below 1e−11; when the polytope forces some σ_a to 0 the optimal λ is
 * at infinity and Newton still converges linearly (each step gains a constant factor).
 */
final class MaxEntropyDual {

  static final double TOLERANCE = 1e-11;

  private final DeviationConstraints a;
  private final double[] b;

  /** The final multipliers, for warm starts. */
  double[] lambda;

  /** The largest constraint violation of the result. */
  double violation;

  MaxEntropyDual(DeviationConstraints a, double[] b) {
    this.a = a;
    this.b = b;
  }

  /**
   * The max-entropy σ after at most {@code maxIterations} Newton steps (check {@link #violation}).
   */
  double[] solve(double[] start, int maxIterations) {
    int m = a.rows;
    double[] x = start == null ? new double[m] : start.clone();
    double[] sigma = sigma(x);
    double value = value(x, sigma);
    for (int it = 0; it < maxIterations; it++) {
      double[] gradient = a.times(sigma);
      for (int i = 0; i < m; i++) {
        gradient[i] = b[i] - gradient[i];
      }
      if (converged(x, gradient)) {
        break;
      }
      boolean[] held = new boolean[m];
      int free = 0;
      for (int i = 0; i < m; i++) {
        held[i] = x[i] <= 1e-14 && gradient[i] > 0;
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
      double[][] hessian = hessian(sigma, position, free);
      double[] rhs = new double[free];
      double diagonal = 0;
      for (int f = 0; f < free; f++) {
        rhs[f] = -gradient[index[f]];
        diagonal = Math.max(diagonal, hessian[f][f]);
      }
      for (int f = 0; f < free; f++) {
        hessian[f][f] += 1e-12 * Math.max(diagonal, 1e-12) + 1e-14;
      }
      double[] step = DenseLinearAlgebra.solve(hessian, rhs, 1e-18);
      if (step == null) {
        step = rhs;
      }
      double[] direction = new double[m];
      for (int f = 0; f < free; f++) {
        direction[index[f]] = step[f];
      }
      double t = 1;
      double[] next = new double[m];
      double[] nextSigma = null;
      double nextValue = Double.POSITIVE_INFINITY;
      for (int search = 0; search < 60; search++) {
        double decrease = 0;
        for (int i = 0; i < m; i++) {
          next[i] = Math.max(0, x[i] + t * direction[i]);
          decrease += gradient[i] * (next[i] - x[i]);
        }
        nextSigma = sigma(next);
        nextValue = value(next, nextSigma);
        if (nextValue <= value + 1e-4 * decrease || search == 59) {
          break;
        }
        t /= 2;
      }
      if (!(nextValue <= value)) {
        break;
      }
      x = next.clone();
      sigma = nextSigma;
      value = nextValue;
    }
    double[] residual = a.times(sigma);
    violation = 0;
    for (int i = 0; i < m; i++) {
      violation = Math.max(violation, residual[i] - b[i]);
    }
    lambda = x;
    return sigma;
  }

  private boolean converged(double[] x, double[] gradient) {
    for (int i = 0; i < x.length; i++) {
      if (-gradient[i] > TOLERANCE) {
        return false;
      }
      if (x[i] > 0 && Math.abs(gradient[i]) * Math.min(1, x[i]) > TOLERANCE) {
        return false;
      }
    }
    return true;
  }

  private double[][] hessian(double[] sigma, int[] position, int free) {
    double[][] h = new double[free][free];
    double[] mean = new double[free];
    int[] rows = new int[a.rows];
    double[] values = new double[a.rows];
    for (int c = 0; c < a.columns; c++) {
      double w = sigma[c];
      if (w < 1e-300) {
        continue;
      }
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
        double wx = w * values[x];
        mean[rows[x]] += wx;
        double[] hx = h[rows[x]];
        for (int y = 0; y < n; y++) {
          hx[rows[y]] += wx * values[y];
        }
      }
    }
    for (int x = 0; x < free; x++) {
      for (int y = 0; y < free; y++) {
        h[x][y] -= mean[x] * mean[y];
      }
    }
    return h;
  }

  private double[] sigma(double[] lambda) {
    double[] v = a.transposeTimes(lambda);
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < v.length; c++) {
      v[c] = -v[c];
      max = Math.max(max, v[c]);
    }
    double sum = 0;
    for (int c = 0; c < v.length; c++) {
      v[c] = Math.exp(v[c] - max);
      sum += v[c];
    }
    for (int c = 0; c < v.length; c++) {
      v[c] /= sum;
    }
    return v;
  }

  private double value(double[] lambda, double[] sigma) {
    // h(λ) = log Σ exp(−Aᵀλ) + bᵀλ = −log σ_a − (Aᵀλ)_a + bᵀλ for any a; the largest σ_a is exact.
    double[] z = a.transposeTimes(lambda);
    int best = 0;
    for (int c = 1; c < sigma.length; c++) {
      if (sigma[c] > sigma[best]) {
        best = c;
      }
    }
    double v = -Math.log(sigma[best]) - z[best];
    for (int i = 0; i < lambda.length; i++) {
      v += b[i] * lambda[i];
    }
    return v;
  }
}
