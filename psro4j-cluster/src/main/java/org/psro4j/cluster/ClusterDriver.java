package org.psro4j.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import org.psro4j.exact.GameTree;
import org.psro4j.game.Game;
import org.psro4j.pipeline.Blobs;
import org.psro4j.pipeline.PipelineManager;
import org.psro4j.pipeline.PipelineProtocol;
import org.psro4j.pipeline.PipelineStates;
import org.psro4j.pipeline.PromotionResults;
import org.psro4j.policy.Policy;
import org.psro4j.psro.Driver;
import org.psro4j.psro.IterationListener;
import org.psro4j.psro.IterationResult;
import org.psro4j.run.RunDirectory;
import org.psro4j.state.DriverState;

/**
 * Pipeline PSRO on a cluster seen as a {@link Driver}: each {@link #step} waits for the manager
 * singleton's next promotion and returns it as an {@link IterationResult} (the fixed table's
 * meta-strategy, its exact NashConv when the game can be walked, the counts trained since), which
 * the run directory also receives as a metrics row; between promotions the manager's changes are
 * saved as checkpoints. The results are built on the manager's thread, from one consistent state.
 */
public final class ClusterDriver implements Driver, ManagerJournal {

  private final Game game;
  private final RunDirectory directory;
  private final PromotionResults rows;
  private final long startNanos = System.nanoTime();
  private final double wallBefore;
  private final LinkedBlockingQueue<IterationResult> results = new LinkedBlockingQueue<>();
  private final List<IterationListener> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, Policy> decoded = new HashMap<>();
  private final CompletableFuture<PipelineManager> done = new CompletableFuture<>();
  private volatile DriverState state;
  private volatile List<PipelineProtocol.LevelEvent> timeline = List.of();
  private volatile boolean finished;
  private volatile boolean stepFinished;
  private int iteration;
  private double lastWall;
  private volatile long episodesBefore;
  private final long episodeBudget;
  private volatile String stopReason;

  ClusterDriver(
      Game game,
      RunDirectory directory,
      GameTree tree,
      DriverState resumedFrom,
      long episodeBudget) {
    this.episodeBudget = episodeBudget;
    this.game = game;
    this.directory = directory;
    this.rows = new PromotionResults(tree);
    this.wallBefore = resumedFrom == null ? 0 : resumedFrom.wallSeconds();
    this.iteration = resumedFrom == null ? -1 : resumedFrom.iteration();
    this.lastWall = wallBefore;
    this.state = resumedFrom;
  }

  @Override
  public void save(PipelineManager manager) {
    timeline = manager.timeline();
    state = PipelineStates.toDriverState(manager, game, Math.max(0, iteration), wall(), false);
    directory.saveState(state);
  }

  @Override
  public void promoted(PipelineManager manager) {
    iteration++;
    stopReason = stopReason(manager);
    finished = stopReason != null;
    timeline = manager.timeline();
    IterationResult r = result(manager);
    state = PipelineStates.toDriverState(manager, game, iteration, r.wallSeconds(), finished);
    directory.onIteration(r, this);
    for (IterationListener l : listeners) {
      l.onIteration(r, this);
    }
    results.add(r);
    if (finished) {
      done.complete(manager);
    }
  }

  /**
   * The manager's level timeline (claims, releases, submissions, fixes) as of its last save or
   * promotion; listeners see the one of the promotion they are told about.
   */
  public List<PipelineProtocol.LevelEvent> timeline() {
    return timeline;
  }

  /** Completes with the manager (no longer changing) once the finished run is recorded. */
  public CompletableFuture<PipelineManager> done() {
    return done;
  }

  private double wall() {
    return wallBefore + (System.nanoTime() - startNanos) / 1e9;
  }

  private IterationResult result(PipelineManager m) {
    double wall = wall();
    IterationResult r =
        rows.next(m, (p, level) -> policy(m, p, level), iteration, wall, wall - lastWall, 0);
    lastWall = wall;
    return r;
  }

  /** Counts the next row from the resumed manager's totals. */
  void startFrom(PipelineManager m) {
    rows.startFrom(m);
    synchronized (m) {
      episodesBefore = m.totalEpisodes();
    }
  }

  /**
   * Ends at once a resumed run that had already ended (every level fixed, or the budget spent):
   * there is nothing to step, and {@link #done()} completes without a new row.
   */
  void endIfEnded(PipelineManager m) {
    synchronized (m) {
      stopReason = stopReason(m);
      if (stopReason == null) {
        return;
      }
      timeline = m.timeline();
    }
    finished = true;
    stepFinished = true;
    done.complete(m);
  }

  @Override
  public boolean over(PipelineManager manager) {
    return stopReason(manager) != null;
  }

  /**
   * Why the run has ended: "levels" when every level is fixed, "episodes" when the levels trained
   * the episode budget in all (never with budget 0); null while it goes on.
   */
  private String stopReason(PipelineManager m) {
    synchronized (m) {
      if (m.finished()) {
        return "levels";
      }
      return episodeBudget > 0 && m.totalEpisodes() >= episodeBudget ? "episodes" : null;
    }
  }

  /** The oracle episodes the run had trained when this driver started (0 for a new run). */
  public long episodesBefore() {
    return episodesBefore;
  }

  // Fixed policies never change, so each is decoded once.
  private Policy policy(PipelineManager m, int player, int level) {
    String key = player + "/" + level + "/" + m.policyVersion(player, level);
    return decoded.computeIfAbsent(key, k -> Blobs.policy(m.policyBlob(player, level), game));
  }

  /** Waits for the next promotion (or the run's first row) and returns it. */
  @Override
  public IterationResult step() {
    if (finished()) {
      throw new IllegalStateException("the run has finished");
    }
    try {
      IterationResult r = results.take();
      if (results.isEmpty() && finished) {
        stepFinished = true;
      }
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a promotion", e);
    }
  }

  @Override
  public boolean finished() {
    return stepFinished;
  }

  @Override
  public DriverState state() {
    return state;
  }

  @Override
  public String stopReason() {
    return stopReason;
  }

  /** A cluster run is restored when it starts ({@link ClusterRun#start} reads its directory). */
  @Override
  public void restore(DriverState saved) {
    throw new IllegalStateException(
        "a cluster run resumes from its run directory when it starts, not by restore()");
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
}
