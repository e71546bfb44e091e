package org.psro4j.cluster;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.AskPattern;

/**
 * Blocking requests from a member's worker threads to the manager singleton (through its proxy),
 * with the member's token. A request that gets no answer in time yields {@code null}: the manager
 * may be moving or restarting, and the caller asks again.
 */
final class ManagerClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final ActorSystem<?> system;
  private final ActorRef<ManagerProtocol> manager;
  private final String token;
  private final String memberAddress;

  ManagerClient(
      ActorSystem<?> system, ActorRef<ManagerProtocol> manager, String token, String address) {
    this.system = system;
    this.manager = manager;
    this.token = token;
    this.memberAddress = address;
  }

  String token() {
    return token;
  }

  /** The name the manager knows worker {@code name} of this member by. */
  String workerId(String name) {
    return memberAddress + "/" + name;
  }

  /** Sends the request {@code make} builds around a reply address; null on timeout. */
  WorkerProtocol ask(Function<ActorRef<WorkerProtocol>, ManagerProtocol> make) {
    try {
      return AskPattern.<ManagerProtocol, WorkerProtocol>ask(
              manager, make::apply, TIMEOUT, system.scheduler())
          .toCompletableFuture()
          .get(TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
