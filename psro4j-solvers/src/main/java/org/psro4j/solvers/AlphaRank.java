package org.psro4j.solvers;

import java.util.Set;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaGameGaps;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaSolverException;
import org.psro4j.metagame.MetaStrategy;

/**
 * alpha-Rank (Omidshafiei et al. 2019, "α-Rank: Multi-Agent Evaluation by Evolution", Sci. Rep.
 * 9:9937): the stationary distribution of the Markov chain over monomorphic populations in which a
 * single mutant fixates with the Fermi-process probability of a Moran process of size m and
 * selection intensity α.
 *
 * <ul>
 *   <li>Single population (symmetric two-player games, the default for them): states are
 *       strategies; the fixation probability of mutant r in a population of s uses the finite
 *       population fitnesses f_r(i) = ((i−1)·u(r,r) + (m−i)·u(r,s))/(m−1) and f_s(i) =
 *       ((m−i−1)·u(s,s) + i·u(s,r))/(m−1) ("no local selection"): ρ = 1 / (1 + Σ_{l=1}^{m−1}
 *       Π_{i=1}^{l} e^{−α(f_r(i) − f_s(i))}), evaluated in log space so that large α does not
 *       overflow.
 *   <li>Multi-population (any game): states are joint profiles, a mutation changes one player's
 *       strategy, ρ = (1 − e^{−u}) / (1 − e^{−m·u}) with u = α·(payoff after − payoff before) of
 *       the mutating player, 1/m when u is 0.
 *   <li>Infinite α ({@code alpha=inf}): a better mutant fixates with probability 1 − ε, a worse one
 *       with ε, a tie with 1/2 (the ε-perturbed limit of the paper, default ε = 0.01).
 * </ul>
 *
 * <p>Transition rates are ρ/(number of possible mutations); the stationary distribution π solves πC
 * = π, Σπ = 1 as one dense linear system (Gaussian elimination, O(S³) for S states, at most 4,000
 * states), not by power iteration. The {@link MetaStrategy} holds π's marginals (for a single
 * population π itself for both players) with their NashConv; {@link #stationaryDistribution} gives
 * π over the chain's states.
 */
public final class AlphaRank implements MetaSolver {

  /** The option keys this solver accepts. */
  public static final Set<String> OPTIONS = Set.of("alpha", "m", "epsilon", "population");

  private static final int MAX_STATES = 4_000;

  /** Which chain to build. */
  public enum Population {
    /** Single population for symmetric two-player games, multi-population otherwise. */
    AUTO,
    /** One population; requires a symmetric two-player game. */
    SINGLE,
    /** One population per player. */
    MULTI
  }

  private final double alpha;
  private final int m;
  private final double epsilon;
  private final Population population;

  /** alpha-Rank with α = 100, m = 50, ε = 0.01 and automatic population choice. */
  public AlphaRank() {
    this(100, 50, 0.01, Population.AUTO);
  }

  /**
   * alpha-Rank with selection intensity {@code alpha} (positive, or infinity for the ε-limit),
   * population size {@code m} ≥ 2, the infinite-α noise {@code epsilon} in (0, 0.5).
   */
  public AlphaRank(double alpha, int m, double epsilon, Population population) {
    if (!(alpha > 0)) {
      throw new IllegalArgumentException("alpha must be positive (or inf), got " + alpha);
    }
    if (m < 2) {
      throw new IllegalArgumentException("population size m must be at least 2, got " + m);
    }
    if (!(epsilon > 0 && epsilon < 0.5)) {
      throw new IllegalArgumentException("epsilon must be in (0, 0.5), got " + epsilon);
    }
    this.alpha = alpha;
    this.m = m;
    this.epsilon = epsilon;
    this.population = java.util.Objects.requireNonNull(population, "population");
  }

  /**
   * alpha-Rank from string options: {@code alpha} (a number or {@code inf}), {@code m}, {@code
   * epsilon}, {@code population} (auto, single, multi).
   */
  public static AlphaRank fromOptions(SolverOptions options) {
    options.requireOnly("alpharank", OPTIONS);
    String alphaText = options.getString("alpha", "100");
    double alpha =
        alphaText.equalsIgnoreCase("inf")
            ? Double.POSITIVE_INFINITY
            : options.getDouble("alpha", 100);
    String pop = options.getString("population", "auto");
    Population population;
    try {
      population = Population.valueOf(pop.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "solver option population=" + pop + " must be auto, single or multi");
    }
    return new AlphaRank(
        alpha, options.getInt("m", 50), options.getDouble("epsilon", 0.01), population);
  }

