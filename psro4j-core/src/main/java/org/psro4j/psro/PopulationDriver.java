package org.psro4j.psro;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.psro4j.game.Game;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.policy.Policy;
import org.psro4j.random.Seeds;

/**
 * The loop PSRO and JPSRO share: solve the empirical game, compute best responses against the
 * targets the meta-strategy defines, add them to the population (a policy equal to one already
 * there is not added again), evaluate the new entries, repeat. Subclasses say what the targets are
 * and how the exact full-game gap is measured.
 *
 * <p>Every random choice draws from a seed derived from the root seed, the iteration and the task,
 * so a run resumed from a checkpoint replays the uninterrupted run exactly.
 */
public abstract class PopulationDriver {

  /** One best response to compute: who learns, against what, under which name. */
  protected record Target(int player, Opponents opponents, String label) {}

  protected final Game game;
  protected final MetaSolver solver;
  protected final BestResponseOracle oracle;
  protected final PayoffEvaluator evaluator;
  protected final DriverSettings settings;
  protected final Population population;
  protected final EmpiricalGame metaGame;
  private final List<IterationListener> listeners = new ArrayList<>();
  private final MetaGameFiller filler;

  private int iteration = -1;
  private double wallOffset;
  private double bestGap = Double.POSITIVE_INFINITY;
  private int sinceImprovement;
  private boolean converged;
  private MetaStrategy current;
  private long startNanos;

  protected PopulationDriver(
      Game game,
      MetaSolver solver,
      BestResponseOracle oracle,
      PayoffEvaluator evaluator,
      DriverSettings settings,
      Population initial,
      EmpiricalGame metaGame) {
    this.game = Objects.requireNonNull(game, "game");
    this.solver = Objects.requireNonNull(solver, "solver");
    this.oracle = Objects.requireNonNull(oracle, "oracle");
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.population = Objects.requireNonNull(initial, "population");
    this.metaGame = metaGame == null ? new EmpiricalGame(game.numPlayers()) : metaGame;
    if (initial.players() != game.numPlayers()) {
      throw new IllegalArgumentException(
          "population has "
              + initial.players()
              + " players, game "
              + game
              + " has "
              + game.numPlayers());
    }
    for (int p = 0; p < initial.players(); p++) {
      if (initial.of(p).isEmpty()) {
        throw new IllegalArgumentException("initial population of player " + p + " is empty");
      }
    }
    if (game.hasContinuousActions()) {
      requireContinuousPolicies(game, initial);
    }
    oracle.checkSupports(game);
    this.filler = new MetaGameFiller(game, evaluator, settings);
  }

  /** Every policy of a continuous game's population must sample vectors; the message names it. */
  private static void requireContinuousPolicies(Game game, Population population) {
    for (int p = 0; p < population.players(); p++) {
      for (int k = 0; k < population.of(p).size(); k++) {
        Policy policy = population.of(p).get(k);
        if (!(policy instanceof org.psro4j.policy.ContinuousPolicy)) {
          throw new IllegalArgumentException(
              game
                  + " has continuous actions, but player "
                  + p
                  + "'s policy '"
                  + population.names(p).get(k)
                  + "' ("
                  + policy.getClass().getSimpleName()
                  + ") is not a ContinuousPolicy");
        }
      }
    }
  }

  /** Evaluates only part of each iteration's new entries and imputes the rest (see there). */
  public void setPartialEvaluation(PartialEvaluation partial) {
    filler.setPartial(partial);
  }

  /** The best responses to compute this iteration, from the current meta-strategy. */
  protected abstract List<Target> targets(MetaStrategy meta);

  /** The exact full-game gap of {@code meta}, or NaN when it cannot be computed. */
  protected abstract double exactGap(MetaStrategy meta);

  /** The name of the exact gap: {@code nash_conv}, {@code cce_gap} or {@code ce_gap}. */
  public abstract String gapName();

  /** Adds a listener that sees every iteration from now on. */
  public void addListener(IterationListener listener) {
    listeners.add(Objects.requireNonNull(listener));
  }

  /** Runs until a stopping rule fires; returns the results of the iterations it ran. */
  public List<IterationResult> run() {
    List<IterationResult> out = new ArrayList<>();
    while (!finished()) {
      out.add(step());
    }
    return out;
  }

  /** Whether the budget is spent, the gap is below epsilon, patience ran out or BRs repeat. */
  public boolean finished() {
    if (iteration < 0) {
      return false;
    }
    return iteration >= settings.iterations()
        || converged
        || (settings.epsilon() > 0 && bestGap <= settings.epsilon())
        || (settings.patience() > 0 && sinceImprovement >= settings.patience());
  }

  /**
   * Which stopping rule fired, or null while the run goes on: {@code converged} (the best responses
   * added no policy), {@code epsilon}, {@code patience} or {@code iterations} (the budget).
   */
  public String stopReason() {
    if (!finished()) {
      return null;
    }
    if (converged) {
      return "converged";
    }
    if (settings.epsilon() > 0 && bestGap <= settings.epsilon()) {
      return "epsilon";
    }
    if (settings.patience() > 0 && sinceImprovement >= settings.patience()) {
      return "patience";
    }
    return "iterations";
  }

