package org.psro4j.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.psro4j.exact.GameTree;
import org.psro4j.game.Game;
import org.psro4j.learn.LearningOracle;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.policy.Policy;
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
  private final java.util.function.LongSupplier clock;
  private final PromotionResults results;
  private final List<IterationListener> listeners = new ArrayList<>();
  private final List<CheckpointListener> checkpointListeners = new ArrayList<>();
  private final PipelineThreads threads = new PipelineThreads();
  private LocalHub hub;
  private int iteration = -1;

  /** Wall seconds of the run at the end of the latest step (the restored value before one). */
  private double wallOffset;

  /** The run's wall seconds when this process took its first step, and when that was. */
  private double wallAtFirstStep;

  private long firstStepNanos = -1;
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
    this.clock = b.clock;
    this.results = new PromotionResults(b.exactGap ? GameTree.of(game) : null);
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
    long start = clock.getAsLong();
    if (firstStepNanos < 0) {
      firstStepNanos = start;
      wallAtFirstStep = wallOffset;
    }
    if (iteration >= 0) {
      waitForPromotion(start);
    } else {
      hub.drainEvaluations(() -> {});
    }
    if (stopReason != null) {
      threads.stop();
    }
    iteration++;
    IterationResult r = result();
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
        if (stopReason != null || hub.manager.promotions() > results.promotions()) {
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
      double elapsed = (clock.getAsLong() - start) / 1e9;
      if (checkpointSeconds > 0 && elapsed - lastCheckpoint >= checkpointSeconds) {
        lastCheckpoint = elapsed;
        DriverState s = state();
        for (CheckpointListener l : checkpointListeners) {
          l.onCheckpoint(s);
        }
      }
    }
  }

  /**
   * The row of this promotion. Its wall seconds run on from the first step of this process, so they
   * count the time between steps too (the listeners writing the run's files), in which the worker
   * threads go on training; its iteration seconds are the time since the previous row.
   */
  private IterationResult result() {
    hub.presolve(null, 0);
    double wall = wallAtFirstStep + (clock.getAsLong() - firstStepNanos) / 1e9;
    return results.next(
        hub.manager, hub::current, iteration, wall, wall - wallOffset, hub.evaluationSeconds());
  }

  @Override
  public boolean finished() {
    return stopReason != null;
  }

  /**
   * The run's state. Its policies are the hub's, decoded once per level version (decoding every
   * level's blob at each call took about 0.12 s under the manager's lock per promotion 30 of a
   * Leduc run, growing with the levels).
   */
  @Override
  public DriverState state() {
    synchronized (hub.manager) {
      return PipelineStates.toDriverState(
          hub.manager, iteration, wallOffset, stopReason != null, hub::policy);
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
    results.startFrom(m);
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

  /** The manager's meta-solves so far, as {@code [run, answered from memory]}. */
  public long[] solveCounts() {
    synchronized (hub.manager) {
      return hub.manager.solveCounts();
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
