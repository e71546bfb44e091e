package org.psro4j.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.ClusterEvent;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.ClusterSingleton;
import org.apache.pekko.cluster.typed.ClusterSingletonSettings;
import org.apache.pekko.cluster.typed.SingletonActor;
import org.apache.pekko.cluster.typed.Subscribe;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.learn.LearningOracle;
import org.psro4j.psro.BestResponseOracle;
import org.psro4j.psro.ExactEvaluator;
import org.psro4j.psro.Oracles;
import org.psro4j.psro.PayoffEvaluator;
import org.psro4j.psro.SampledEvaluator;

/**
 * A worker member of a cluster run: joins the cluster, proves the run's secret to the manager
 * singleton, then runs {@code trainers} {@link LevelTrainer} threads and optionally one {@link
 * EvaluationLoop}, each with the run's learning oracle built locally from the {@link RunSpec}.
 */
public final class ClusterMember implements AutoCloseable {

  private final ClusterNode node;
  private final List<LevelTrainer> trainers = new ArrayList<>();
  private final List<EvaluationLoop> evaluators = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean managerLeft;

  private ClusterMember(ClusterNode node) {
    this.node = node;
  }

  /**
   * Joins the cluster of {@code settings.seeds()}, registers with the secret and starts working.
   * Throws {@link IllegalArgumentException} when nobody answers within {@code timeout} or the
   * manager refuses the secret.
   */
  public static ClusterMember join(
      ClusterSettings settings,
      SharedSecret secret,
      int trainers,
      boolean evaluator,
      Duration timeout) {
    if (trainers < 0 || (trainers == 0 && !evaluator)) {
      throw new IllegalArgumentException("a member needs at least one worker, got " + trainers);
    }
    ClusterNode node = new ClusterNode(settings);
    ClusterMember member = new ClusterMember(node);
    try {
      node.awaitUp(timeout, String.join(",", settings.seeds()));
      ActorRef<ManagerProtocol> manager = proxy(node);
      CompletableFuture<GateActor.Registration> welcome = new CompletableFuture<>();
      node.spawn(GateActor.create(manager, secret, welcome), "worker-gate");
      GateActor.Registration reg = awaitWelcome(welcome, timeout);
      RunSpec spec = reg.spec();
      Game game = Games.load(spec.game());
      ManagerClient client =
          new ManagerClient(node.system(), manager, reg.token(), memberAddress(node));
      PolicyCache cache = new PolicyCache(game);
      for (int i = 0; i < trainers; i++) {
        LevelTrainer t =
            new LevelTrainer(client, "trainer-" + i, spec, game, learningOracle(spec), cache);
        member.trainers.add(t);
        member.start(t, "psro4j-trainer-" + i);
      }
      if (evaluator) {
        EvaluationLoop e = new EvaluationLoop(client, spec, game, evaluator(game, spec), cache);
        member.evaluators.add(e);
        member.start(e, "psro4j-evaluator");
      }
      // A member downed by the cluster, or whose manager left, stops working.
      node.terminated().thenRun(member::stopWorkers);
      Cluster.get(node.system())
          .subscriptions()
          .tell(
              Subscribe.create(
                  node.spawn(ManagerWatch.create(member::onManagerLeft), "manager-watch"),
                  ClusterEvent.MemberRemoved.class));
      return member;
    } catch (RuntimeException e) {
      member.close();
      throw e;
    }
  }

  /** The proxy to the manager singleton from {@code node}. */
  static ActorRef<ManagerProtocol> proxy(ClusterNode node) {
    return ClusterSingleton.get(node.system())
        .init(
            SingletonActor.of(Behaviors.<ManagerProtocol>empty(), ClusterRun.SINGLETON)
                .withSettings(
                    ClusterSingletonSettings.create(node.system())
                        .withRole(ClusterSettings.MANAGER_ROLE)));
  }

  private static String memberAddress(ClusterNode node) {
    return "pekko://" + ClusterSettings.SYSTEM + "@" + node.address();
  }

  private static GateActor.Registration awaitWelcome(
      CompletableFuture<GateActor.Registration> welcome, Duration timeout) {
    try {
      return welcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalArgumentException(
          "the cluster has no psro4j manager answering (waited " + timeout.toSeconds() + " s)");
    } catch (ExecutionException e) {
      throw new IllegalArgumentException("refused by the manager: " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while registering", e);
    }
  }

  private static LearningOracle learningOracle(RunSpec spec) {
    BestResponseOracle o = Oracles.create(spec.oracle(), spec.oracleOptions());
    if (!(o instanceof LearningOracle learning)) {
      throw new IllegalArgumentException(
          "oracle " + spec.oracle() + " does not learn; Pipeline PSRO needs a learning oracle");
    }
    return learning;
  }

  private static PayoffEvaluator evaluator(Game game, RunSpec spec) {
    return spec.evalEpisodes() == 0
        ? new ExactEvaluator(game)
        : new SampledEvaluator((int) spec.evalEpisodes());
  }

  private void start(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    threads.add(t);
    t.start();
  }

  /** Waits until every worker thread ended (the run finished or the member was stopped). */
  public void awaitWorkers() throws InterruptedException {
    for (Thread t : threads) {
      t.join();
    }
  }

  /** {@code host:port} of this member. */
  public String address() {
    return node.address();
  }

  /** Future completed when this member's actor system stopped (e.g. it was downed). */
  public java.util.concurrent.CompletionStage<?> terminated() {
    return node.terminated();
  }

  /** Whether this member's actor system stopped (it left, or the cluster downed it). */
  public boolean removed() {
    return node.terminated().toCompletableFuture().isDone();
  }

  private void onManagerLeft() {
    managerLeft = true;
    stopWorkers();
  }

  /** Whether this member stopped because the manager's member left the cluster. */
  public boolean managerLeft() {
    return managerLeft;
  }

  private void stopWorkers() {
    trainers.forEach(LevelTrainer::stop);
    evaluators.forEach(EvaluationLoop::stop);
  }

  /** Stops the worker threads (after their current piece of training) and leaves the cluster. */
  @Override
  public void close() {
    stopWorkers();
    node.close();
  }
}
