package org.psro4j.psro;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.psro4j.game.Game;
import org.psro4j.learn.CheckpointedBestResponse;
import org.psro4j.learn.LearningOracle;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.policy.Policy;
import org.psro4j.random.Seeds;
import org.psro4j.state.DriverState;
import org.psro4j.state.LearnerState;
import org.psro4j.state.PolicyRef;
import org.psro4j.state.PopulationView;
import org.psro4j.state.SlotRole;
import org.psro4j.state.StoppingState;

/**
 * The loop PSRO and JPSRO share: solve the empirical game, compute best responses against the
 * targets the meta-strategy defines, add them to the population (a policy equal to one already
 * there is not added again), evaluate the new entries, repeat. Subclasses say what the targets are
 * and how the exact full-game gap is measured.
 *
 * <p>The run's state is one {@link DriverState} value ({@link #state()}, {@link #restore}); every
 * random choice draws from a seed derived from the root seed, the iteration and the task, so a run
 * restored from a state replays the uninterrupted run exactly.
 */
public abstract class PopulationDriver implements Driver {

  /**
   * One best response to compute: who learns, against what, under which name; its improvement over
   * the meta-strategy counts {@code weight · max(0, value − baseline)} where {@code baseline} is
   * the meta-game value of what the learner played against the same target.
   */
  protected record Target(
      int player, Opponents opponents, String label, double weight, double baseline) {}

  /** A {@link Target}, for drivers outside this package (the record's constructor is protected). */
  protected static Target target(
      int player, Opponents opponents, String label, double weight, double baseline) {
    return new Target(player, opponents, label, weight, baseline);
  }

  protected final Game game;
  protected final MetaSolver solver;
  protected final BestResponseOracle oracle;
  protected final PayoffEvaluator evaluator;
  protected final DriverSettings settings;

  /** The key of the payoff model's state among the state's learners (kept across iterations). */
  public static final String PAYOFF_MODEL_KEY = "payoff_model";

  /** The metrics column of the payoff model's held-out mean squared error. */
  public static final String PAYOFF_MODEL_MSE = "payoff_model_mse";

  /**
   * The metrics column, for a meta-solver with a fallback ({@link MetaSolver#fallbackCount()}), of
   * how many of the iteration's solves the fallback answered.
   */
  public static final String SOLVER_FALLBACKS = "solver_fallbacks";

  private final List<IterationListener> listeners = new ArrayList<>();
  private final List<CheckpointListener> checkpointListeners = new ArrayList<>();
  private final MetaGameFiller filler;

  /** The populations (an immutable view, replaced as it grows). */
  protected PopulationView population;

  /** The live empirical game; strategy names live here only. */
  protected EmpiricalGame metaGame;

  private int iteration = -1;
  private double wallOffset;
  private int fallbacksBefore;
  private StoppingState stopping = StoppingState.initial();
  private MetaStrategy current;
  private final Map<String, LearnerState> learners = new LinkedHashMap<>();

