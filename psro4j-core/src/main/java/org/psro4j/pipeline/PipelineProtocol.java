package org.psro4j.pipeline;

import java.util.Objects;

/**
 * The messages between Pipeline PSRO workers, evaluators and the {@link PipelineManager}, as small
 * immutable records. A thread engine calls the manager's methods with them directly; a cluster
 * engine ships them between members (blobs are plain bytes: see {@link Blobs}).
 */
public sealed interface PipelineProtocol {

  /**
   * A lease on one level: {@code worker} trains player {@code player}'s level {@code level} until
   * {@code expiresAt} (epoch millis) unless a heartbeat extends it.
   */
  record Lease(String worker, int player, int level, long expiresAt) implements PipelineProtocol {
    public Lease {
      Objects.requireNonNull(worker, "worker");
    }
  }

  /**
   * What a level trains against: co-player {@code q} plays its slot {@code k} with probability
   * {@code weights[q][k]} (the learner's own row is empty). {@code version} grows with every
   * refresh of that level's mixture.
   */
  record OpponentMix(int player, int level, int version, double[][] weights)
      implements PipelineProtocol {}

  /**
   * A granted claim: the lease, the level's last learner checkpoint ({@code null} when it starts
   * fresh), the counts already trained in it and its opponents.
   */
  record Assignment(Lease lease, byte[] checkpoint, long steps, long episodes, OpponentMix mix)
      implements PipelineProtocol {}

  /**
   * A worker's progress on its level: environment steps and episodes so far (the plateau rule and
   * refreshes count whichever {@link PipelineSettings#episodes()} says) and the latest mean reward.
   */
  record Progress(String worker, int player, int level, long steps, long episodes, double reward)
      implements PipelineProtocol {}

  /** The manager's answer to a progress report. */
  enum Verdict implements PipelineProtocol {
    /** Keep training against the same opponents. */
    CONTINUE,
    /** Keep training, against the level's refreshed mixture ({@link PipelineManager#mix}). */
    RETARGET,
    /** The plateau rule fired: submit the policy ({@link Submission}) and stop. */
    SUBMIT,
    /** The lease is gone (expired or never held): stop without submitting. */
    LOST
  }

  /**
   * A worker's snapshot of its level: the current policy (the one lower-level opponents of higher
   * levels play) and the learner checkpoint a later claimer resumes from ({@code null} to keep the
   * previous one).
   */
  record Snapshot(
      String worker,
      int player,
      int level,
      long steps,
      long episodes,
      byte[] policy,
      byte[] checkpoint)
      implements PipelineProtocol {
    public Snapshot {
      Objects.requireNonNull(policy, "policy");
    }
  }

  /** A worker's final policy for a level whose plateau rule fired. */
  record Submission(String worker, int player, int level, long steps, long episodes, byte[] policy)
      implements PipelineProtocol {
    public Submission {
      Objects.requireNonNull(policy, "policy");
    }
  }

  /**
   * Evaluate one profile: slot {@code slots[p]} of each player at the versions named; the policies
   * are {@link PipelineManager#policyBlob}s.
   */
  record EvaluationRequest(long id, int[] slots, int[] versions) implements PipelineProtocol {}

  /** The result of one {@link EvaluationRequest}: means, variances, episodes (0 when exact). */
  record EvaluationResult(long id, double[] mean, double[] variance, long episodes)
      implements PipelineProtocol {}

  /** One event of the level timeline: a claim, a lease lost, a fix (promotion). */
  record LevelEvent(long millis, String what, int player, int level, String worker, String detail)
      implements PipelineProtocol {}
}
