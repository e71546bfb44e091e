package org.psro4j.solvers;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.GapKind;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaSolverException;
import org.psro4j.metagame.MetaStrategy;

/**
 * Joint meta-strategies of JPSRO (Marris et al. 2021, "Multi-Agent Training beyond Zero-Sum with
 * Correlated Equilibrium Meta-Solvers"): a correlated (CE, Aumann 1974) or coarse correlated (CCE,
 * Moulin and Vial 1978) equilibrium of the meta-game chosen by an objective, OpenSpiel's {@code
 * mwcce}, {@code mgcce}, {@code mecce} (and CE counterparts).
 *
 * <ul>
 *   <li>Max welfare: the LP max Σ_a σ_a Σ_p u_p(a) over the polytope (ojAlgo simplex); on a
 *       two-player constant-sum game, where the welfare is the same everywhere, a Nash product.
 *   <li>Max Gini: min Σσ², the unique least-norm point; by the dual method of {@link MaxGiniDual}
 *       (size = number of deviation constraints) finished by an exact least-norm solve on the
 *       optimal face ({@link MaxGiniFace}), restarted from the multipliers of an interior-point
 *       method ({@link MaxGiniInteriorPoint}) when Newton from zero does not verify within 20
 *       steps, with the primal active-set method {@link MaxGiniActiveSet} as the last resort; if
 *       none verifies, a {@link MetaSolverException}.
 *   <li>Max entropy: by projected Newton on the smooth convex dual ({@link MaxEntropyDual}).
 * </ul>
 *
 * <p>The polytope is {σ ∈ Δ : every deviation gain ≤ ε}, ε = {@code epsilon} (payoff units, default
 * 0). With {@code min_epsilon} the solver first finds by LP the smallest ε* for which the polytope
 * is non-empty (it can be negative: a strict equilibrium) and optimises the objective at ε* (plus
 * 1e−10 of the payoff scale for the LP and QP, 1e−7 for max entropy, whose dual needs an interior).
 * This is the remedy when sampled payoffs make the exact polytope empty for a relaxed requirement.
 * The result reports its CCE or CE gap. Warm starts are off by default, so a solve is a pure
 * function of the game (a resumed run re-solves to the same meta-strategy); the max-Gini result is
 * read off its optimal face and so does not depend on the starting multipliers either.
 */
public final class CorrelatedEquilibriumSolver implements MetaSolver {

  /** The option keys this solver accepts. */
  public static final Set<String> OPTIONS =
      Set.of("epsilon", "min_epsilon", "max_iterations", "warm_start");

  /** Which equilibrium concept. */
  public enum Concept {
    /** Coarse correlated equilibrium: no player gains by ignoring the recommendation. */
    CCE,
    /** Correlated equilibrium: no player gains by any swap of recommendations. */
    CE
  }

  /** Which point of the polytope. */
  public enum Objective {
    /** Maximum total payoff (an LP; ties broken by the simplex). */
    MAX_WELFARE,
    /** Maximum Gini impurity 1 − Σσ² (unique). */
    MAX_GINI,
    /** Maximum Shannon entropy (unique). */
    MAX_ENTROPY
  }

  private final String name;
  private final Concept concept;
  private final Objective objective;
  private final double epsilon;
  private final boolean minEpsilon;
  private final int maxIterations;
  private final boolean warmStart;
  private final Map<String, Double> previousMultipliers = new HashMap<>();
  private String lastMethod = "";

  private CorrelatedEquilibriumSolver(Builder b) {
    this.name = b.name;
    this.concept = b.concept;
    this.objective = b.objective;
    this.epsilon = b.epsilon;
    this.minEpsilon = b.minEpsilon;
    this.maxIterations = b.maxIterations;
    this.warmStart = b.warmStart;
  }

  /** A builder; concept and objective are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A solver registered as {@code name} from string options: {@code epsilon}, {@code min_epsilon},
   * {@code max_iterations}, {@code warm_start}.
   */
  public static CorrelatedEquilibriumSolver fromOptions(
      String name, Concept concept, Objective objective, SolverOptions options) {
    options.requireOnly(name, OPTIONS);
    return builder()
        .setConcept(concept)
        .setObjective(objective)
        .optName(name)
        .optEpsilon(options.getDouble("epsilon", 0))
        .optMinEpsilon(options.getBoolean("min_epsilon", false))
        .optMaxIterations(options.getInt("max_iterations", defaultIterations(objective)))
        .optWarmStart(options.getBoolean("warm_start", false))
        .build();
  }

  private static int defaultIterations(Objective objective) {
    return objective == Objective.MAX_ENTROPY ? 500 : 300;
  }

  @Override
  public GapKind solutionConcept() {
    return concept == Concept.CE ? GapKind.CE_GAP : GapKind.CCE_GAP;
  }

