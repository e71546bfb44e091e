package org.psro4j.cli.run;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;

/**
 * The resolved settings of a run, as written to {@code config.json} and read by {@code --config}
 * and {@code resume}. Built from defaults, then the config file, then command-line flags.
 *
 * @param game the game string
 * @param algo {@code psro}, {@code jpsro}, {@code neupl-jpsro}, {@code neupl} or {@code team-psro}
 * @param solver the meta-solver name (see {@code psro4j metasolve --help})
 * @param oracle the best-response oracle ({@code exact})
 * @param iterations rounds of best responses
 * @param epsilon stop once the gap is at most this (0: never)
 * @param patience stop after this many iterations without a better gap (0: never)
 * @param seed the root seed
 * @param threads worker threads
 * @param episodes episodes per meta-game entry; 0 evaluates entries exactly
 * @param init the initial population: {@code uniform}, {@code first}, or {@code heuristics} (the
 *     game's built-in heuristic policies, e.g. ssa_coverage's five, capture_the_flag's bots) or
 *     {@code imitation} (barrage_stratego: its bots plus the heuristic cloned into a conv network)
 * @param target PSRO's training target: probabilistic, topk, uniform, rectified
 * @param topK k for the top-k target
 * @param exactGap compute the exact full-game gap every iteration ({@code auto}: when small)
 * @param oracleOptions options of the oracle, e.g. {@code br_steps} for RL oracles
 * @param evalFraction share of each iteration's new meta-game entries evaluated; the rest are
 *     imputed (1: evaluate all)
 * @param checkpointSteps save a learning oracle's session every this many steps inside a best
 *     response, so a killed run resumes it mid-way (0: off)
 * @param pipeline Pipeline PSRO's settings ({@link PipelineConfig}: workers, the plateau rule,
 *     level cap, refresh, unit of the counts, episode budget), grouped under {@code "pipeline"} in
 *     config.json; a settings file may give them at the top level
 * @param payoffEstimator the model that imputes the entries {@code eval_fraction} leaves out:
 *     {@code main_effects} (additive) or {@code psi} (the learned payoff estimator ψ of
 *     NeuPL-JPSRO, whose held-out error is reported every iteration even when nothing is imputed)
 * @param neuplOptions options of NeuPL-JPSRO's population network and distillation (see {@code
 *     NeuplSettings}), e.g. {@code embedding}
 * @param baselines the fixed opponents each iteration's meta-strategy is measured against (see
 *     {@link org.psro4j.cli.measures.Baselines}; {@code none} for none)
 * @param reference a reference solver run for the run's wall time at its end ({@code cfr+}), or
 *     {@code none}
 * @param imitationOptions settings of the heuristic's clone of {@code --init imitation} (see {@link
 *     org.psro4j.rl.imitation.ImitationStart#fromOptions}), e.g. {@code games}
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record RunConfig(
    @JsonProperty("game") String game,
    @JsonProperty("algo") String algo,
    @JsonProperty("solver") String solver,
    @JsonProperty("oracle") String oracle,
    @JsonProperty("iterations") Integer iterations,
    @JsonProperty("epsilon") Double epsilon,
    @JsonProperty("patience") Integer patience,
    @JsonProperty("seed") Long seed,
    @JsonProperty("threads") Integer threads,
    @JsonProperty("episodes") Integer episodes,
    @JsonProperty("init") String init,
    @JsonProperty("target") String target,
    @JsonProperty("top_k") Integer topK,
    @JsonProperty("exact_gap") String exactGap,
    @JsonProperty("oracle_options") java.util.Map<String, String> oracleOptions,
    @JsonProperty("eval_fraction") Double evalFraction,
    @JsonProperty("checkpoint_steps") Long checkpointSteps,
    @JsonProperty("pipeline") PipelineConfig pipeline,
    @JsonProperty("payoff_estimator") String payoffEstimator,
    @JsonProperty("neupl_options") java.util.Map<String, String> neuplOptions,
    @JsonProperty("baselines") String baselines,
    @JsonProperty("reference") String reference,
    @JsonProperty("imitation_options") java.util.Map<String, String> imitationOptions) {

  /** Known payoff estimators (models that impute meta-game entries). */
  public static final List<String> PAYOFF_ESTIMATORS = List.of("main_effects", "psi");

  /** Known algorithms. */
  public static final Set<String> ALGOS =
      Set.of("psro", "jpsro", "pipeline", "neupl-jpsro", "neupl", "team-psro");

  /**
   * Most episodes per meta-game entry: beyond it the sampling error (below 1e-3 of the payoff
   * range) no longer matters and a run would sample for hours without a line of output.
   */
  public static final int MAX_EPISODES = 10_000_000;

  /** Known PSRO training targets. */
  public static final List<String> TARGETS =
      List.of("probabilistic", "topk", "uniform", "rectified");

  /** The defaults every run starts from. */
  public static RunConfig defaults() {
    return new RunConfig(
        "kuhn_poker",
        "psro",
        null,
        "exact",
        20,
        0.0,
        0,
        42L,
        Math.max(1, Runtime.getRuntime().availableProcessors()),
        0,
        "uniform",
        "probabilistic",
        3,
        "auto",
        java.util.Map.of(),
        1.0,
        0L,
        PipelineConfig.defaults(),
        "main_effects",
        java.util.Map.of(),
        "auto",
        "none",
        java.util.Map.of());
  }

  /** This config with every non-null field of {@code over} replacing its own. */
  public RunConfig overriddenBy(RunConfig over) {
    return new RunConfig(
        pick(over.game, game),
        pick(over.algo, algo),
        pick(over.solver, solver),
        pick(over.oracle, oracle),
        pick(over.iterations, iterations),
        pick(over.epsilon, epsilon),
        pick(over.patience, patience),
        pick(over.seed, seed),
        pick(over.threads, threads),
        pick(over.episodes, episodes),
        pick(over.init, init),
        pick(over.target, target),
        pick(over.topK, topK),
        pick(over.exactGap, exactGap),
        mergeOptions(oracleOptions, over.oracleOptions),
        pick(over.evalFraction, evalFraction),
        pick(over.checkpointSteps, checkpointSteps),
        pipeline == null ? over.pipeline : pipeline.overriddenBy(over.pipeline),
        pick(over.payoffEstimator, payoffEstimator),
        mergeOptions(neuplOptions, over.neuplOptions),
        pick(over.baselines, baselines),
        pick(over.reference, reference),
        mergeOptions(imitationOptions, over.imitationOptions));
  }

  /**
   * Fills the solver default for the algorithm ({@code nash} for PSRO, {@code mgcce} for JPSRO).
   */
  public RunConfig withDefaultSolver() {
    if (solver != null) {
      return this;
    }
    return overriddenBy(
        new RunConfig(
            null,
            null,
            solvesJoint() ? "mgcce" : "nash",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null));
  }

  /** Whether the algorithm solves for joint meta-strategies (JPSRO and NeuPL-JPSRO). */
  public boolean solvesJoint() {
    return "jpsro".equals(algo) || "neupl-jpsro".equals(algo);
  }

  /** Checks the values that need no game or registry; throws naming the bad value. */
  public void validate() {
    if (!ALGOS.contains(algo)) {
      throw new IllegalArgumentException(
          "unknown algo '"
              + algo
              + "'; known: psro, jpsro, pipeline, neupl-jpsro, neupl, team-psro");
    }
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations=" + iterations + " must be non-negative");
    }
    if (!(epsilon >= 0)) {
      throw new IllegalArgumentException("epsilon=" + epsilon + " must be non-negative");
    }
    if (patience < 0) {
      throw new IllegalArgumentException("patience=" + patience + " must be non-negative");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads=" + threads + " must be at least 1");
    }
    if (episodes < 0 || episodes == 1 || episodes > MAX_EPISODES) {
      throw new IllegalArgumentException(
          "episodes=" + episodes + " must be 0 (exact) or between 2 and " + MAX_EPISODES);
    }
    if (!TARGETS.contains(target)) {
      throw new IllegalArgumentException(
          "unknown target '" + target + "'; known: " + String.join(", ", TARGETS));
    }
    if (topK < 1) {
      throw new IllegalArgumentException("top_k=" + topK + " must be at least 1");
    }
    if (!Set.of("auto", "true", "false").contains(exactGap)) {
      throw new IllegalArgumentException(
          "exact_gap='" + exactGap + "' must be auto, true or false");
    }
    if (!(evalFraction > 0 && evalFraction <= 1)) {
      throw new IllegalArgumentException("eval_fraction=" + evalFraction + " must be in (0, 1]");
    }
    if (checkpointSteps < 0) {
      throw new IllegalArgumentException(
          "checkpoint_steps=" + checkpointSteps + " must be non-negative");
    }
    pipeline.validate();
    if (!PAYOFF_ESTIMATORS.contains(payoffEstimator)) {
      throw new IllegalArgumentException(
          "unknown payoff_estimator '"
              + payoffEstimator
              + "'; known: "
              + String.join(", ", PAYOFF_ESTIMATORS));
    }
    org.psro4j.cli.measures.Baselines.validate(baselines);
    if (!"none".equals(reference)
        && !org.psro4j.cli.report.CfrReference.NAMES.contains(reference)) {
      throw new IllegalArgumentException(
          "unknown reference '" + reference + "'; known: none, cfr+");
    }
    if (!Set.of("uniform", "first", "heuristics", ImitationInit.NAME).contains(init)) {
      throw new IllegalArgumentException(
          "unknown init '" + init + "'; known: uniform, first, heuristics, imitation");
    }
    if (!imitationOptions.isEmpty()) {
      if (!ImitationInit.NAME.equals(init)) {
        throw new IllegalArgumentException(
            "--imitation-option "
                + imitationOptions.keySet()
                + " applies to --init imitation only, not --init "
                + init);
      }
      org.psro4j.rl.imitation.ImitationStart.fromOptions(imitationOptions);
    }
  }

  private static java.util.Map<String, String> mergeOptions(
      java.util.Map<String, String> base, java.util.Map<String, String> over) {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    if (base != null) {
      out.putAll(base);
    }
    if (over != null) {
      out.putAll(over);
    }
    return out;
  }

  private static <T> T pick(T a, T b) {
    return a != null ? a : b;
  }
}
