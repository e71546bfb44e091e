package org.psro4j.cluster;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.BootstrapSetup;
import org.apache.pekko.actor.CoordinatedShutdown;
import org.apache.pekko.actor.setup.ActorSystemSetup;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.SpawnProtocol;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.cluster.Cluster;
import org.apache.pekko.remote.artery.tcp.SSLEngineProviderSetup;

/**
 * One cluster member: a Pekko actor system configured by {@link ClusterSettings}, joined to its
 * seeds (or starting the cluster), with a way to wait until it is up and to spawn top-level actors.
 */
public final class ClusterNode implements AutoCloseable {

  private final ActorSystem<SpawnProtocol.Command> system;
  private final CompletableFuture<Void> up = new CompletableFuture<>();

  /** Starts the member; {@link #awaitUp} tells whether it got into the cluster. */
  public ClusterNode(ClusterSettings settings) {
    try {
      BootstrapSetup config = BootstrapSetup.create(settings.toConfig());
      ActorSystemSetup setup =
          settings.tls() == null
              ? ActorSystemSetup.create(config)
              : ActorSystemSetup.create(
                  config, SSLEngineProviderSetup.create(s -> new TlsEngines(settings.tls())));
      this.system = ActorSystem.create(SpawnProtocol.create(), ClusterSettings.SYSTEM, setup);
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      throw new IllegalArgumentException(
          "cannot listen on " + settings.host() + ":" + settings.port() + ": " + root.getMessage());
    }
    Cluster cluster = Cluster.get(Adapter.toClassic(system));
    cluster.registerOnMemberUp(() -> up.complete(null));
    if (settings.seeds().isEmpty()) {
      cluster.join(cluster.selfAddress()); // the first member starts the cluster on its own
    }
    cluster.registerOnMemberRemoved(
        () -> up.completeExceptionally(new IllegalStateException("removed from the cluster")));
  }

  /** The member's actor system. */
  public ActorSystem<SpawnProtocol.Command> system() {
    return system;
  }

  /** {@code host:port} this member listens on. */
  public String address() {
    var a = Cluster.get(Adapter.toClassic(system)).selfAddress();
    return a.getHost().get() + ":" + a.getPort().get();
  }

  /**
   * Waits until this member is up in the cluster, or throws {@link IllegalArgumentException} naming
   * {@code what} when no seed answered within {@code timeout}.
   */
  public void awaitUp(Duration timeout, String what) {
    try {
      up.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalArgumentException(
          "no psro4j cluster answers at " + what + " (waited " + timeout.toSeconds() + " s)");
    } catch (ExecutionException e) {
      throw new IllegalArgumentException(
          "could not join " + what + ": " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while joining " + what, e);
    }
  }

  /** Spawns a top-level actor {@code /user/NAME}. */
  public <T> ActorRef<T> spawn(Behavior<T> behavior, String name) {
    CompletionStage<ActorRef<T>> ref =
        AskPattern.ask(
            system,
            replyTo -> new SpawnProtocol.Spawn<>(behavior, name, Props.empty(), replyTo),
            Duration.ofSeconds(10),
            system.scheduler());
    return ref.toCompletableFuture().join();
  }

  /** Future completed when the actor system has terminated. */
  public CompletionStage<?> terminated() {
    return system.getWhenTerminated();
  }

  /** Leaves the cluster (gracefully: the others see it go, not die) and stops the actor system. */
  @Override
  public void close() {
    CoordinatedShutdown.get(system).run(CoordinatedShutdown.unknownReason());
    try {
      system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // The system is going down either way; nothing of the run depends on a clean stop.
    }
  }
}
