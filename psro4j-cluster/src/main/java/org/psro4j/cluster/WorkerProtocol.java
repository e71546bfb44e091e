package org.psro4j.cluster;

import java.util.Map;
import org.psro4j.pipeline.PipelineProtocol.Assignment;
import org.psro4j.pipeline.PipelineProtocol.EvaluationRequest;
import org.psro4j.pipeline.PipelineProtocol.OpponentMix;
import org.psro4j.pipeline.PipelineProtocol.Verdict;

/**
 * What a member's gate and workers receive from the manager singleton. Policy blobs travel keyed
 * {@code player/slot/version}; the manager sends each member only the blobs it has not sent it.
 */
public sealed interface WorkerProtocol extends ClusterMessage {

  /** The manager's challenge: prove the secret over this nonce. */
  record Challenge(byte[] nonce) implements WorkerProtocol {}

  /** The proof was right: the member is registered; {@code spec} says what the run trains. */
  record Welcome(String token, RunSpec spec) implements WorkerProtocol {}

  /** The member is refused (wrong secret) and downed. */
  record Refused(String reason) implements WorkerProtocol {}

  /**
   * Train a level: the assignment, the policy blobs this member lacks (the opponents', and the warm
   * start's), and the key of the policy the learner starts from — the player's previous level as it
   * is now, as the thread engine does — or null (level 0, or resumed from a checkpoint).
   */
  record Train(Assignment assignment, Map<String, byte[]> policies, String warmStart)
      implements WorkerProtocol {}

  /** Evaluate one profile; blobs as in {@link Train}. */
  record Evaluate(EvaluationRequest request, Map<String, byte[]> policies)
      implements WorkerProtocol {}

  /** Nothing to do now; ask again shortly. */
  record Idle() implements WorkerProtocol {}

  /** The run is finished (or the request was refused); the worker stops. */
  record Finished(String reason) implements WorkerProtocol {}

  /** The answer to a report: the verdict, and the new mixture and blobs on {@code RETARGET}. */
  record Answer(Verdict verdict, OpponentMix mix, Map<String, byte[]> policies)
      implements WorkerProtocol {}

  /** The answer to a submission or an evaluation result. */
  record Ack(boolean accepted) implements WorkerProtocol {}

  /** Local only: the gate retries its greeting (the singleton may not be up yet). */
  record RetryHello() implements WorkerProtocol {}
}
