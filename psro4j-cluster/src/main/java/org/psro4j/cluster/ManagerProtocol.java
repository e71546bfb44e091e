package org.psro4j.cluster;

import org.apache.pekko.actor.typed.ActorRef;
import org.psro4j.pipeline.PipelineProtocol.EvaluationResult;
import org.psro4j.pipeline.PipelineProtocol.Progress;
import org.psro4j.pipeline.PipelineProtocol.Snapshot;
import org.psro4j.pipeline.PipelineProtocol.Submission;

/**
 * What the Pipeline PSRO manager singleton receives. A member first proves the run's secret ({@link
 * Hello}, {@link Proof}); the {@code token} it gets back in {@link WorkerProtocol.Welcome} goes
 * with every later request, and requests with any other token are refused.
 */
public sealed interface ManagerProtocol extends ClusterMessage {

  /** A member's gate actor asks to join; answered by a {@link WorkerProtocol.Challenge}. */
  record Hello(ActorRef<WorkerProtocol> gate) implements ManagerProtocol {}

  /**
   * The answer to the challenge {@code nonce}: HMAC(secret, nonce ‖ the gate's address and path).
   */
  record Proof(ActorRef<WorkerProtocol> gate, byte[] nonce, byte[] mac)
      implements ManagerProtocol {}

  /**
   * Worker {@code worker} of a registered member asks for a level ({@code evaluator}: an
   * evaluation).
   */
  record Claim(String token, String worker, boolean evaluator, ActorRef<WorkerProtocol> replyTo)
      implements ManagerProtocol {}

  /** Progress on a lease, with a snapshot (policy, maybe checkpoint) or null; heartbeats too. */
  record Report(
      String token, Progress progress, Snapshot snapshot, ActorRef<WorkerProtocol> replyTo)
      implements ManagerProtocol {}

  /** A level's final policy. */
  record Submit(String token, Submission submission, ActorRef<WorkerProtocol> replyTo)
      implements ManagerProtocol {}

  /** An evaluation's result. */
  record Evaluated(String token, EvaluationResult result, ActorRef<WorkerProtocol> replyTo)
      implements ManagerProtocol {}

  /** Local only: the failure detector lost a member; it is downed unless it comes back. */
  record MemberUnreachable(String address) implements ManagerProtocol {}

  /** Local only: a member was removed; its workers' leases and evaluations are freed at once. */
  record MemberGone(String address) implements ManagerProtocol {}

  /** Local only: expires leases whose heartbeats stopped and saves the run when it changed. */
  record Tick() implements ManagerProtocol {}
}