  protected PopulationDriver(
      Game game,
      MetaSolver solver,
      BestResponseOracle oracle,
      PayoffEvaluator evaluator,
      DriverSettings settings,
      Population initial) {
    this.game = Objects.requireNonNull(game, "game");
    this.solver = Objects.requireNonNull(solver, "solver");
    this.oracle = Objects.requireNonNull(oracle, "oracle");
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    this.settings = Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(initial, "initial population");
    if (initial.players() != game.numPlayers()) {
      throw new IllegalArgumentException(
          "population has "
              + initial.players()
              + " players, game "
              + game
              + " has "
              + game.numPlayers());
    }
    PopulationView view = PopulationView.empty(game.numPlayers());
    EmpiricalGame meta = new EmpiricalGame(game.numPlayers());
    for (int p = 0; p < initial.players(); p++) {
      if (initial.of(p).isEmpty()) {
        throw new IllegalArgumentException("initial population of player " + p + " is empty");
      }
      for (int k = 0; k < initial.of(p).size(); k++) {
        view = view.with(p, initial.of(p).get(k), SlotRole.FIXED);
        meta.addStrategy(p, initial.names(p).get(k));
      }
    }
    if (game.hasContinuousActions()) {
      requireContinuousPolicies(game, initial);
    }
    oracle.checkSupports(game);
    this.population = view;
    this.metaGame = meta;
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

  @Override
  public void addListener(IterationListener listener) {
    listeners.add(Objects.requireNonNull(listener));
  }

  /** Adds a listener for mid-iteration checkpoints (see {@link #saveLearner}). */
  public void addCheckpointListener(CheckpointListener listener) {
    checkpointListeners.add(Objects.requireNonNull(listener));
  }

  @Override
  public boolean finished() {
    if (iteration < 0) {
      return false;
    }
    return iteration >= settings.iterations()
        || stopping.converged()
        || (settings.epsilon() > 0 && stopping.bestGap() <= settings.epsilon())
        || (settings.patience() > 0 && stopping.sinceImprovement() >= settings.patience());
  }

  /**
   * Which stopping rule fired, or null while the run goes on: {@code converged} (the best responses
   * added no policy), {@code epsilon}, {@code patience} or {@code iterations} (the budget).
   */
  public String stopReason() {
    if (!finished()) {
      return null;
    }
    if (stopping.converged()) {
      return "converged";
    }
    if (settings.epsilon() > 0 && stopping.bestGap() <= settings.epsilon()) {
      return "epsilon";
    }
    if (settings.patience() > 0 && stopping.sinceImprovement() >= settings.patience()) {
      return "patience";
    }
    return "iterations";
  }

  /** Runs one iteration (iteration 0 evaluates and solves the initial population). */
  @Override
  public IterationResult step() {
    long startNanos = System.nanoTime();
    fallbacksBefore = solver.fallbackCount().orElse(0);
    int next = iteration + 1;
    double[] brValues = new double[game.numPlayers()];
    Arrays.fill(brValues, Double.NaN);
    long oracleSteps = 0;
    long oracleEpisodes = 0;
    double oracleSeconds = 0;
    double improvement = Double.NaN;
    int added = 0;
    int[] before = new int[game.numPlayers()];
    boolean converged = stopping.converged();
    if (next > 0 && !metaGame.isComplete()) {
      // Slots added or replaced since the last step: measure their entries, then re-solve, so
      // the targets respond to the population as it is now.
      filler.fillMissing(population, metaGame);
      current = solver.solve(metaGame.snapshot(), current);
    }
    if (next > 0) {
      List<Target> targets = targets(current);
      List<OracleResult> results = bestResponses(next, targets);
      Arrays.fill(brValues, Double.NEGATIVE_INFINITY);
      before = population.sizes();
      improvement = 0;
      for (int i = 0; i < targets.size(); i++) {
        Target t = targets.get(i);
        OracleResult r = results.get(i);
        brValues[t.player()] = Math.max(brValues[t.player()], r.value());
        improvement += t.weight() * Math.max(0, r.value() - t.baseline());
        oracleSteps += r.steps();
        oracleEpisodes += r.episodes();
        oracleSeconds += r.seconds();
      }
      added = absorb(next, targets, results);
      converged = added == 0;
    }
    long evalStart = System.nanoTime();
    MetaGameFiller.Fill fill = filler.fill(next, before, population, metaGame);
    // Entries of slots whose policy changed version during absorb (none for PSRO and JPSRO).
    int refilled = metaGame.isComplete() ? 0 : filler.fillMissing(population, metaGame);
    double evalSeconds = (System.nanoTime() - evalStart) / 1e9;
    long solveStart = System.nanoTime();
    current = solver.solve(metaGame.snapshot(), current);
    double solverSeconds = (System.nanoTime() - solveStart) / 1e9;
    double exact = settings.exactGap() ? exactGap(current) : Double.NaN;
    iteration = next;
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    IterationResult result =
        new IterationResult(
            iteration,
            wallOffset + seconds,
            seconds,
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
            fill.evaluated() + refilled,
            fill.imputed(),
            fill.imputationError(),
            improvement,
            metrics(fill));
    wallOffset = result.wallSeconds();
    stopping = nextStopping(stopping, result.stoppingGap(), converged);
    learners.clear();
    PayoffModel model = filler.model();
    if (model != null && model.state() != null) {
      // The payoff model lives across iterations, so its state stays in every checkpoint.
      learners.put(PAYOFF_MODEL_KEY, model.state());
    }
    for (IterationListener l : listeners) {
      l.onIteration(result, this);
    }
    return result;
  }

  /**
   * Puts iteration {@code iteration}'s best responses into the population and returns how many
   * strategies it added (none: the run has converged). Here each policy not already present joins
   * its player's population as a fixed slot named by its target's label; NeuPL-JPSRO instead
   * distils them into one network, replacing every slot's policy with its next version.
   */
  protected int absorb(int iteration, List<Target> targets, List<OracleResult> results) {
    int added = 0;
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      OracleResult r = results.get(i);
      if (!population.contains(t.player(), r.policy())) {
        population = population.with(t.player(), r.policy(), SlotRole.FIXED);
        metaGame.addStrategy(t.player(), t.label());
        added++;
      }
    }
    return added;
  }