  @Override
  public java.util.Map<String, Object> settings() {
    return java.util.Map.of(
        "alpha",
        Double.isInfinite(alpha) ? "inf" : alpha,
        "m",
        m,
        "epsilon",
        epsilon,
        "population",
        population.name().toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public String name() {
    return "alpharank";
  }

  @Override
  public MetaStrategy solve(EmpiricalGame game) {
    EmpiricalGame g = GameChecks.complete(game);
    double[] pi = stationaryDistribution(g);
    double[][] marginals =
        usesSinglePopulation(g) ? new double[][] {pi, pi} : MetaGameGaps.marginalsOf(g, pi);
    return MetaStrategy.ofMarginals(name(), g, marginals);
  }

  /** Whether {@code game} is ranked as one population (else one population per player). */
  public boolean usesSinglePopulation(EmpiricalGame game) {
    return switch (population) {
      case MULTI -> false;
      case AUTO -> GameChecks.isSymmetric(game);
      case SINGLE -> {
        if (!GameChecks.isSymmetric(game)) {
          throw new IllegalArgumentException(
              "single-population alpha-Rank needs a symmetric two-player game (u_1(i,j) = u_0(j,i))");
        }
        yield true;
      }
    };
  }

  /**
   * The stationary distribution of the response-graph chain: over strategies for a single
   * population, over joint profiles in flat order otherwise.
   */
  public double[] stationaryDistribution(EmpiricalGame game) {
    EmpiricalGame g = GameChecks.complete(game);
    double[][] transitions = usesSinglePopulation(g) ? singlePopulation(g) : multiPopulation(g);
    return stationary(transitions);
  }

  private double[][] singlePopulation(EmpiricalGame g) {
    int k = g.size(0);
    double[][] c = new double[k][k];
    double eta = k > 1 ? 1.0 / (k - 1) : 0;
    for (int s = 0; s < k; s++) {
      double stay = 1;
      for (int r = 0; r < k; r++) {
        if (r != s) {
          double rho =
              Double.isInfinite(alpha)
                  ? limitFixation(g.payoff(0, r * k + s), g.payoff(0, s * k + r))
                  : singlePopulationFixation(g, k, r, s);
          c[s][r] = eta * rho;
          stay -= c[s][r];
        }
      }
      c[s][s] = stay;
    }
    return c;
  }

  private double singlePopulationFixation(EmpiricalGame g, int k, int r, int s) {
    double rr = g.payoff(0, r * k + r);
    double rs = g.payoff(0, r * k + s);
    double ss = g.payoff(0, s * k + s);
    double sr = g.payoff(0, s * k + r);
    double[] logTerms = new double[m];
    double exponent = 0;
    double maxLog = 0;
    for (int l = 1; l < m; l++) {
      double fr = ((l - 1) * rr + (m - l) * rs) / (m - 1);
      double fs = ((m - l - 1) * ss + l * sr) / (m - 1);
      exponent += -alpha * (fr - fs);
      logTerms[l] = exponent;
      maxLog = Math.max(maxLog, exponent);
    }
    double total = Math.exp(-maxLog);
    for (int l = 1; l < m; l++) {
      total += Math.exp(logTerms[l] - maxLog);
    }
    return Math.exp(-maxLog) / total;
  }

  private double[][] multiPopulation(EmpiricalGame g) {
    int states = g.jointSize();
    if (states > MAX_STATES) {
      throw new IllegalArgumentException(
          "multi-population alpha-Rank builds a dense chain over "
              + states
              + " joint profiles;"
              + " at most "
              + MAX_STATES
              + " are supported (use cce, ce or prd)");
    }
    int mutations = 0;
    for (int p = 0; p < g.players(); p++) {
      mutations += g.size(p) - 1;
    }
    double eta = mutations > 0 ? 1.0 / mutations : 0;
    double[][] c = new double[states][states];
    for (int s = 0; s < states; s++) {
      double stay = 1;
      for (int p = 0; p < g.players(); p++) {
        int stride = g.stride(p);
        int base = s - g.strategyAt(s, p) * stride;
        for (int t = 0; t < g.size(p); t++) {
          int r = base + t * stride;
          if (r == s) {
            continue;
          }
          double before = g.payoff(p, s);
          double after = g.payoff(p, r);
          double rho =
              Double.isInfinite(alpha)
                  ? limitFixation(after, before)
                  : fermiFixation(alpha * (after - before));
          c[s][r] = eta * rho;
          stay -= c[s][r];
        }
      }
      c[s][s] = stay;
    }
    return c;
  }

  /** (1 − e^{−u}) / (1 − e^{−m·u}), stable for large |u|. */
  private double fermiFixation(double u) {
    if (Math.abs(u) < 1e-14) {
      return 1.0 / m;
    }
    if (u > 0) {
      return Math.expm1(-u) / Math.expm1(-m * u);
    }
    return Math.exp((m - 1) * u) * Math.expm1(u) / Math.expm1(m * u);
  }

  private double limitFixation(double mutantPayoff, double residentPayoff) {
    if (Math.abs(mutantPayoff - residentPayoff) <= 1e-14) {
      return 0.5;
    }
    return mutantPayoff > residentPayoff ? 1 - epsilon : epsilon;
  }

  /** π with πC = π and Σπ = 1: (Cᵀ − I)π = 0 with the last equation replaced by the sum. */
  static double[] stationary(double[][] c) {
    int n = c.length;
    double[][] a = new double[n][n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = c[j][i] - (i == j ? 1 : 0);
      }
    }
    java.util.Arrays.fill(a[n - 1], 1);
    b[n - 1] = 1;
    double[] pi = DenseLinearAlgebra.solve(a, b, 1e-15);
    if (pi == null) {
      throw new MetaSolverException(
          "alpha-Rank's Markov chain is numerically reducible (several stationary"
              + " distributions): alpha times the payoff differences is too large for doubles;"
              + " alpha is in payoff units, so use a smaller alpha or alpha=inf (the epsilon limit)");
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      pi[i] = Math.max(0, pi[i]);
      sum += pi[i];
    }
    for (int i = 0; i < n; i++) {
      pi[i] /= sum;
    }
    return pi;
  }
}
