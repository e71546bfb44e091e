package org.psro4j.cluster;

/** What a worker receives from the manager singleton (and from itself). */
public sealed interface WorkerProtocol extends ClusterMessage {

  /** The manager's challenge: prove the secret over this nonce. */
  record Challenge(byte[] nonce) implements WorkerProtocol {}

  /** The proof was right: the worker is registered for the run {@code runId}. */
  record Welcome(String runId) implements WorkerProtocol {}

  /** The worker is refused (wrong secret, or the run is over) and its member is downed. */
  record Refused(String reason) implements WorkerProtocol {}

  /** Nothing to do now; ask again later. */
  record Idle() implements WorkerProtocol {}

  /** The run is finished; the worker stops. */
  record Finished() implements WorkerProtocol {}

  /** Local only: retry the handshake (the singleton may not be up yet). */
  record RetryHello() implements WorkerProtocol {}
}