  /**
   * The iteration's extra metrics: the learned payoff model's held-out MSE ({@value
   * #PAYOFF_MODEL_MSE}, when the run has one), then the algorithm's own.
   */
  private Map<String, Double> metrics(MetaGameFiller.Fill fill) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (filler.model() != null) {
      out.put(PAYOFF_MODEL_MSE, fill.model().heldOutMse());
    }
    out.putAll(extraMetrics());
    java.util.OptionalInt fallbacks = solver.fallbackCount();
    if (fallbacks.isPresent()) {
      out.put(SOLVER_FALLBACKS, (double) (fallbacks.getAsInt() - fallbacksBefore));
    }
    return out;
  }

  /** An algorithm's own metrics for the iteration just stepped (none here). */
  protected Map<String, Double> extraMetrics() {
    return Map.of();
  }

  /** The stopping bookkeeping after a gap (NaN, e.g. iteration 0 without an exact gap: no news). */
  private static StoppingState nextStopping(StoppingState s, double gap, boolean converged) {
    if (Double.isNaN(gap)) {
      return new StoppingState(s.bestGap(), s.sinceImprovement(), converged);
    }
    if (gap < s.bestGap() - 1e-15) {
      return new StoppingState(gap, 0, converged);
    }
    return new StoppingState(s.bestGap(), s.sinceImprovement() + 1, converged);
  }

  private List<OracleResult> bestResponses(int it, List<Target> targets) {
    List<java.util.concurrent.Callable<OracleResult>> jobs = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      long seed = Seeds.derive(settings.seed(), "oracle", it, i);
      Policy warm = population.of(t.player()).getLast();
      BestResponseTask task =
          new BestResponseTask(game, t.player(), t.opponents(), seed, warm, t.label());
      jobs.add(() -> bestResponse(task));
    }
    return Parallel.runAll(settings.threads(), jobs);
  }

  /**
   * One best response; with checkpoint steps, a learning oracle's session is saved under the
   * target's label every N steps and resumed from the state a restored checkpoint holds.
   */
  private OracleResult bestResponse(BestResponseTask task) {
    if (settings.checkpointSteps() > 0 && oracle instanceof LearningOracle learning) {
      String key = task.label();
      return CheckpointedBestResponse.run(
          learning,
          task,
          settings.checkpointSteps(),
          savedLearner(key),
          state -> saveLearner(key, state));
    }
    return oracle.bestResponse(task);
  }

  @Override
  public synchronized DriverState state() {
    return new DriverState(
        iteration, wallOffset, population, metaGame.snapshot(), current, stopping, learners);
  }

  /**
   * Continues from {@code state}. A state without a meta-strategy after iteration 0 (a version 1
   * run directory) is re-solved; solvers are deterministic, so this is the strategy the run had.
   */
  @Override
  public synchronized void restore(DriverState state) {
    Objects.requireNonNull(state, "state");
    if (state.population().players() != game.numPlayers()) {
      throw new IllegalArgumentException(
          "the state has "
              + state.population().players()
              + " players, the game "
              + game
              + " has "
              + game.numPlayers());
    }
    this.population = state.population();
    this.metaGame = state.metaGame().mutableCopy();
    this.iteration = state.iteration();
    this.wallOffset = state.wallSeconds();
    this.stopping = state.stopping();
    this.current =
        state.metaStrategy() != null || state.iteration() < 0
            ? state.metaStrategy()
            : solver.solve(metaGame.snapshot());
    this.learners.clear();
    this.learners.putAll(state.learners());
    PayoffModel model = filler.model();
    LearnerState saved = state.learners().get(PAYOFF_MODEL_KEY);
    if (model != null && saved != null) {
      model.restore(saved);
    }
  }

  /**
   * Adds {@code policy} to {@code player}'s population as strategy {@code name}, e.g. an {@link
   * SlotRole#ACTIVE} policy that is still training; its meta-game entries are measured at the start
   * of the next step, before the targets are chosen. Returns its reference.
   */
  public synchronized PolicyRef addPolicy(int player, Policy policy, String name, SlotRole role) {
    population = population.with(player, policy, role);
    metaGame.addStrategy(player, name);
    return population.slot(player, population.sizes()[player] - 1).ref();
  }

  /**
   * Puts the next version of an active slot's policy in place ({@code role} FIXED when it is
   * final); the entries measured with the old version are invalidated and measured again at the
   * start of the next step. Returns the new reference; the old one is stale from now on.
   */
  public synchronized PolicyRef replacePolicy(PolicyRef ref, Policy policy, SlotRole role) {
    population = population.replaced(ref, policy, role);
    metaGame.invalidate(ref.player(), ref.slot());
    return population.slot(ref.player(), ref.slot()).ref();
  }

  /**
   * Records a learner's saved state under {@code key} (a best response in progress, keyed by its
   * target's label, e.g. {@code p0_it7}) and hands the resulting state to the checkpoint listeners;
   * it is part of {@link #state()} until the iteration completes. A learning oracle calls this
   * every N training steps; on resume, {@link #savedLearner} gives the state back.
   */
  public void saveLearner(String key, LearnerState state) {
    DriverState snapshot;
    synchronized (this) {
      learners.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(state, "state"));
      snapshot = state();
    }
    for (CheckpointListener l : checkpointListeners) {
      l.onCheckpoint(snapshot);
    }
  }

  /** The learner state saved under {@code key} (restored from a checkpoint), or null. */
  public synchronized LearnerState savedLearner(String key) {
    return learners.get(key);
  }

  /** The meta-game value to player {@code p} of a distribution over profiles (flat order). */
  protected double metaValue(int p, double[] distribution) {
    double v = 0;
    for (int flat = 0; flat < distribution.length; flat++) {
      if (distribution[flat] > 0) {
        v += distribution[flat] * metaGame.payoff(p, flat);
      }
    }
    return v;
  }

  @Override
  public Game game() {
    return game;
  }

  /** The populations (an immutable view). */
  public PopulationView population() {
    return population;
  }

  /** An immutable snapshot of the empirical game so far. */
  public EmpiricalGame metaGame() {
    return metaGame.snapshot();
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

  /** The oracle's settings with defaults filled in (for provenance). */
  public Map<String, Object> oracleSettings() {
    return oracle.resolvedOptions();
  }

  /** The meta-solver. */
  public MetaSolver solver() {
    return solver;
  }
}
