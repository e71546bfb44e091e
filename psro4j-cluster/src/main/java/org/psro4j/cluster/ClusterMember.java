package org.psro4j.cluster;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.typed.ClusterSingleton;
import org.apache.pekko.cluster.typed.ClusterSingletonSettings;
import org.apache.pekko.cluster.typed.SingletonActor;
import org.psro4j.learn.LearningOracle;

/**
 * A worker member of a cluster run: joins the cluster, proves the run's secret to the manager
 * singleton, then runs {@code trainers} {@link LevelTrainer} threads and optionally one {@link
 * EvaluationLoop}, each with the run's learning oracle built locally from the {@link RunSpec}. When
 * it loses the manager (killed, restarted, or this member cut off) it leaves, and joins the same
 * address again with a new actor system (Pekko never readmits a removed system) for up to {@code
 * rejoin}; a manager of the same run found there hands out levels from their checkpoints.
 */
public final class ClusterMember implements AutoCloseable {

  /** How long a member tries to rejoin a manager it lost, unless told otherwise. */
  public static final Duration DEFAULT_REJOIN = Duration.ofSeconds(120);

  private final ClusterSettings settings;
  private final SharedSecret secret;
  private final int trainers;
  private final boolean evaluator;
  private final Duration rejoin;
  private final Consumer<String> notices;
  private final Function<RunSpec, LearningOracle> oracles;
  private final Thread supervisor;
  private volatile MemberSession session;
  private volatile boolean closed;
  private volatile String lostReason;

  private ClusterMember(
      ClusterSettings settings,
      SharedSecret secret,
      int trainers,
      boolean evaluator,
      Duration rejoin,
      Consumer<String> notices,
      Function<RunSpec, LearningOracle> oracles,
      MemberSession first) {
    this.settings = settings;
    this.secret = secret;
    this.trainers = trainers;
    this.evaluator = evaluator;
    this.rejoin = rejoin;
    this.notices = notices;
    this.oracles = oracles;
    this.session = first;
    this.supervisor = new Thread(this::supervise, "psro4j-member");
    supervisor.setDaemon(true);
  }

  /**
   * {@link #join(ClusterSettings, SharedSecret, int, boolean, Duration, Duration, Consumer)} with
   * the default rejoin time and no notices.
   */
  public static ClusterMember join(
      ClusterSettings settings,
      SharedSecret secret,
      int trainers,
      boolean evaluator,
      Duration timeout) {
    return join(settings, secret, trainers, evaluator, timeout, DEFAULT_REJOIN, n -> {});
  }

  /**
   * Joins the cluster of {@code settings.seeds()}, registers with the secret and starts working.
   * Throws {@link IllegalArgumentException} when nobody answers within {@code timeout} or the
   * manager refuses the secret. {@code notices} hears one line when the member loses the manager
   * and one when it rejoins.
   */
  public static ClusterMember join(
      ClusterSettings settings,
      SharedSecret secret,
      int trainers,
      boolean evaluator,
      Duration timeout,
      Duration rejoin,
      Consumer<String> notices) {
    return join(
        settings,
        secret,
        trainers,
        evaluator,
        timeout,
        rejoin,
        notices,
        MemberSession::learningOracle);
  }

  /** As above, with the learning oracle built by {@code oracles} (tests record its tasks). */
  static ClusterMember join(
      ClusterSettings settings,
      SharedSecret secret,
      int trainers,
      boolean evaluator,
      Duration timeout,
      Duration rejoin,
      Consumer<String> notices,
      Function<RunSpec, LearningOracle> oracles) {
    if (trainers < 0 || (trainers == 0 && !evaluator)) {
      throw new IllegalArgumentException("a member needs at least one worker, got " + trainers);
    }
    if (rejoin.isNegative()) {
      throw new IllegalArgumentException("rejoin time " + rejoin + " is negative");
    }
    MemberSession first =
        MemberSession.open(settings, secret, trainers, evaluator, timeout, oracles);
    ClusterMember m =
        new ClusterMember(
            settings,
            secret,
            trainers,
            evaluator,
            rejoin,
            Objects.requireNonNull(notices),
            oracles,
            first);
    m.supervisor.start();
    return m;
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

  private void supervise() {
    try {
      while (!closed) {
        MemberSession s = session;
        CompletableFuture.anyOf(s.workersDone(), s.lost()).get();
        if (closed || !s.lost().isDone() || s.runFinished()) {
          return; // the run is over (or this member is closing): nothing to rejoin
        }
        String where = String.join(",", settings.seeds());
        notices.accept(
            s.lost().getNow("")
                + "; worker "
                + s.address()
                + " rejoins "
                + where
                + " for up to "
                + rejoin.toSeconds()
                + " s");
        s.stopWorkers();
        s.close();
        MemberSession next = rejoin(s.spec(), where);
        if (next == null) {
          return;
        }
        session = next;
        if (closed) {
          next.close();
          return;
        }
        notices.accept("worker " + next.address() + " rejoined " + where);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      lostReason = "worker failed: " + e.getCause();
    }
  }

  /** A session with a manager of the same run, or null (with {@link #lostReason} set). */
  private MemberSession rejoin(RunSpec spec, String where) throws InterruptedException {
    long deadline = System.nanoTime() + rejoin.toNanos();
    String last = "no answer";
    while (!closed) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      try {
        MemberSession next =
            MemberSession.open(
                settings, secret, trainers, evaluator, Duration.ofNanos(left), oracles);
        if (!next.spec().equals(spec)) {
          next.close();
          lostReason =
              "the manager at "
                  + where
                  + " now runs "
                  + next.spec().runId()
                  + ", not "
                  + spec.runId();
          return null;
        }
        return next;
      } catch (IllegalArgumentException e) {
        last = e.getMessage();
        if (last.startsWith("refused")) {
          lostReason = last;
          return null;
        }
        Thread.sleep(1000);
      } catch (IllegalStateException e) {
        return null; // interrupted: closing
      }
    }
    lostReason =
        "the manager did not come back at "
            + where
            + " within "
            + rejoin.toSeconds()
            + " s ("
            + last
            + ")";
    return null;
  }

  /** Waits until this member stopped working: the run finished, or the manager is lost for good. */
  public void awaitWorkers() throws InterruptedException {
    supervisor.join();
  }

  /** {@code host:port} of this member (it changes when the member rejoins). */
  public String address() {
    return session.address();
  }

  /**
   * Future completed when this member's current membership ended: its actor system stopped or the
   * manager left (a rejoin starts a new one).
   */
  public CompletionStage<?> terminated() {
    return session.lost();
  }

  /** Whether this member's current membership ended (see {@link #terminated}). */
  public boolean removed() {
    return session.lost().isDone();
  }

  /**
   * Why this member stopped working without the run finishing (e.g. the manager did not come back
   * in time), or null.
   */
  public String lostReason() {
    return lostReason;
  }

  /** Stops the worker threads (after their current piece of training) and leaves the cluster. */
  @Override
  public void close() {
    closed = true;
    supervisor.interrupt();
    try {
      supervisor.join(TimeUnit.SECONDS.toMillis(60));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    session.close();
  }
}
