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
 * O(n·N) for N joint profiles (two players: two matrix–vector products, see {@link
 * StrategyValues}).
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
    StrategyValues values = new StrategyValues(g, tables);
    for (int it = 0; it < iterations; it++) {
      values.compute(x, u);
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
}
