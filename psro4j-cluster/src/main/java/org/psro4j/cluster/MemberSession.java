package org.psro4j.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.cluster.ClusterEvent;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.Subscribe;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.learn.LearningOracle;
import org.psro4j.psro.BestResponseOracle;
import org.psro4j.psro.Oracles;

/**
 * One membership of a worker member: an actor system joined to the run's cluster, registered with
 * the manager singleton, and its trainer and evaluator threads. It ends when its threads end (the
 * run finished) or when it loses the manager (the manager's member was removed, or this member's
 * own system stopped); {@link ClusterMember} then opens a new one.
 */
final class MemberSession implements AutoCloseable {

  private final ClusterNode node;
  private final RunSpec spec;
  private final List<Runnable> stops = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final CompletableFuture<String> lost = new CompletableFuture<>();
  private final CompletableFuture<Void> runFinished = new CompletableFuture<>();

  private MemberSession(ClusterNode node, RunSpec spec) {
    this.node = node;
    this.spec = spec;
  }

  /**
   * Joins, registers with the secret and starts the threads; throws {@link
   * IllegalArgumentException} when nobody answers within {@code timeout} or the secret is refused.
   */
  static MemberSession open(
      ClusterSettings settings,
      SharedSecret secret,
      int trainers,
      boolean evaluator,
      Duration timeout,
      Function<RunSpec, LearningOracle> oracles) {
    ClusterNode node = new ClusterNode(settings);
    try {
      node.awaitUp(timeout, String.join(",", settings.seeds()));
      ActorRef<ManagerProtocol> manager = ClusterMember.proxy(node);
      CompletableFuture<GateActor.Registration> welcome = new CompletableFuture<>();
      CompletableFuture<Void> finished = new CompletableFuture<>();
      node.spawn(
          GateActor.create(manager, secret, welcome, () -> finished.complete(null)), "worker-gate");
      node.terminated()
          .thenRun(
              () ->
                  welcome.completeExceptionally(
                      new IllegalStateException("removed from the cluster before registering")));
      GateActor.Registration reg = awaitWelcome(welcome, timeout);
      MemberSession s = new MemberSession(node, reg.spec());
      finished.thenRun(() -> s.runFinished.complete(null));
      Game game = Games.load(s.spec.game());
      ManagerClient client =
          new ManagerClient(
              node.system(),
              manager,
              reg.token(),
              "pekko://" + ClusterSettings.SYSTEM + "@" + node.address());
      PolicyCache cache = new PolicyCache(game);
      for (int i = 0; i < trainers; i++) {
        LevelTrainer t =
            new LevelTrainer(client, "trainer-" + i, s.spec, game, oracles.apply(s.spec), cache);
        s.start(t, t::stop, "psro4j-trainer-" + i);
      }
      if (evaluator) {
        EvaluationLoop e = new EvaluationLoop(client, s.spec, game, cache);
        s.start(e, e::stop, "psro4j-evaluator");
      }
      node.terminated().thenRun(() -> s.lost.complete("this member left the cluster"));
      Cluster.get(node.system())
          .subscriptions()
          .tell(
              Subscribe.create(
                  node.spawn(
                      ManagerWatch.create(() -> s.lost.complete("the manager left the cluster")),
                      "manager-watch"),
                  ClusterEvent.MemberRemoved.class));
      return s;
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
  }

  private static GateActor.Registration awaitWelcome(
      CompletableFuture<GateActor.Registration> welcome, Duration timeout) {
    try {
      return welcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalArgumentException(
          "the cluster has no psro4j manager answering (waited " + timeout.toSeconds() + " s)");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IllegalArgumentException refused) {
        throw new IllegalArgumentException("refused by the manager: " + refused.getMessage());
      }
      throw new IllegalArgumentException("could not register: " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while registering", e);
    }
  }

  /** The run's learning oracle, built from its {@link RunSpec}. */
  static LearningOracle learningOracle(RunSpec spec) {
    BestResponseOracle o = Oracles.create(spec.oracle(), spec.oracleOptions());
    if (!(o instanceof LearningOracle learning)) {
      throw new IllegalArgumentException(
          "oracle " + spec.oracle() + " does not learn; Pipeline PSRO needs a learning oracle");
    }
    return learning;
  }

  private void start(Runnable r, Runnable stop, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    threads.add(t);
    stops.add(stop);
    t.start();
  }

  RunSpec spec() {
    return spec;
  }

  String address() {
    return node.address();
  }

  /** Completes with the reason when this membership lost the manager. */
  CompletableFuture<String> lost() {
    return lost;
  }

  /** Whether the manager said the run is finished. */
  boolean runFinished() {
    return runFinished.isDone();
  }

  /** Completes when every worker thread ended. */
  CompletableFuture<Void> workersDone() {
    return CompletableFuture.runAsync(
        () -> {
          try {
            for (Thread t : threads) {
              t.join();
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        },
        r -> {
          Thread t = new Thread(r, "psro4j-member-join");
          t.setDaemon(true);
          t.start();
        });
  }

  /** Stops the threads after their current piece of work and waits for them. */
  void stopWorkers() throws InterruptedException {
    stops.forEach(Runnable::run);
    for (Thread t : threads) {
      t.join();
    }
  }

  /** Stops the threads (without waiting) and leaves the cluster. */
  @Override
  public void close() {
    stops.forEach(Runnable::run);
    node.close();
  }
}
