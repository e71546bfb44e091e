package org.psro4j.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.psro4j.game.Game;
import org.psro4j.learn.LearningOracle;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.psro.PayoffEvaluator;
import org.psro4j.psro.SampledEvaluator;

/**
 * Builds a {@link PipelinePsro}: {@code solver} and {@code oracle} are required; the rest defaults
 * to the reference's settings ({@link PipelineSettings#defaults()}), one worker, exact payoff
 * entries when the game's tree can be walked (else 20,000 sampled games, as the reference), uniform
 * initial policies, training chunks of {@code per / 4} steps, seed 0, no episode budget.
 */
public final class PipelinePsroBuilder {

  final Game game;
  PipelineSettings settings = PipelineSettings.defaults();
  MetaSolver solver;
  LearningOracle oracle;
  PayoffEvaluator evaluator;
  List<Policy> initial;
  int workers = 1;
  long chunk;
  long seed;
  long episodeBudget;
  double checkpointSeconds = 60;
  java.util.function.LongSupplier clock = System::nanoTime;
  boolean exactGap;

  PipelinePsroBuilder(Game game) {
    this.game = Objects.requireNonNull(game, "game");
  }

  /** The level, plateau and lease settings. */
  public PipelinePsroBuilder settings(PipelineSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    return this;
  }

  /** The meta-solver of the opponents' mixtures and the fixed table (required). */
  public PipelinePsroBuilder solver(MetaSolver solver) {
    this.solver = Objects.requireNonNull(solver, "solver");
    return this;
  }

  /** The learning oracle whose sessions the workers train (required). */
  public PipelinePsroBuilder oracle(LearningOracle oracle) {
    this.oracle = Objects.requireNonNull(oracle, "oracle");
    return this;
  }

  /** The payoff evaluator (default exact when walkable, else 20,000 sampled games). */
  public PipelinePsroBuilder evaluator(PayoffEvaluator evaluator) {
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    return this;
  }

  /** One initial policy per player (default uniform), fixed as level 0. */
  public PipelinePsroBuilder initialPolicies(List<? extends Policy> initial) {
    this.initial = List.copyOf(initial);
    return this;
  }

  /** Worker count (default 1: inline, deterministic). */
  public PipelinePsroBuilder workers(int workers) {
    this.workers = workers;
    return this;
  }

  /** Environment steps a worker trains between progress reports (default per / 4). */
  public PipelinePsroBuilder chunk(long chunk) {
    this.chunk = chunk;
    return this;
  }

  /** The root seed. */
  public PipelinePsroBuilder seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** Stop once the levels reported this many episodes in all (default 0: no budget). */
  public PipelinePsroBuilder episodeBudget(long episodes) {
    this.episodeBudget = episodes;
    return this;
  }

  /** Seconds between saved states while workers run (default 60; 0: only at promotions). */
  public PipelinePsroBuilder checkpointSeconds(double seconds) {
    this.checkpointSeconds = seconds;
    return this;
  }

  /**
   * The clock of the rows' wall seconds and of the checkpoint interval, in nanoseconds (default
   * {@link System#nanoTime}; a test may step it by hand).
   */
  public PipelinePsroBuilder clock(java.util.function.LongSupplier nanos) {
    this.clock = java.util.Objects.requireNonNull(nanos, "clock");
    return this;
  }

  /** Validates and builds. */
  public PipelinePsro build() {
    if (solver == null || oracle == null) {
      throw new IllegalArgumentException("Pipeline PSRO needs a solver and a learning oracle");
    }
    if (solver.isJoint()) {
      throw new IllegalArgumentException(
          "solver '"
              + solver.name()
              + "' returns a joint distribution; Pipeline PSRO needs"
              + " per-player marginals (nash, prd, fp, ...)");
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers=" + workers + " must be at least 1");
    }
    if (episodeBudget < 0 || chunk < 0 || checkpointSeconds < 0) {
      throw new IllegalArgumentException(
          "episode budget "
              + episodeBudget
              + ", chunk "
              + chunk
              + " and checkpoint seconds "
              + checkpointSeconds
              + " must be non-negative");
    }
    oracle.checkSupports(game);
    exactGap = !game.hasContinuousActions() && walkable(game);
    if (evaluator == null) {
      evaluator =
          exactGap ? new org.psro4j.psro.ExactEvaluator(game) : new SampledEvaluator(20_000);
    }
    if (chunk == 0) {
      chunk = Math.max(1, settings.per() / 4);
    }
    if (initial == null) {
      List<Policy> uniform = new ArrayList<>();
      for (int p = 0; p < game.numPlayers(); p++) {
        uniform.add(TabularPolicy.uniform(game));
      }
      initial = uniform;
    }
    if (initial.size() != game.numPlayers()) {
      throw new IllegalArgumentException(
          initial.size() + " initial policies for " + game.numPlayers() + " players");
    }
    return new PipelinePsro(this);
  }

  private static boolean walkable(Game game) {
    try {
      org.psro4j.psro.ExactBestResponse.requireWalkable(game, "Pipeline PSRO's exact entries");
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
