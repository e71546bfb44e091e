package org.psro4j.psro;

import java.util.Objects;
import org.psro4j.game.Game;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.policy.Policy;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.policy.UniformContinuousPolicy;

/**
 * What every population driver's builder sets: {@code solver} is required; the rest defaults to
 * exact best responses and exact payoff entries, uniform initial policies (named {@code
 * p0_uniform}, ...), 20 iterations, seed 0, one thread, and the exact gap whenever the game's tree
 * can be walked. {@code build()} validates.
 *
 * @param <B> the concrete builder
 */
public abstract class DriverBuilder<B extends DriverBuilder<B>> {

  protected final Game game;
  protected MetaSolver solver;
  protected BestResponseOracle oracle;
  protected PayoffEvaluator evaluator;
  protected Population initial;
  protected PartialEvaluation partial;
  private int iterations = 20;
  private double epsilon;
  private int patience;
  private long seed;
  private int threads = 1;
  private Boolean exactGap;
  private long checkpointSteps;

  protected DriverBuilder(Game game) {
    this.game = Objects.requireNonNull(game, "game");
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** The meta-solver (required). */
  public B solver(MetaSolver solver) {
    this.solver = Objects.requireNonNull(solver, "solver");
    return self();
  }

  /** The best-response oracle (default: {@link ExactBestResponse}). */
  public B oracle(BestResponseOracle oracle) {
    this.oracle = Objects.requireNonNull(oracle, "oracle");
    return self();
  }

  /** The payoff evaluator (default: {@link ExactEvaluator}). */
  public B evaluator(PayoffEvaluator evaluator) {
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    return self();
  }

  /** The starting populations with their names (default: one uniform policy per player). */
  public B initialPopulation(Population initial) {
    this.initial = Objects.requireNonNull(initial, "initial");
    return self();
  }

  /** The iteration budget (default 20). */
  public B iterations(int iterations) {
    this.iterations = iterations;
    return self();
  }

  /** Stop once the stopping gap is at most {@code epsilon} (default 0: off). */
  public B epsilon(double epsilon) {
    this.epsilon = epsilon;
    return self();
  }

  /** Stop after this many iterations without a new best gap (default 0: off). */
  public B patience(int patience) {
    this.patience = patience;
    return self();
  }

  /** The run's root seed (default 0). */
  public B seed(long seed) {
    this.seed = seed;
    return self();
  }

  /** Threads for payoff evaluation and best responses (default 1). */
  public B threads(int threads) {
    this.threads = threads;
    return self();
  }

  /** Whether to compute the exact full-game gap (default: when the tree can be walked). */
  public B exactGap(boolean exactGap) {
    this.exactGap = exactGap;
    return self();
  }

  /**
   * Save a learning oracle's training session every {@code steps} steps inside a best response
   * (default 0: off), handing it to the checkpoint listeners; a run killed mid-way resumes it.
   */
  public B checkpointSteps(long steps) {
    this.checkpointSteps = steps;
    return self();
  }

  /** Loop settings at once (iterations, epsilon, patience, seed, threads, exact gap, ...). */
  public B settings(DriverSettings s) {
    return iterations(s.iterations())
        .epsilon(s.epsilon())
        .patience(s.patience())
        .seed(s.seed())
        .threads(s.threads())
        .exactGap(s.exactGap())
        .checkpointSteps(s.checkpointSteps());
  }

  /** Evaluate only part of each iteration's new entries and impute the rest (default: all). */
  public B partialEvaluation(PartialEvaluation partial) {
    this.partial = partial;
    return self();
  }

  /** Fills the defaults; throws {@link IllegalArgumentException} for a missing solver. */
  protected DriverSettings resolve() {
    if (solver == null) {
      throw new IllegalArgumentException("a driver needs a meta-solver: call solver(...)");
    }
    if (oracle == null) {
      oracle = new ExactBestResponse();
    }
    if (evaluator == null) {
      evaluator = new ExactEvaluator(game);
    }
    if (initial == null) {
      initial = new Population(game.numPlayers());
      Policy uniform =
          game.hasContinuousActions()
              ? UniformContinuousPolicy.of(game)
              : TabularPolicy.uniform(game);
      for (int p = 0; p < game.numPlayers(); p++) {
        initial.add(p, uniform, "p" + p + "_uniform");
      }
    }
    boolean exact = exactGap != null ? exactGap : walkable(game);
    return new DriverSettings(iterations, epsilon, patience, seed, threads, exact, checkpointSteps);
  }

  /** Whether exact tools can walk {@code game}'s tree. */
  static boolean walkable(Game game) {
    try {
      ExactBestResponse.requireWalkable(game, "the exact gap");
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The partial-evaluation setting, applied by {@code build()}. */
  protected <D extends PopulationDriver> D withPartial(D driver) {
    if (partial != null) {
      driver.setPartialEvaluation(partial);
    }
    return driver;
  }
}
