package org.psro4j.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.psro4j.exact.Exploitability;
import org.psro4j.exact.GameTree;
import org.psro4j.game.Game;
import org.psro4j.learn.LearningOracle;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyAggregator;
import org.psro4j.psro.CheckpointListener;
import org.psro4j.psro.Driver;
import org.psro4j.psro.IterationListener;
import org.psro4j.psro.IterationResult;
import org.psro4j.psro.PayoffEvaluator;
import org.psro4j.state.DriverState;

/**
 * Pipeline PSRO (McAleer et al., NeurIPS 2020) on local threads: {@code workers} {@link
 * PipelineWorker}s drive one {@link PipelineManager}; one worker runs inline in the caller's
 * thread, so a single-worker run replays exactly and resumes as if uninterrupted. Each {@link
 * #step} waits for the next promotion (a level fixed) and reports the exact NashConv of the
 * solver's meta-strategy over the fixed policies when the game can be walked. The run ends when
 * every player fixed its levels, or when the episode budget is spent.
 */
public final class PipelinePsro implements Driver {

  private final Game game;
  private final PipelineSettings settings;
  private final MetaSolver solver;
  private final LearningOracle oracle;
  private final PayoffEvaluator evaluator;
  private final int workers;
  private final long chunk;
  private final long seed;
  private final long episodeBudget;
  private final double checkpointSeconds;
  private final GameTree tree;
  private final List<IterationListener> listeners = new ArrayList<>();
  private final List<CheckpointListener> checkpointListeners = new ArrayList<>();
  private final PipelineThreads threads = new PipelineThreads();
  private LocalHub hub;
  private int iteration = -1;
  private double wallOffset;
  private long lastPromotions;
  private long lastSteps;
  private long lastEpisodes;
  private long lastUpdates;
  private double lastEvalSeconds;
  private String stopReason;

  PipelinePsro(PipelinePsroBuilder b) {
    this.game = b.game;
    this.settings = b.settings;
    this.solver = b.solver;
    this.oracle = b.oracle;
    this.evaluator = b.evaluator;
    this.workers = b.workers;
    this.chunk = b.chunk;
    this.seed = b.seed;
    this.episodeBudget = b.episodeBudget;
    this.checkpointSeconds = b.checkpointSeconds;
    this.tree = b.exactGap ? GameTree.of(game) : null;
    List<byte[]> initial = new ArrayList<>();
    for (Policy p : b.initial) {
      initial.add(Blobs.ofPolicy(p, game));
    }
    this.hub =
        new LocalHub(
            new PipelineManager(settings, solver, initial, System.currentTimeMillis()),
            game,
            evaluator,
            seed);
  }

  /** A builder for Pipeline PSRO on {@code game}. */
  public static PipelinePsroBuilder builder(Game game) {
    return new PipelinePsroBuilder(game);
  }

  @Override
  public IterationResult step() {
    if (finished()) {
      throw new IllegalStateException("the run has finished (" + stopReason + ")");
    }
    long start = System.nanoTime();
    if (iteration >= 0) {
      waitForPromotion(start);
    } else {
      hub.drainEvaluations(() -> {});
    }
    if (stopReason != null) {
      threads.stop();
    }
    iteration++;
    IterationResult r = result((System.nanoTime() - start) / 1e9);
    wallOffset = r.wallSeconds();
    for (IterationListener l : listeners) {
      l.onIteration(r, this);
    }
    return r;
  }

  private void waitForPromotion(long start) {
    PipelineWorker inline = threads.start(workers, hub, oracle, chunk);
    double lastCheckpoint = 0;
    while (true) {
      synchronized (hub.manager) {
        hub.manager.expire(hub.now());
        if (hub.manager.finished()) {
          stopReason = "levels";
        } else if (episodeBudget > 0 && hub.manager.totalEpisodes() >= episodeBudget) {
          stopReason = "episodes";
        }
        if (stopReason != null || hub.manager.promotions() > lastPromotions) {
          return;
        }
      }
      threads.rethrow();
      boolean worked = inline != null && inline.work();
      if (!worked) {
        synchronized (hub.manager) {
          try {
            hub.manager.wait(50);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopReason = "interrupted";
            return;
          }
        }
      }
      double elapsed = (System.nanoTime() - start) / 1e9;
      if (checkpointSeconds > 0 && elapsed - lastCheckpoint >= checkpointSeconds) {
        lastCheckpoint = elapsed;
        DriverState s = state();
        for (CheckpointListener l : checkpointListeners) {
          l.onCheckpoint(s);
        }
      }
    }
  }