  @Override
  public Map<String, Object> settings() {
    return Map.of(
        "concept",
        concept.name().toLowerCase(java.util.Locale.ROOT),
        "objective",
        objective.name().toLowerCase(java.util.Locale.ROOT),
        "epsilon",
        epsilon,
        "min_epsilon",
        minEpsilon,
        "max_iterations",
        maxIterations,
        "warm_start",
        warmStart);
  }

  @Override
  public String name() {
    return name;
  }

  /** The concept solved for. */
  public Concept concept() {
    return concept;
  }

  /** The objective optimised. */
  public Objective objective() {
    return objective;
  }

  @Override
  public MetaStrategy solve(EmpiricalGame game) {
    EmpiricalGame g = GameChecks.complete(game);
    DeviationConstraints a = new DeviationConstraints(g, concept == Concept.CE);
    double bound = epsilon / a.scale();
    if (minEpsilon) {
      bound =
          CorrelatedPrograms.minimumEpsilon(a)
              + (objective == Objective.MAX_ENTROPY ? 1e-7 : 1e-10);
    }
    double[] b = new double[a.rows];
    Arrays.fill(b, bound);
    double[] sigma =
        switch (objective) {
          case MAX_WELFARE -> {
            double[] product = constantSumProduct(g, a, bound);
            if (product != null) {
              yield product;
            }
            lastMethod = "lp";
            yield CorrelatedPrograms.maxWelfare(a, b);
          }
          case MAX_GINI -> {
            double[] product = zeroSumProduct(g, a, bound);
            yield product != null ? product : maxGini(a, b);
          }
          case MAX_ENTROPY -> {
            double[] product = zeroSumProduct(g, a, bound);
            yield product != null ? product : maxEntropy(a, b);
          }
        };
    MetaStrategy answer =
        MetaStrategy.ofJoint(
            name, g, sigma, concept == Concept.CE ? GapKind.CE_GAP : GapKind.CCE_GAP);
    double limit = gapLimit(g, bound) * a.scale();
    if (!(answer.gap() <= limit)) {
      throw new MetaSolverException(
          name
              + ": the "
              + lastMethod()
              + " answer has "
              + answer.gapKind()
              + " "
              + answer.gap()
              + " above the "
              + limit
              + " its constraints allow on "
              + a.columns
              + " profiles (numerical failure of the solve); try another "
              + (concept == Concept.CE ? "CE" : "CCE")
              + " solver or min_epsilon=true");
    }
    return answer;
  }

  /**
   * The largest gap (scaled units) the answer may have: each deviation constraint is held to the
   * bound plus rounding (1e−9; 1e−6 for max-entropy, whose Newton iteration stops at that
   * violation), and the gap adds one constraint per player for a CCE, one per own strategy for a
   * CE.
   */
  private double gapLimit(EmpiricalGame g, double bound) {
    double perRow = Math.max(bound, 0) + (objective == Objective.MAX_ENTROPY ? 1e-6 : 1e-9);
    int rows = 0;
    for (int p = 0; p < g.players(); p++) {
      rows += concept == Concept.CE ? g.size(p) : 1;
    }
    return rows * perRow;
  }

  /**
   * How the last solve ran: "lp", "constant-sum nash product" (max welfare), "dual", "dual,
   * interior point + newton", "dual, active set" (each possibly "(warm start)"), "newton" or
   * "zero-sum product" (the CE of a two-player constant-sum game with a unique Nash equilibrium,
   * {@link ZeroSumCorrelated}).
   */
  public synchronized String lastMethod() {
    return lastMethod;
  }

  /** The CE polytope's only point when it is one (see {@link ZeroSumCorrelated}), else null. */
  private synchronized double[] zeroSumProduct(
      EmpiricalGame g, DeviationConstraints a, double bound) {
    if (concept != Concept.CE || bound != 0) {
      return null;
    }
    double[] product = ZeroSumCorrelated.uniqueEquilibrium(g, a, MaxGiniFace.EXACT_TOLERANCE);
    if (product != null) {
      lastMethod = "zero-sum product";
    }
    return product;
  }

  /**
   * A Nash product of a two-player constant-sum game, a max-welfare (C)CE there (see {@link
   * ZeroSumCorrelated#anyEquilibrium}); null for other games or a negative bound.
   */
  private synchronized double[] constantSumProduct(
      EmpiricalGame g, DeviationConstraints a, double bound) {
    if (bound < 0) {
      return null;
    }
    double[] product = ZeroSumCorrelated.anyEquilibrium(g, a, bound + MaxGiniFace.EXACT_TOLERANCE);
    if (product != null) {
      lastMethod = "constant-sum nash product";
    }
    return product;
  }

