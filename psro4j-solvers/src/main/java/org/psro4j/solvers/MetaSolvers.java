package org.psro4j.solvers;

import java.util.List;
import java.util.Locale;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.solvers.CorrelatedEquilibriumSolver.Concept;
import org.psro4j.solvers.CorrelatedEquilibriumSolver.Objective;

/**
 * The meta-solver registry, by OpenSpiel's names: uniform, nash, prd, alpharank, rectified (and fp,
 * Pipeline PSRO's fictitious play), and for JPSRO cce/ce (= max Gini), mgcce/mgce (max Gini),
 * mwcce/mwce (max welfare), mecce/mece (max entropy). {@code MetaSolvers.create("prd",
 * SolverOptions.parse("iterations=50000"))}, or in one string as a command line gives it, {@code
 * MetaSolvers.create("prd(iterations=25000,dt=0.004)")} (the game-string form of OpenSpiel).
 */
public final class MetaSolvers {

  private static final List<String> NAMES =
      List.of(
          "uniform",
          "nash",
          "prd",
          "fp",
          "alpharank",
          "rectified",
          "cce",
          "ce",
          "mgcce",
          "mgce",
          "mwcce",
          "mwce",
          "mecce",
          "mece");

  private MetaSolvers() {}

  /** The registered names. */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * A solver from a name with default settings ({@code "prd"}) or a name with options in
   * parentheses ({@code "prd(iterations=25000,dt=0.004)"}); unknown names or options are rejected.
   */
  public static MetaSolver create(String spec) {
    String s = spec == null ? "" : spec.trim();
    int open = s.indexOf('(');
    if (open < 0) {
      return create(s, SolverOptions.none());
    }
    if (!s.endsWith(")")) {
      throw new IllegalArgumentException(
          "solver '" + spec + "' must look like name or name(option=value,...)");
    }
    return create(s.substring(0, open), SolverOptions.parse(s.substring(open + 1, s.length() - 1)));
  }

  /**
   * {@code solver} with a verified fallback (see {@link FallbackSolver}) where one exists: the
   * max-Gini and max-entropy (C)CE solvers fall back to the max-welfare LP of the same concept and
   * the same epsilon, named e.g. "mgcce->mwcce"; other solvers are returned unchanged.
   */
  public static MetaSolver withFallback(
      MetaSolver solver, java.util.function.Consumer<String> notice) {
    if (!(solver instanceof CorrelatedEquilibriumSolver c)
        || c.objective() == Objective.MAX_WELFARE) {
      return solver;
    }
    String concept = c.concept().name().toLowerCase(Locale.ROOT);
    MetaSolver fallback =
        CorrelatedEquilibriumSolver.builder()
            .setConcept(c.concept())
            .setObjective(Objective.MAX_WELFARE)
            .optName(c.name() + "->mw" + concept)
            .optEpsilon(((Number) c.settings().get("epsilon")).doubleValue())
            .optMinEpsilon((Boolean) c.settings().get("min_epsilon"))
            .build();
    return new FallbackSolver(solver, fallback, notice);
  }

  /** A solver with the given options; unknown names or options are rejected. */
  public static MetaSolver create(String name, SolverOptions options) {
    String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    return switch (key) {
      case "uniform" -> {
        options.requireOnly("uniform", java.util.Set.of());
        yield new UniformSolver();
      }
      case "nash" -> NashSolver.fromOptions(options);
      case "prd" -> ProjectedReplicatorDynamics.fromOptions(options);
      case "fp" -> FictitiousPlay.fromOptions(options);
      case "alpharank" -> AlphaRank.fromOptions(options);
      case "rectified" -> RectifiedNash.fromOptions(options);
      case "cce", "mgcce" ->
          CorrelatedEquilibriumSolver.fromOptions(key, Concept.CCE, Objective.MAX_GINI, options);
      case "ce", "mgce" ->
          CorrelatedEquilibriumSolver.fromOptions(key, Concept.CE, Objective.MAX_GINI, options);
      case "mwcce" ->
          CorrelatedEquilibriumSolver.fromOptions(key, Concept.CCE, Objective.MAX_WELFARE, options);
      case "mwce" ->
          CorrelatedEquilibriumSolver.fromOptions(key, Concept.CE, Objective.MAX_WELFARE, options);
      case "mecce" ->
          CorrelatedEquilibriumSolver.fromOptions(key, Concept.CCE, Objective.MAX_ENTROPY, options);
      case "mece" ->
          CorrelatedEquilibriumSolver.fromOptions(key, Concept.CE, Objective.MAX_ENTROPY, options);
      default ->
          throw new IllegalArgumentException(
              "unknown solver '" + name + "'; choose one of " + String.join(", ", NAMES));
    };
  }
}
