package org.psro4j.solvers;

import java.util.ArrayList;
import java.util.List;

/**
 * Primal active-set method for min ½‖σ‖² subject to Aσ ≤ b, σ ≥ 0, Σσ = 1 (Nocedal and Wright,
 * "Numerical Optimization", §16.5), the finite and degeneracy-proof stage behind {@link
 * MaxGiniDual}'s Newton method. The working set (rows held at equality, coordinates held at 0) is
 * kept linearly independent, so every equality-constrained subproblem, a least-norm point of an
 * affine subspace ({@link MinimumNormSolver}), has unique multipliers; a constraint with a negative
 * multiplier leaves the set, a blocking one joins it. Ties go to the lowest index after a step of
 * length zero (Bland's rule against cycling at degenerate vertices). Each iteration costs
 * O(|F|·|J|²) for F free coordinates and J working rows; the number of iterations grows with the
 * size of the optimal support.
 */
final class MaxGiniActiveSet {

  private static final double STATIONARY = 1e-10;
  private static final double MULTIPLIER_TOLERANCE = 1e-12;
  private static final double RANK_TOLERANCE = 1e-11;

  private final ConstraintMatrix a;
  private final double[] b;

  /** Iterations used by the last solve. */
  int iterations;

  private int addedRow = -1;

  MaxGiniActiveSet(ConstraintMatrix a, double[] b) {
    this.a = a;
    this.b = b;
  }

  /**
   * The minimiser from a point {@code start} of the polytope (feasible up to round-off), or null if
   * {@code maxIterations} were not enough or a subproblem turned out singular.
   */
  double[] solve(double[] start, int maxIterations) {
    double[] x = start.clone();
    List<Integer> free = new ArrayList<>();
    for (int c = 0; c < a.columns; c++) {
      if (x[c] > 0) {
        free.add(c);
      }
    }
    List<Integer> working = new ArrayList<>();
    boolean degenerate = false;
    int lastAdded = -1;
    for (iterations = 0; iterations < maxIterations; iterations++) {
      MinimumNormSolver.Solution eqp = leastNorm(free, working);
      if (eqp.residual() > 1e-9 || eqp.rank() < working.size() + 1) {
        return null;
      }
      double[] y = new double[a.columns];
      for (int t = 0; t < free.size(); t++) {
        y[free.get(t)] = eqp.x()[t];
      }
      double[] p = new double[a.columns];
      double step = 0;
      for (int c : free) {
        p[c] = y[c] - x[c];
        step = Math.max(step, Math.abs(p[c]));
      }
      if (step <= STATIONARY) {
        x = y;
        if (!release(eqp.multipliers(), free, working, degenerate)) {
          return x;
        }
        degenerate = false;
        continue;
      }
      int before = working.size();
      degenerate = blockAndMove(x, p, free, working);
      lastAdded = working.size() > before ? addedRow : -1;
    }
    return null;
  }

  /**
   * Drops a working constraint with a negative multiplier (rows λ = −w_J, coordinates ν_c =
   * (A_Jᵀλ)_c − μ): the most negative, or the lowest-indexed one (rows first) when {@code bland};
   * false when none is negative, i.e. x is optimal.
   */
  private boolean release(double[] w, List<Integer> free, List<Integer> working, boolean bland) {
    int rows = working.size();
    double[] lambda = new double[a.rows];
    int dropRow = -1;
    double worst = -MULTIPLIER_TOLERANCE;
    for (int t = 0; t < rows; t++) {
      lambda[working.get(t)] = -w[t];
      if (-w[t] < worst && !(bland && dropRow >= 0)) {
        worst = -w[t];
        dropRow = t;
      }
    }
    int freeColumn = -1;
    if (!(bland && dropRow >= 0)) {
      double[] atl = a.transposeTimes(lambda);
      boolean[] isFree = new boolean[a.columns];
      for (int c : free) {
        isFree[c] = true;
      }
      for (int c = 0; c < a.columns; c++) {
        double nu = atl[c] - w[rows];
        if (!isFree[c] && nu < worst) {
          worst = nu;
          freeColumn = c;
          if (bland) {
            break;
          }
        }
      }
    }
    if (freeColumn >= 0) {
      int at = 0;
      while (at < free.size() && free.get(at) < freeColumn) {
        at++;
      }
      free.add(at, freeColumn);
      return true;
    }
    if (dropRow >= 0) {
      working.remove(dropRow);
      return true;
    }
    return false;
  }

  /** Moves x along p as far as feasible (≤ 1); adds the blocking constraint; true if step 0. */
  private boolean blockAndMove(double[] x, double[] p, List<Integer> free, List<Integer> working) {
    double[] ax = a.times(x);
    double[] ap = a.times(p);
    boolean[] inWorking = new boolean[a.rows];
    for (int i : working) {
      inWorking[i] = true;
    }
    double length = 0;
    for (int c : free) {
      length = Math.max(length, Math.abs(p[c]));
    }
    double alpha = 1;
    int blockingRow = -1;
    int blockingColumn = -1;
    for (int i = 0; i < a.rows; i++) {
      if (!inWorking[i] && ap[i] > 1e-9 * length) {
        double t = Math.max(0, b[i] - ax[i]) / ap[i];
        if (t < alpha) {
          alpha = t;
          blockingRow = i;
        }
      }
    }
    for (int c : free) {
      if (p[c] < -1e-9 * length) {
        double t = Math.max(0, x[c]) / -p[c];
        if (t < alpha) {
          alpha = t;
          blockingColumn = c;
          blockingRow = -1;
        }
      }
    }
    for (int c : free) {
      x[c] += alpha * p[c];
    }
    if (blockingColumn >= 0) {
      x[blockingColumn] = 0;
      free.remove(Integer.valueOf(blockingColumn));
    } else if (blockingRow >= 0) {
      int at = 0;
      while (at < working.size() && working.get(at) < blockingRow) {
        at++;
      }
      working.add(at, blockingRow);
      addedRow = blockingRow;
    }
    return alpha == 0;
  }

  private MinimumNormSolver.Solution leastNorm(List<Integer> free, List<Integer> working) {
    int[] position = new int[a.rows];
    java.util.Arrays.fill(position, -1);
    for (int t = 0; t < working.size(); t++) {
      position[working.get(t)] = t;
    }
    int j = working.size();
    int n = free.size();
    double[][] system = new double[j + 1][n];
    double[] rhs = new double[j + 1];
    double[] column = new double[j];
    for (int t = 0; t < n; t++) {
      a.column(free.get(t), position, column);
      for (int x = 0; x < j; x++) {
        system[x][t] = column[x];
      }
      system[j][t] = 1;
    }
    for (int t = 0; t < j; t++) {
      rhs[t] = b[working.get(t)];
    }
    rhs[j] = 1;
    return MinimumNormSolver.solve(system, rhs, RANK_TOLERANCE);
  }
}
