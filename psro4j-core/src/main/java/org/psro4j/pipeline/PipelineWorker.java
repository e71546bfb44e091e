package org.psro4j.pipeline;

import java.util.Optional;
import org.psro4j.learn.LearningOracle;
import org.psro4j.learn.TrainingProgress;
import org.psro4j.learn.TrainingSession;
import org.psro4j.pipeline.PipelineProtocol.Assignment;
import org.psro4j.pipeline.PipelineProtocol.Lease;
import org.psro4j.pipeline.PipelineProtocol.Progress;
import org.psro4j.pipeline.PipelineProtocol.Snapshot;
import org.psro4j.pipeline.PipelineProtocol.Submission;
import org.psro4j.pipeline.PipelineProtocol.Verdict;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.random.Seeds;

/**
 * One local Pipeline PSRO worker (McAleer et al. 2020): claims a level, trains a {@link
 * TrainingSession} on it in pieces, reports progress (the mean reward over the latest {@code
 * smoothing} episodes when that setting is positive, else the session's moving return), snapshots
 * its policy and checkpoint every refresh interval, retargets when the manager says so and submits
 * when the plateau rule fires. A new level starts from the player's previous level's current policy
 * (as sequential PSRO's best response starts from the player's last one; the oracle's {@code
 * warm_start} option decides whether it is used). Between levels it evaluates the payoff entries
 * the manager asks for. {@link #work} does one such piece, so a thread loops on it and a
 * single-worker engine calls it inline (deterministically).
 */
final class PipelineWorker implements AutoCloseable {

  private final String id;
  private final LocalHub hub;
  private final LearningOracle oracle;
  private final long chunk;
  private TrainingSession session;
  private Lease lease;
  private long snapshotAt;
  private long stepsTrained;
  private PlateauReward reward;

  PipelineWorker(String id, LocalHub hub, LearningOracle oracle, long chunk) {
    this.id = id;
    this.hub = hub;
    this.oracle = oracle;
    this.chunk = chunk;
  }

  /** Environment steps this worker trained (over all its levels). */
  synchronized long stepsTrained() {
    return stepsTrained;
  }

  /**
   * Does one piece of work: queued evaluations, else a claim, else one training chunk; false when
   * there was nothing to do (every level taken or done).
   */
  boolean work() {
    if (session == null) {
      if (hub.drainEvaluations(() -> {}) > 0) {
        return true;
      }
      hub.presolve(id, 0);
      Optional<Assignment> a = hub.call(m -> m.claim(id, hub.now()));
      if (a.isEmpty()) {
        return false;
      }
      start(a.get());
      return true;
    }
    train();
    return true;
  }

  private void start(Assignment a) {
    lease = a.lease();
    BestResponseTask task =
        new BestResponseTask(
            hub.game,
            lease.player(),
            hub.opponents(a.mix()),
            Seeds.derive(hub.seed, "pipeline-level", lease.player(), lease.level()),
            a.checkpoint() == null ? hub.previousLevel(lease.player(), lease.level()) : null,
            "p" + lease.player() + "_level" + lease.level());
    session =
        a.checkpoint() == null
            ? oracle.start(task)
            : oracle.resume(task, Blobs.session(a.checkpoint()));
    snapshotAt = -1;
    reward = new PlateauReward(hub.manager.settings().smoothing(), session.progress().episodes());
  }

  private void train() {
    long before = session.progress().steps();
    TrainingProgress p = session.train(chunk);
    synchronized (this) {
      stepsTrained += p.steps() - before;
    }
    int player = lease.player();
    int level = lease.level();
    PipelineSettings s = hub.manager.settings();
    long count = s.count(p.steps(), p.episodes());
    if (snapshotAt < 0 || count - snapshotAt >= s.refresh()) {
      snapshotAt = count;
      byte[] policy = Blobs.ofPolicy(session.snapshot(), hub.game);
      byte[] checkpoint = Blobs.ofSession(session.saveState(false));
      Snapshot snap = new Snapshot(id, player, level, p.steps(), p.episodes(), policy, checkpoint);
      if (!hub.call(m -> m.snapshot(snap, hub.now()))) {
        stop();
        return;
      }
    }
    // Every chunk's episodes enter the reward window, reported or not.
    double mean = reward.next(p);
    if (!hub.presolve(id, count, false)) {
      // Another thread is solving the table this report would refresh against: train on and
      // report after the next chunk rather than wait with a core idle.
      return;
    }
    Progress msg = new Progress(id, player, level, p.steps(), p.episodes(), mean);
    Verdict v = hub.call(m -> m.progress(msg, hub.now()));
    switch (v) {
      case CONTINUE -> {}
      case RETARGET -> session.retarget(hub.opponents(hub.call(m -> m.mix(player, level))));
      case SUBMIT -> {
        byte[] policy = Blobs.ofPolicy(session.snapshot(), hub.game);
        Submission sub = new Submission(id, player, level, p.steps(), p.episodes(), policy);
        hub.call(m -> m.submit(sub, hub.now()));
        stop();
        hub.drainEvaluations(() -> {});
      }
      case LOST -> stop();
    }
  }

  private void stop() {
    if (session != null) {
      session.close();
    }
    session = null;
    lease = null;
    reward = null;
  }

  /** Stops training: the level keeps its last snapshot and is released for another claimer. */
  @Override
  public void close() {
    if (session != null) {
      hub.call(
          m -> {
            m.release(id, hub.now());
            return null;
          });
    }
    stop();
  }
}
