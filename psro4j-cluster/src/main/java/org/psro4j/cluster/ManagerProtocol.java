package org.psro4j.cluster;

import org.apache.pekko.actor.typed.ActorRef;

/** What the Pipeline PSRO manager singleton receives: registration, then the workers' reports. */
public sealed interface ManagerProtocol extends ClusterMessage {

  /** A worker asks to join; the manager answers with a {@link WorkerProtocol.Challenge}. */
  record Hello(ActorRef<WorkerProtocol> worker) implements ManagerProtocol {}

  /** The worker's answer to the challenge: HMAC(secret, nonce ‖ the worker's actor path). */
  record Proof(ActorRef<WorkerProtocol> worker, byte[] mac) implements ManagerProtocol {}

  /** A registered worker asks for work (a level to train or an evaluation). */
  record Ready(ActorRef<WorkerProtocol> worker) implements ManagerProtocol {}

  /**
   * Progress of a lease: the learner's counts so far, and (when present) the current policy and the
   * learner's checkpoint as versioned blobs.
   */
  record Progress(
      ActorRef<WorkerProtocol> worker,
      long leaseId,
      long steps,
      double meanReward,
      byte[] policyBlob,
      byte[] checkpointBlob)
      implements ManagerProtocol {}

  /** The result of an evaluation job: one sampled or exact payoff entry. */
  record Evaluated(ActorRef<WorkerProtocol> worker, long jobId, double[] payoffs, long samples)
      implements ManagerProtocol {}

  /** Local only: a member left or was downed; its workers' leases are released at once. */
  record MemberGone(String address) implements ManagerProtocol {}

  /** Local only: periodic tick that expires leases whose heartbeats stopped. */
  record Tick() implements ManagerProtocol {}
}
