package org.psro4j.solvers;

import java.util.Arrays;
import java.util.Set;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;

/**
 * Fictitious play (Brown 1951; Robinson 1951) as Pipeline PSRO's reference implementation uses it
 * for its meta-strategies (McAleer et al. 2020, {@code metanash.py}): from uniform marginals, every
 * player in turn adds a best response (lowest index on ties) to the others' running averages, for
 * {@code iterations} rounds; the averages are then mixed with the uniform distribution by {@code
 * uniform_mix} and probabilities at most 1e-4 are rounded to zero. Defaults are the reference's:
 * 20,000 iterations, uniform mix 0.1 (use {@code uniform_mix=0} for plain fictitious play). The
 * averages converge to a Nash equilibrium in two-player zero-sum games. Cost per iteration O(n·N)
 * for N joint profiles.
 */
public final class FictitiousPlay implements MetaSolver {

  /** The option keys this solver accepts. */
  public static final Set<String> OPTIONS = Set.of("iterations", "uniform_mix");

  private static final double ROUND_TO_ZERO = 1e-4;

  private final int iterations;
  private final double uniformMix;

  /** Fictitious play with the reference's settings. */
  public FictitiousPlay() {
    this(20_000, 0.1);
  }

  /** Fictitious play for {@code iterations} rounds, mixed with uniform by {@code uniformMix}. */
  public FictitiousPlay(int iterations, double uniformMix) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive, got " + iterations);
    }
    if (!(uniformMix >= 0 && uniformMix <= 1)) {
      throw new IllegalArgumentException("uniform_mix must be in [0, 1], got " + uniformMix);
    }
    this.iterations = iterations;
    this.uniformMix = uniformMix;
  }

  /** Fictitious play from string options: {@code iterations}, {@code uniform_mix}. */
  public static FictitiousPlay fromOptions(SolverOptions options) {
    options.requireOnly("fp", OPTIONS);
    return new FictitiousPlay(
        options.getInt("iterations", 20_000), options.getDouble("uniform_mix", 0.1));
  }

  @Override
  public String name() {
    return "fp";
  }

  @Override
  public java.util.Map<String, Object> settings() {
    return java.util.Map.of("iterations", iterations, "uniform_mix", uniformMix);
  }

  @Override
  public MetaStrategy solve(EmpiricalGame game) {
    EmpiricalGame g = GameChecks.complete(game);
    int players = g.players();
    double[][] tables = new double[players][];
    double[][] counts = new double[players][];
    double[][] average = new double[players][];
    double[][] u = new double[players][];
    for (int p = 0; p < players; p++) {
      tables[p] = g.payoffTable(p);
      counts[p] = new double[g.size(p)];
      Arrays.fill(counts[p], 1.0 / g.size(p));
      average[p] = counts[p].clone();
      u[p] = new double[g.size(p)];
    }
    StrategyValues values = new StrategyValues(g, tables);
    for (int it = 1; it <= iterations; it++) {
      values.compute(average, u);
      for (int p = 0; p < players; p++) {
        int best = 0;
        for (int s = 1; s < u[p].length; s++) {
          if (u[p][s] > u[p][best]) {
            best = s;
          }
        }
        counts[p][best] += 1;
      }
      for (int p = 0; p < players; p++) {
        for (int s = 0; s < counts[p].length; s++) {
          average[p][s] = counts[p][s] / (it + 1);
        }
      }
    }
    double[][] out = new double[players][];
    for (int p = 0; p < players; p++) {
      int k = average[p].length;
      out[p] = new double[k];
      double sum = 0;
      for (int s = 0; s < k; s++) {
        double v = uniformMix / k + (1 - uniformMix) * average[p][s];
        out[p][s] = v <= ROUND_TO_ZERO ? 0 : v;
        sum += out[p][s];
      }
      for (int s = 0; s < k; s++) {
        out[p][s] /= sum;
      }
    }
    return MetaStrategy.ofMarginals(name(), g, out);
  }
}
