package org.psro4j.learn;

import org.psro4j.psro.BestResponseOracle;
import org.psro4j.psro.BestResponseTask;
import org.psro4j.psro.OracleResult;

/**
 * A best-response oracle that learns: its one-shot {@link #bestResponse} is a {@link
 * TrainingSession} started from the task and trained for {@link #budget()} steps, so drivers that
 * call oracles once keep working, while drivers that checkpoint or retarget use {@link #start}.
 */
public interface LearningOracle extends BestResponseOracle {

  /** Environment steps a one-shot best response trains for (the session's schedule horizon). */
  long budget();

  /** Starts a session for {@code task}: fresh (or warm-started) networks, nothing trained. */
  TrainingSession start(BestResponseTask task);

  /** A session for {@code task} continuing from {@code state}, saved by a session of this kind. */
  default TrainingSession resume(BestResponseTask task, SessionState state) {
    TrainingSession session = start(task);
    try {
      session.restoreState(state);
      return session;
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
  }

  @Override
  default OracleResult bestResponse(BestResponseTask task) {
    try (TrainingSession session = start(task)) {
      return finish(session, budget());
    }
  }

  /**
   * Trains {@code session} until it has used {@code budget} steps in all and returns its policy
   * with what it cost, as a one-shot oracle reports it.
   */
  static OracleResult finish(TrainingSession session, long budget) {
    TrainingProgress p = session.progress();
    if (p.targetSteps() < budget) {
      p = session.train(budget - p.targetSteps());
    }
    return new OracleResult(
        session.snapshot(), p.meanReturn(), p.steps(), p.episodes(), p.updates(), p.seconds());
  }
}
