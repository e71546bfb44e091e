package org.psro4j.cluster;

import java.util.concurrent.CompletableFuture;
import org.psro4j.game.Game;
import org.psro4j.pipeline.PipelineManager;
import org.psro4j.pipeline.PipelineStates;
import org.psro4j.run.RunDirectory;

/**
 * The manager's {@link ManagerJournal} over a {@link RunDirectory} it holds the lock of: each save
 * writes the manager as the run's checkpoint (atomically), so a manager restarted from the
 * directory resumes; {@link #finished()} completes once the finished run is saved.
 */
final class RunJournal implements ManagerJournal {

  private final RunDirectory directory;
  private final Game game;
  private final long startNanos = System.nanoTime();
  private final double wallBefore;
  private final CompletableFuture<PipelineManager> finished = new CompletableFuture<>();

  RunJournal(RunDirectory directory, Game game, double wallBefore) {
    this.directory = directory;
    this.game = game;
    this.wallBefore = wallBefore;
  }

  @Override
  public void save(PipelineManager manager, boolean done) {
    double wall = wallBefore + (System.nanoTime() - startNanos) / 1e9;
    directory.saveState(
        PipelineStates.toDriverState(manager, game, (int) manager.promotions(), wall, done));
    if (done) {
      finished.complete(manager);
    }
  }

  CompletableFuture<PipelineManager> finished() {
    return finished;
  }
}
