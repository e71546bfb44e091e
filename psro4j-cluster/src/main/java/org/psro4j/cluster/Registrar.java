package org.psro4j.cluster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.cluster.Cluster;

/**
 * The manager's side of the secret handshake: a nonce per greeting worker, and the set of workers
 * that proved the secret. Messages from any other worker are ignored.
 */
final class Registrar {

  private final SharedSecret secret;
  private final ActorSystem<?> system;
  // Every nonce sent to a gate stays valid until it registers: a gate that greeted twice (its
  // retry crossed the first challenge) may answer either challenge.
  private final Map<ActorRef<WorkerProtocol>, Set<String>> pending = new HashMap<>();
  private final Set<ActorRef<WorkerProtocol>> registered = new HashSet<>();

  Registrar(SharedSecret secret, ActorSystem<?> system) {
    this.secret = secret;
    this.system = system;
  }

  /** A fresh challenge for {@code worker}. */
  byte[] challenge(ActorRef<WorkerProtocol> worker) {
    byte[] nonce = SharedSecret.nonce();
    pending.computeIfAbsent(worker, w -> new HashSet<>()).add(HexFormat.of().formatHex(nonce));
    return nonce;
  }

  /**
   * Whether {@code mac} answers a challenge ({@code nonce}) sent to {@code worker}; registers it if
   * so. A wrong answer, or an answer to a nonce never sent to it, clears its challenges.
   */
  boolean accept(ActorRef<WorkerProtocol> worker, byte[] nonce, byte[] mac) {
    Set<String> sent = pending.remove(worker);
    if (nonce == null
        || sent == null
        || !sent.contains(HexFormat.of().formatHex(nonce))
        || !secret.verify(nonce, path(system, worker), mac)) {
      return false;
    }
    registered.add(worker);
    return true;
  }

  boolean isRegistered(ActorRef<WorkerProtocol> worker) {
    return registered.contains(worker);
  }

  void forget(ActorRef<WorkerProtocol> worker) {
    registered.remove(worker);
    pending.remove(worker);
  }

  Set<ActorRef<WorkerProtocol>> registered() {
    return Set.copyOf(registered);
  }

  /**
   * The path both sides put into the MAC: the worker's member address and actor path, the same
   * whether seen from the worker itself or from the manager.
   */
  static String path(ActorSystem<?> system, ActorRef<?> worker) {
    var address = worker.path().address();
    if (address.hasLocalScope()) {
      address = Cluster.get(Adapter.toClassic(system)).selfAddress();
    }
    return address + worker.path().toStringWithoutAddress();
  }
}