  /** Runs one iteration (iteration 0 evaluates and solves the initial population). */
  public IterationResult step() {
    startNanos = System.nanoTime();
    int next = iteration + 1;
    double[] brValues = new double[game.numPlayers()];
    java.util.Arrays.fill(brValues, Double.NaN);
    long oracleSteps = 0;
    long oracleEpisodes = 0;
    double oracleSeconds = 0;
    int added = 0;
    int[] before = new int[game.numPlayers()];
    if (next > 0) {
      List<Target> targets = targets(current);
      List<OracleResult> results = bestResponses(next, targets);
      java.util.Arrays.fill(brValues, Double.NEGATIVE_INFINITY);
      before = population.sizes();
      for (int i = 0; i < targets.size(); i++) {
        Target t = targets.get(i);
        OracleResult r = results.get(i);
        brValues[t.player()] = Math.max(brValues[t.player()], r.value());
        oracleSteps += r.steps();
        oracleEpisodes += r.episodes();
        oracleSeconds += r.seconds();
        if (!population.of(t.player()).contains(r.policy())) {
          population.add(t.player(), r.policy(), t.label());
          metaGame.addStrategy(t.player(), t.label());
          added++;
        }
      }
      converged = added == 0;
    } else {
      for (int p = 0; p < game.numPlayers(); p++) {
        for (String name : population.names(p)) {
          metaGame.addStrategy(p, name);
        }
      }
    }
    long evalStart = System.nanoTime();
    MetaGameFiller.Fill fill = filler.fill(next, before, population, metaGame);
    double evalSeconds = (System.nanoTime() - evalStart) / 1e9;
    long solveStart = System.nanoTime();
    current = solver.solve(metaGame.snapshot());
    double solverSeconds = (System.nanoTime() - solveStart) / 1e9;
    double exact = settings.exactGap() ? exactGap(current) : Double.NaN;
    iteration = next;
    IterationResult result =
        new IterationResult(
            iteration,
            wallOffset + (System.nanoTime() - startNanos) / 1e9,
            (System.nanoTime() - startNanos) / 1e9,
            population.sizes(),
            current.marginals(),
            current.gap(),
            exact,
            gapName(),
            brValues,
            added,
            oracleSteps,
            oracleEpisodes,
            oracleSeconds,
            solverSeconds,
            evalSeconds,
            fill.evaluated(),
            fill.imputed(),
            fill.imputationError());
    wallOffset = result.wallSeconds();
    double gap = result.stoppingGap();
    if (gap < bestGap - 1e-15) {
      bestGap = gap;
      sinceImprovement = 0;
    } else {
      sinceImprovement++;
    }
    for (IterationListener l : listeners) {
      l.onIteration(result, this);
    }
    return result;
  }

  private List<OracleResult> bestResponses(int it, List<Target> targets) {
    List<java.util.concurrent.Callable<OracleResult>> jobs = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      long seed = Seeds.derive(settings.seed(), "oracle", it, i);
      Policy warm = population.of(t.player()).getLast();
      jobs.add(
          () ->
              oracle.bestResponse(
                  new BestResponseTask(game, t.player(), t.opponents(), seed, warm, t.label())));
    }
    return Parallel.runAll(settings.threads(), jobs);
  }

  /** The game. */
  public Game game() {
    return game;
  }

  /** The populations (read-only views). */
  public Population population() {
    return population;
  }

  /** The empirical game so far. */
  public EmpiricalGame metaGame() {
    return metaGame;
  }

  /** The current meta-strategy (null before iteration 0). */
  public MetaStrategy metaStrategy() {
    return current;
  }

  /** The last completed iteration (-1 before the first). */
  public int iteration() {
    return iteration;
  }

  /** The settings. */
  public DriverSettings settings() {
    return settings;
  }

  /** Stopping bookkeeping for checkpoints: best gap so far and iterations since it improved. */
  public double bestGap() {
    return bestGap;
  }

  /** Iterations since the best gap last improved. */
  public int sinceImprovement() {
    return sinceImprovement;
  }

  /** Whether the last iteration added no new policy. */
  public boolean converged() {
    return converged;
  }

  /**
   * Continues from a checkpoint: the population and meta-game given to the constructor are the
   * restored ones; this sets the loop position and re-solves the meta-game (solvers are
   * deterministic, so the meta-strategy is the one the interrupted run had).
   */
  public void resumeFrom(
      int iteration, double wallSeconds, double bestGap, int sinceImprovement, boolean converged) {
    this.iteration = iteration;
    this.wallOffset = wallSeconds;
    this.bestGap = bestGap;
    this.sinceImprovement = sinceImprovement;
    this.converged = converged;
    this.current = solver.solve(metaGame.snapshot());
  }
}
