package org.psro4j.solvers;

import java.util.Arrays;
import java.util.Set;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;

/**
 * Projected replicator dynamics (Lanctot et al. 2017, "A Unified Game-Theoretic Approach to
 * Multiagent Reinforcement Learning", Appendix A), for any number of players.
 *
 * <p>From uniform marginals, every player steps simultaneously x ← x + dt·x∘(u − x·u), where u is
 * the payoff of each of its strategies against the others' current marginals, then x is projected
 * exactly (in the Euclidean norm) onto {x ≥ γ, Σx = 1}. The result is the average of the iterates
 * after each step, OpenSpiel's default. Defaults are OpenSpiel's: 100,000 iterations, dt = 1e−3, γ
 * = 1e−6. Payoffs are divided by their largest magnitude first, so dt means the same for games in
 * any unit (OpenSpiel's meta-games are in [−1, 1], where this changes nothing). Cost per iteration
 * O(n·N) for N joint profiles (two players: two matrix–vector products).
 */
public final class ProjectedReplicatorDynamics implements MetaSolver {

  /** The option keys this solver accepts. */
  public static final Set<String> OPTIONS = Set.of("iterations", "dt", "gamma");

  private final int iterations;
  private final double dt;
  private final double gamma;

  /** PRD with OpenSpiel's defaults. */
  public ProjectedReplicatorDynamics() {
    this(100_000, 1e-3, 1e-6);
  }

  /** PRD with the given number of iterations, step size and exploration floor γ. */
  public ProjectedReplicatorDynamics(int iterations, double dt, double gamma) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive, got " + iterations);
    }
    if (!(dt > 0)) {
      throw new IllegalArgumentException("dt must be positive, got " + dt);
    }
    if (!(gamma >= 0 && gamma < 1)) {
      throw new IllegalArgumentException("gamma must be in [0, 1), got " + gamma);
    }
    this.iterations = iterations;
    this.dt = dt;
    this.gamma = gamma;
  }

  /** PRD from string options: {@code iterations}, {@code dt}, {@code gamma}. */
  public static ProjectedReplicatorDynamics fromOptions(SolverOptions options) {
    options.requireOnly("prd", OPTIONS);
    return new ProjectedReplicatorDynamics(
        options.getInt("iterations", 100_000),
        options.getDouble("dt", 1e-3),
        options.getDouble("gamma", 1e-6));
  }

  @Override
  public java.util.Map<String, Object> settings() {
    return java.util.Map.of("iterations", iterations, "dt", dt, "gamma", gamma);
  }

  @Override
  public String name() {
    return "prd";
  }

  @Override
  public MetaStrategy solve(EmpiricalGame game) {
    EmpiricalGame g = GameChecks.complete(game);
    int players = g.players();
    for (int p = 0; p < players; p++) {
      if (g.size(p) * gamma > 1) {
        throw new IllegalArgumentException(
            "gamma " + gamma + " is too large for player " + p + "'s " + g.size(p) + " strategies");
      }
    }
    // Scale-free step: payoffs are divided by their magnitude so dt means the same for any unit.
    double scale = GameChecks.payoffScale(g);
    double[][] tables = new double[players][];
    for (int p = 0; p < players; p++) {
      tables[p] = g.payoffTable(p);
      for (int i = 0; i < tables[p].length; i++) {
        tables[p][i] /= scale;
      }
    }
    double[][] x = new double[players][];
    double[][] sum = new double[players][];
    double[][] u = new double[players][];
    int[][] order = new int[players][];
    double[] scratch = new double[Arrays.stream(g.sizes()).max().orElse(0)];
    for (int p = 0; p < players; p++) {
      order[p] = java.util.stream.IntStream.range(0, g.size(p)).toArray();
      x[p] = new double[g.size(p)];
      Arrays.fill(x[p], 1.0 / g.size(p));
      sum[p] = new double[g.size(p)];
      u[p] = new double[g.size(p)];
    }
    for (int it = 0; it < iterations; it++) {
      strategyValues(g, tables, x, u);
      for (int p = 0; p < players; p++) {
        double average = 0;
        for (int s = 0; s < x[p].length; s++) {
          average += x[p][s] * u[p][s];
        }
        for (int s = 0; s < x[p].length; s++) {
          x[p][s] += dt * x[p][s] * (u[p][s] - average);
        }
        SimplexProjection.project(x[p], gamma, order[p], scratch);
        for (int s = 0; s < x[p].length; s++) {
          sum[p][s] += x[p][s];
        }
      }
    }
    for (int p = 0; p < players; p++) {
      for (int s = 0; s < sum[p].length; s++) {
        sum[p][s] /= iterations;
      }
    }
    return MetaStrategy.ofMarginals(name(), g, sum);
  }

  /** u[p][s] = payoff of p's strategy s against the others' marginals x (all players at once). */
  static void strategyValues(EmpiricalGame g, double[][] tables, double[][] x, double[][] u) {
    int players = g.players();
    if (players == 2) {
      int rows = x[0].length;
      int columns = x[1].length;
      double[] a = tables[0];
      double[] b = tables[1];
      double[] x0 = x[0];
      double[] x1 = x[1];
      double[] u1 = u[1];
      Arrays.fill(u1, 0);
      int i = 0;
      // Four rows at a time: four independent sums instead of one chain of dependent adds, each
      // row's sum and each column's sum still added in the same order as one row at a time, so the
      // values are bit for bit those of the plain loop below.
      for (; i + 3 < rows; i += 4) {
        double r0 = 0;
        double r1 = 0;
        double r2 = 0;
        double r3 = 0;
        double y0 = x0[i];
        double y1 = x0[i + 1];
        double y2 = x0[i + 2];
        double y3 = x0[i + 3];
        int b0 = i * columns;
        int b1 = b0 + columns;
        int b2 = b1 + columns;
        int b3 = b2 + columns;
        for (int j = 0; j < columns; j++) {
          double xj = x1[j];
          r0 += a[b0 + j] * xj;
          r1 += a[b1 + j] * xj;
          r2 += a[b2 + j] * xj;
          r3 += a[b3 + j] * xj;
          u1[j] = u1[j] + b[b0 + j] * y0 + b[b1 + j] * y1 + b[b2 + j] * y2 + b[b3 + j] * y3;
        }
        u[0][i] = r0;
        u[0][i + 1] = r1;
        u[0][i + 2] = r2;
        u[0][i + 3] = r3;
      }
      for (; i < rows; i++) {
        double rowValue = 0;
        double xi = x0[i];
        int base = i * columns;
        for (int j = 0; j < columns; j++) {
          rowValue += a[base + j] * x1[j];
          u1[j] += b[base + j] * xi;
        }
        u[0][i] = rowValue;
      }
      return;
    }
    for (int p = 0; p < players; p++) {
      Arrays.fill(u[p], 0);
    }
    int[] profile = new int[players];
    double[] prefix = new double[players + 1];
    double[] suffix = new double[players + 1];
    for (int flat = 0; flat < g.jointSize(); flat++) {
      prefix[0] = 1;
      for (int p = 0; p < players; p++) {
        prefix[p + 1] = prefix[p] * x[p][profile[p]];
      }
      suffix[players] = 1;
      for (int p = players - 1; p >= 0; p--) {
        suffix[p] = suffix[p + 1] * x[p][profile[p]];
      }
      for (int p = 0; p < players; p++) {
        u[p][profile[p]] += prefix[p] * suffix[p + 1] * tables[p][flat];
      }
      for (int p = players - 1; p >= 0; p--) {
        if (++profile[p] < x[p].length) {
          break;
        }
        profile[p] = 0;
      }
    }
  }
}