  private IterationResult result(double seconds) {
    PipelineManager m = hub.manager;
    MetaStrategy meta;
    List<List<Integer>> fixed;
    long promotions;
    long steps;
    long episodes;
    long updates;
    int[] sizes;
    synchronized (m) {
      sizes = m.stateSizes();
      meta = m.fixedMetaStrategy();
      fixed = m.fixedLevels();
      promotions = m.promotions();
      steps = m.totalSteps();
      episodes = m.totalEpisodes();
      updates = m.tableUpdates();
    }
    double[][] marginals = new double[sizes.length][];
    List<List<Policy>> populations = new ArrayList<>();
    List<double[]> weights = new ArrayList<>();
    for (int p = 0; p < sizes.length; p++) {
      // Marginals over the state's slots: the fixed table's meta-strategy, zero on active levels.
      marginals[p] = new double[sizes[p]];
      double[] fixedWeights = meta == null ? new double[fixed.get(p).size()] : meta.marginal(p);
      List<Policy> mine = new ArrayList<>();
      for (int k = 0; k < fixed.get(p).size(); k++) {
        marginals[p][fixed.get(p).get(k)] = fixedWeights[k];
        mine.add(hub.current(p, fixed.get(p).get(k)));
      }
      populations.add(mine);
      weights.add(fixedWeights);
    }
    double nashConv = Double.NaN;
    if (tree != null && meta != null) {
      nashConv =
          Exploitability.nashConv(tree, PolicyAggregator.aggregate(tree, populations, weights))
              .nashConv();
    }
    double eval = hub.evaluationSeconds();
    double[] brValues = new double[sizes.length];
    java.util.Arrays.fill(brValues, Double.NaN);
    IterationResult r =
        new IterationResult(
            iteration,
            wallOffset + seconds,
            seconds,
            sizes,
            marginals,
            meta == null ? Double.NaN : meta.gap(),
            nashConv,
            gapName(),
            brValues,
            (int) (promotions - lastPromotions),
            steps - lastSteps,
            episodes - lastEpisodes,
            Double.NaN,
            0,
            eval - lastEvalSeconds,
            (int) (updates - lastUpdates),
            0,
            Double.NaN,
            Double.NaN);
    lastPromotions = promotions;
    lastSteps = steps;
    lastEpisodes = episodes;
    lastUpdates = updates;
    lastEvalSeconds = eval;
    return r;
  }

  @Override
  public boolean finished() {
    return stopReason != null;
  }

  @Override
  public DriverState state() {
    synchronized (hub.manager) {
      return PipelineStates.toDriverState(
          hub.manager, game, iteration, wallOffset, stopReason != null);
    }
  }

  @Override
  public String stopReason() {
    return stopReason;
  }

  @Override
  public void restore(DriverState state) {
    if (iteration >= 0) {
      throw new IllegalStateException("restore a driver before its first step");
    }
    PipelineManager m = PipelineStates.fromDriverState(state, settings, solver);
    hub = new LocalHub(m, game, evaluator, seed);
    iteration = state.iteration();
    wallOffset = state.wallSeconds();
    lastPromotions = m.promotions();
    lastSteps = m.totalSteps();
    lastEpisodes = m.totalEpisodes();
    lastUpdates = m.tableUpdates();
    if (state.stopping().converged()) {
      stopReason = m.finished() ? "levels" : "episodes";
    }
  }

  /** Stops the worker threads (each releases its level); safe to call more than once. */
  public void close() {
    threads.stop();
  }

  /** The manager's level timeline so far. */
  public List<PipelineProtocol.LevelEvent> timeline() {
    synchronized (hub.manager) {
      return hub.manager.timeline();
    }
  }

  /**
   * Environment steps and episodes reported by every level so far, as {@code [steps, episodes]}.
   */
  public long[] totals() {
    synchronized (hub.manager) {
      return new long[] {hub.manager.totalSteps(), hub.manager.totalEpisodes()};
    }
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public String gapName() {
    return "nash_conv";
  }

  @Override
  public void addListener(IterationListener listener) {
    listeners.add(listener);
  }

  /** Adds a listener that receives the state every {@code checkpointSeconds} while workers run. */
  public void addCheckpointListener(CheckpointListener listener) {
    checkpointListeners.add(listener);
  }

  /** The number of workers. */
  public int workers() {
    return workers;
  }
}
