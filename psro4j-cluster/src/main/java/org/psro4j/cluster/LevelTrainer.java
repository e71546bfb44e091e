package org.psro4j.cluster;

import org.psro4j.cluster.WorkerProtocol.Answer;
import org.psro4j.cluster.WorkerProtocol.Train;
import org.psro4j.game.Game;
import org.psro4j.learn.LearningOracle;
import org.psro4j.learn.TrainingProgress;
import org.psro4j.learn.TrainingSession;
import org.psro4j.pipeline.Blobs;
import org.psro4j.pipeline.PipelineProtocol.Assignment;
import org.psro4j.pipeline.PipelineProtocol.Progress;
import org.psro4j.pipeline.PipelineProtocol.Snapshot;
import org.psro4j.pipeline.PipelineProtocol.Submission;
import org.psro4j.pipeline.PipelineProtocol.Verdict;
import org.psro4j.pipeline.PlateauReward;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.random.Seeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker thread of a member: claims a level, trains it with a {@link TrainingSession} (resumed
 * from the level's last checkpoint when another worker trained it before, else started from the
 * player's previous level the manager sent, which the oracle's {@code warm_start} uses or not, as
 * in the thread engine), reports progress every {@code reportSteps} (its reward through {@link
 * PlateauReward}, over the spec's plateau window as the thread engine's workers report) and a
 * policy snapshot with a learner checkpoint every {@code checkpointSteps}, retargets when told,
 * submits on the plateau verdict, and claims again until the run ends.
 */
final class LevelTrainer implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(LevelTrainer.class);

  private final ManagerClient client;
  private final String name;
  private final RunSpec spec;
  private final Game game;
  private final LearningOracle oracle;
  private final PolicyCache cache;
  private volatile boolean stopped;

  LevelTrainer(
      ManagerClient client,
      String name,
      RunSpec spec,
      Game game,
      LearningOracle oracle,
      PolicyCache cache) {
    this.client = client;
    this.name = name;
    this.spec = spec;
    this.game = game;
    this.oracle = oracle;
    this.cache = cache;
  }

  void stop() {
    stopped = true;
  }

  @Override
  public void run() {
    String worker = client.workerId(name);
    while (!stopped) {
      WorkerProtocol reply =
          client.ask(r -> new ManagerProtocol.Claim(client.token(), name, false, r));
      switch (reply) {
        case Train t -> train(worker, t);
        case WorkerProtocol.Finished f -> {
          LOG.debug("{}: {}", name, f.reason()); // the member says it once for all trainers
          return;
        }
        case null, default -> pause();
      }
    }
  }

  private void train(String worker, Train t) {
    Assignment a = t.assignment();
    int player = a.lease().player();
    int level = a.lease().level();
    cache.putAll(t.policies());
    BestResponseTask task =
        new BestResponseTask(
            game,
            player,
            cache.opponents(a.mix()),
            Seeds.derive(spec.seed(), "pipeline-level", player, level),
            a.checkpoint() == null && t.warmStart() != null ? cache.policy(t.warmStart()) : null,
            "p" + player + "_level" + level);
    try (TrainingSession session =
        a.checkpoint() == null
            ? oracle.start(task)
            : oracle.resume(task, Blobs.session(a.checkpoint()))) {
      long lastCheckpoint = session.progress().steps();
      PlateauReward reward = new PlateauReward(spec.smoothing(), session.progress().episodes());
      while (!stopped) {
        TrainingProgress p = session.train(spec.reportSteps());
        boolean checkpoint = p.steps() - lastCheckpoint >= spec.checkpointSteps();
        // The policy travels with each checkpoint, as the thread engine snapshots both every
        // refresh: each new version is evaluated and saved, so a version per report cost time.
        Snapshot snap =
            checkpoint
                ? new Snapshot(
                    worker,
                    player,
                    level,
                    p.steps(),
                    p.episodes(),
                    Blobs.ofPolicy(session.snapshot(), game),
                    Blobs.ofSession(session.saveState(false)))
                : null;
        Progress progress =
            new Progress(worker, player, level, p.steps(), p.episodes(), reward.next(p));
        WorkerProtocol reply =
            client.ask(r -> new ManagerProtocol.Report(client.token(), progress, snap, r));
        if (!(reply instanceof Answer answer)) {
          continue; // no answer: the manager is away; keep training, the lease may survive
        }
        if (checkpoint) {
          lastCheckpoint = p.steps();
        }
        Verdict v = answer.verdict();
        if (v == Verdict.RETARGET) {
          cache.putAll(answer.policies());
          if (!cache.holds(answer.mix())) {
            // An earlier answer with blobs was lost (timeout): claim again, which resends them
            // all and hands back this lease with the level's last checkpoint.
            LOG.warn("{}: missing opponent policies; claiming the level again", name);
            return;
          }
          session.retarget(cache.opponents(answer.mix()));
        } else if (v == Verdict.SUBMIT) {
          TrainingProgress done = session.progress();
          Submission s =
              new Submission(
                  worker,
                  player,
                  level,
                  done.steps(),
                  done.episodes(),
                  Blobs.ofPolicy(session.snapshot(), game));
          client.ask(r -> new ManagerProtocol.Submit(client.token(), s, r));
          return;
        } else if (v == Verdict.LOST) {
          return;
        }
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