  private synchronized double[] maxGini(DeviationConstraints a, double[] b) {
    double[] start = warmStart ? startingMultipliers(a) : null;
    MaxGiniDual dual = new MaxGiniDual(a, b);
    double[] dualSigma = dual.solve(start, maxIterations);
    if (dualSigma != null) {
      lastMethod =
          (dual.route.equals("newton") ? "dual" : "dual, " + dual.route)
              + (start != null ? " (warm start)" : "");
      remember(a, dual.lambda);
      return dualSigma;
    }
    throw new MetaSolverException(
        name
            + ": the max-Gini programme on "
            + a.columns
            + " profiles and "
            + a.rows
            + " deviation constraints did not reach a verified optimum ("
            + maxIterations
            + " Newton steps with an interior-point restart, then the active-set method); raise"
            + " max_iterations, or use the"
            + " max-welfare solver or min_epsilon=true");
  }

  private synchronized double[] maxEntropy(DeviationConstraints a, double[] b) {
    double[] start = warmStart ? startingMultipliers(a) : null;
    MaxEntropyDual dual = new MaxEntropyDual(a, b);
    double[] sigma = dual.solve(start, maxIterations);
    if (dual.violation > 1e-6) {
      throw new MetaSolverException(
          name
              + ": max-entropy Newton stopped after "
              + maxIterations
              + " iterations with a"
              + " constraint violated by "
              + dual.violation * a.scale()
              + "; raise max_iterations"
              + " or use the max-Gini solver");
    }
    lastMethod = "newton";
    remember(a, dual.lambda);
    return sigma;
  }

  /** Previous multipliers mapped onto this game's constraints by key; null when there are none. */
  private double[] startingMultipliers(DeviationConstraints a) {
    if (previousMultipliers.isEmpty()) {
      return null;
    }
    double[] start = new double[a.rows];
    for (int i = 0; i < a.rows; i++) {
      start[i] = previousMultipliers.getOrDefault(a.rowKeys[i], 0.0);
    }
    return start;
  }

  private void remember(DeviationConstraints a, double[] lambda) {
    if (!warmStart || lambda == null) {
      return;
    }
    previousMultipliers.clear();
    for (int i = 0; i < a.rows; i++) {
      if (lambda[i] > 0) {
        previousMultipliers.put(a.rowKeys[i], lambda[i]);
      }
    }
  }

  /** Builder: {@code setConcept} and {@code setObjective} are required. */
  public static final class Builder {
    private String name;
    private Concept concept;
    private Objective objective;
    private double epsilon;
    private boolean minEpsilon;
    private int maxIterations = -1;
    private boolean warmStart;

    private Builder() {}

    /** CCE or CE. */
    public Builder setConcept(Concept concept) {
      this.concept = Objects.requireNonNull(concept, "concept");
      return this;
    }

    /** Welfare, Gini or entropy. */
    public Builder setObjective(Objective objective) {
      this.objective = Objects.requireNonNull(objective, "objective");
      return this;
    }

    /** The registry name reported in results (default e.g. "mgcce"). */
    public Builder optName(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** The allowed deviation gain in payoff units (default 0). */
    public Builder optEpsilon(double epsilon) {
      if (!Double.isFinite(epsilon)) {
        throw new IllegalArgumentException("epsilon must be finite, got " + epsilon);
      }
      this.epsilon = epsilon;
      return this;
    }

    /** Whether to use the smallest feasible epsilon instead (default false). */
    public Builder optMinEpsilon(boolean minEpsilon) {
      this.minEpsilon = minEpsilon;
      return this;
    }

    /**
     * Iteration budget of the dual method (Newton steps; default 300 for Gini, 500 for entropy).
     */
    public Builder optMaxIterations(int maxIterations) {
      if (maxIterations < 1) {
        throw new IllegalArgumentException("max_iterations must be positive, got " + maxIterations);
      }
      this.maxIterations = maxIterations;
      return this;
    }

    /**
     * Whether to start the dual from the previous solve's multipliers (default false, so that the
     * solver is a pure function of the game: a resumed run re-solves to the same bits).
     */
    public Builder optWarmStart(boolean warmStart) {
      this.warmStart = warmStart;
      return this;
    }

    /** Builds the solver. */
    public CorrelatedEquilibriumSolver build() {
      if (concept == null || objective == null) {
        throw new IllegalArgumentException("a correlated solver needs a concept and an objective");
      }
      if (maxIterations < 0) {
        maxIterations = defaultIterations(objective);
      }
      if (name == null) {
        name =
            switch (objective) {
                  case MAX_WELFARE -> "mw";
                  case MAX_GINI -> "mg";
                  case MAX_ENTROPY -> "me";
                }
                + concept.name().toLowerCase(java.util.Locale.ROOT);
      }
      return new CorrelatedEquilibriumSolver(this);
    }
  }
}
