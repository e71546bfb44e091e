package org.psro4j.solvers;

import java.util.Arrays;

/**
 * The maximin strategy of a zero-sum matrix game at the <i>analytic centre</i> of the optimal face,
 * found by following the log-barrier central path (Boyd and Vandenberghe, "Convex Optimization",
 * §11.2): maximise {@code t·v + Σ_i log x_i + Σ_j log((Aᵀx)_j − v)} subject to {@code Σx = 1} by
 * damped Newton steps, for t growing by 8 until the duality gap {@code (m+n)/t} is below 1e−13 of
 * the payoff scale. As t grows the point converges to the centre of the set of optimal strategies —
 * the equilibrium an interior-point LP solver returns (OpenSpiel's PSRO gets its Nash from CVXOPT's
 * interior-point LP), which mixes every strategy that some equilibrium uses, where a simplex vertex
 * puts weight on as few as possible. Each Newton step costs O(m²n + m³); a path takes some 100–200
 * steps.
 */
final class ZeroSumCentre {

  private static final double GAP = 1e-13;
  private static final int NEWTON_STEPS = 100;

  private ZeroSumCentre() {}

  /**
   * The row player's central maximin strategy of {@code payoffs[i][j]} (row's payoff), or null when
   * a Newton system is numerically singular (the caller then takes a vertex).
   */
  static double[] maximin(double[][] payoffs) {
    int m = payoffs.length;
    int n = payoffs[0].length;
    double scale = 0;
    for (double[] row : payoffs) {
      for (double v : row) {
        scale = Math.max(scale, Math.abs(v));
      }
    }
    if (scale == 0 || m == 1) {
      double[] uniform = new double[m];
      Arrays.fill(uniform, 1.0 / m);
      return uniform;
    }
    double[][] a = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = payoffs[i][j] / scale;
      }
    }
    double[] x = new double[m];
    Arrays.fill(x, 1.0 / m);
    double[] s = slacks(a, x, 0);
    double v = Arrays.stream(s).min().orElseThrow() - 1;
    for (double t = 1; (m + n) / t >= GAP; t *= 8) {
      for (int step = 0; step < NEWTON_STEPS; step++) {
        s = slacks(a, x, v);
        double[] direction = newtonDirection(a, x, s, t);
        if (direction == null) {
          return null;
        }
        double decrement = 0;
        double[] g = gradient(a, x, s, t);
        for (int i = 0; i <= m; i++) {
          decrement += direction[i] * g[i];
        }
        if (decrement < 1e-12) {
          break;
        }
        double alpha = 1;
        for (int i = 0; i < m; i++) {
          if (direction[i] < 0) {
            alpha = Math.min(alpha, -0.99 * x[i] / direction[i]);
          }
        }
        for (int j = 0; j < n; j++) {
          double ds = -direction[m];
          for (int i = 0; i < m; i++) {
            ds += direction[i] * a[i][j];
          }
          if (ds < 0) {
            alpha = Math.min(alpha, -0.99 * s[j] / ds);
          }
        }
        double f0 = barrier(a, x, v, t);
        while (true) {
          double[] nx = x.clone();
          for (int i = 0; i < m; i++) {
            nx[i] += alpha * direction[i];
          }
          double nv = v + alpha * direction[m];
          if (barrier(a, nx, nv, t) >= f0 + 0.01 * alpha * decrement || alpha < 1e-15) {
            x = nx;
            v = nv;
            break;
          }
          alpha /= 2;
        }
      }
    }
    double sum = 0;
    for (double xi : x) {
      sum += xi;
    }
    for (int i = 0; i < m; i++) {
      x[i] /= sum;
    }
    return x;
  }

  private static double[] slacks(double[][] a, double[] x, double v) {
    int n = a[0].length;
    double[] s = new double[n];
    for (int j = 0; j < n; j++) {
      double q = -v;
      for (int i = 0; i < x.length; i++) {
        q += x[i] * a[i][j];
      }
      s[j] = q;
    }
    return s;
  }

  private static double[] gradient(double[][] a, double[] x, double[] s, double t) {
    int m = x.length;
    double[] g = new double[m + 1];
    for (int i = 0; i < m; i++) {
      double q = 1 / x[i];
      for (int j = 0; j < s.length; j++) {
        q += a[i][j] / s[j];
      }
      g[i] = q;
    }
    double gv = t;
    for (double sj : s) {
      gv -= 1 / sj;
    }
    g[m] = gv;
    return g;
  }

  /**
   * Newton direction for z = (x, v) keeping Σx fixed: the KKT system {@code [D + B W Bᵀ, a; aᵀ, 0]}
   * of the barrier, with {@code D = diag(1/x², 0)}, {@code B} the Jacobian of the slacks and {@code
   * W = diag(1/s²)}. Late on the path W is huge and duplicate strategies make B W Bᵀ singular, so D
   * can vanish in the elimination; a ridge of 1e−12 of the largest entry is then added and the
   * solve repeated. Null only if that fails too.
   */
  private static double[] newtonDirection(double[][] a, double[] x, double[] s, double t) {
    int m = x.length;
    int n = s.length;
    double[] w = new double[n];
    for (int j = 0; j < n; j++) {
      w[j] = 1 / (s[j] * s[j]);
    }
    double[][] k = new double[m + 2][m + 2];
    double[][] scaledColumns = new double[n][m];
    for (int j = 0; j < n; j++) {
      double root = Math.sqrt(w[j]);
      double[] column = scaledColumns[j];
      for (int i = 0; i < m; i++) {
        column[i] = a[i][j] * root;
      }
    }
    NormalEquations.addLowerGram(scaledColumns, n, m, k);
    double largest = 0;
    for (int i = 0; i < m; i++) {
      k[i][i] += 1 / (x[i] * x[i]);
      for (int l = 0; l < i; l++) {
        k[l][i] = k[i][l];
      }
      double[] ai = a[i];
      double q = 0;
      for (int j = 0; j < n; j++) {
        q += ai[j] * w[j];
      }
      k[i][m] = -q;
      k[m][i] = -q;
      k[i][m + 1] = 1;
      k[m + 1][i] = 1;
      largest = Math.max(largest, k[i][i]);
    }
    double q = 0;
    for (double wj : w) {
      q += wj;
    }
    k[m][m] = q;
    largest = Math.max(largest, q);
    double[] rhs = Arrays.copyOf(gradient(a, x, s, t), m + 2);
    double[] d = DenseLinearAlgebra.solve(copy(k), rhs.clone(), 0);
    if (d == null) {
      for (int i = 0; i <= m; i++) {
        k[i][i] += 1e-12 * largest;
      }
      d = DenseLinearAlgebra.solve(k, rhs, 0);
    }
    return d;
  }

  private static double[][] copy(double[][] k) {
    double[][] c = new double[k.length][];
    for (int i = 0; i < k.length; i++) {
      c[i] = k[i].clone();
    }
    return c;
  }

  private static double barrier(double[][] a, double[] x, double v, double t) {
    double f = t * v;
    for (double xi : x) {
      if (!(xi > 0)) {
        return Double.NEGATIVE_INFINITY;
      }
      f += Math.log(xi);
    }
    for (double sj : slacks(a, x, v)) {
      if (!(sj > 0)) {
        return Double.NEGATIVE_INFINITY;
      }
      f += Math.log(sj);
    }
    return f;
  }
}
