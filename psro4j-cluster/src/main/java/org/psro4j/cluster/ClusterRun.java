package org.psro4j.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.cluster.typed.ClusterSingleton;
import org.apache.pekko.cluster.typed.ClusterSingletonSettings;
import org.apache.pekko.cluster.typed.SingletonActor;
import org.psro4j.exact.GameTree;
import org.psro4j.game.Game;
import org.psro4j.learn.LearningOracle;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.pipeline.Blobs;
import org.psro4j.pipeline.PipelineManager;
import org.psro4j.pipeline.PipelineSettings;
import org.psro4j.pipeline.PipelineStates;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.psro.ExactBestResponse;
import org.psro4j.run.Checkpoint;
import org.psro4j.run.RunDirectory;
import org.psro4j.state.DriverState;

/**
 * The manager's member of a cluster run: holds the run directory (and its lock), writes the run's
 * secret there, starts the member with the manager role and the {@link ManagerActor} singleton, and
 * optionally workers of its own (the embedded one-JVM cluster). A run directory that already holds
 * a checkpoint of this run is resumed.
 */
public final class ClusterRun implements AutoCloseable {

  /** The singleton's name; its actor path is a large-message destination. */
  public static final String SINGLETON = "pipeline-manager";

  private final RunDirectory directory;
  private final ClusterNode node;
  private final ClusterDriver driver;
  private final SharedSecret secret;
  private final TlsCredentials tls;
  private final List<ClusterMember> members = new ArrayList<>();
  private final boolean resumed;

  private ClusterRun(
      RunDirectory directory,
      ClusterNode node,
      ClusterDriver driver,
      SharedSecret secret,
      TlsCredentials tls,
      boolean resumed) {
    this.directory = directory;
    this.node = node;
    this.driver = driver;
    this.secret = secret;
    this.tls = tls;
    this.resumed = resumed;
  }

  /**
   * Starts the run that {@code options} describe, or resumes it when its directory holds a
   * checkpoint and {@link ManagerStartOptions#force()} is off. The run's secret ({@value
   * SharedSecret#FILE}) and, with TLS, its credentials ({@value TlsCredentials#FILE}) are kept in
   * the run directory: made once, reused on resume.
   */
  public static ClusterRun start(ManagerStartOptions options) {
    Path runDir = options.runDir();
    Game game = options.game();
    boolean force = options.force();
    boolean tls = options.tls();
    RunSpec spec = options.spec();
    PipelineSettings pipeline = options.pipeline();
    MetaSolver solver = options.solver();
    ClusterSettings settings = options.managerSettings();
    boolean resume = !force && runDir.resolve("checkpoint").resolve("state.json").toFile().isFile();
    // The keys are read or made before anything listens, and written once the directory is ours.
    Path secretFile = runDir.resolve(SharedSecret.FILE);
    Path tlsFile = runDir.resolve(TlsCredentials.FILE);
    boolean newSecret = !Files.exists(secretFile);
    SharedSecret secret = newSecret ? SharedSecret.fresh() : SharedSecret.read(secretFile);
    boolean newTls = tls && !Files.exists(tlsFile);
    TlsCredentials credentials =
        !tls
            ? null
            : newTls ? TlsCredentials.generate(secret) : TlsCredentials.read(tlsFile, secret);
    // The member listens first: a bad --bind or a taken port fails before the run directory is
    // created, replaced (--force) or opened.
    ClusterNode node = new ClusterNode(settings.withTls(credentials));
    try {
      node.awaitUp(Duration.ofSeconds(30), node.address());
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
    RunDirectory directory;
    PipelineManager manager;
    DriverState resumedFrom = null;
    if (resume) {
      RunDirectory.Resumed r;
      try {
        r = RunDirectory.open(runDir, game);
      } catch (RuntimeException e) {
        node.close();
        throw e;
      }
      directory = r.directory();
      Checkpoint c = r.checkpoint();
      try {
        manager = PipelineStates.fromDriverState(c.state(), pipeline, solver);
      } catch (RuntimeException e) {
        directory.close();
        node.close();
        throw e;
      }
      resumedFrom = c.state();
    } else {
      try {
        directory = RunDirectory.create(runDir, game, options.config(), force);
      } catch (RuntimeException e) {
        node.close();
        throw e;
      }
      List<byte[]> initial = new ArrayList<>();
      byte[] uniform = Blobs.ofPolicy(TabularPolicy.uniform(game), game);
      for (int p = 0; p < game.numPlayers(); p++) {
        initial.add(uniform);
      }
      manager = new PipelineManager(pipeline, solver, initial, System.currentTimeMillis());
    }
    try {
      directory.deleteSupersededPolicies(); // a level's older snapshots: only the latest is of use
      if (newSecret) {
        secret.write(secretFile);
      }
      if (newTls) {
        credentials.write(tlsFile);
      }
      GameTree tree = walkable(game) ? GameTree.of(game) : null;
      ClusterDriver driver =
          new ClusterDriver(game, directory, tree, resumedFrom, options.episodeBudget());
      if (resume) {
        driver.startFrom(manager); // the next row counts what is trained from here
        driver.endIfEnded(manager); // a run that had ended stays ended: no wait for a promotion
      } else {
        if (tree != null) {
          // Row 0's NashConv needs the initial entry, which no member has evaluated yet.
          EvaluationLoop.evaluateQueued(manager, game, spec, System.currentTimeMillis());
        }
        driver.promoted(manager); // row 0: the initial policies and their entry
      }
      var behavior = ManagerActor.create(manager, spec, secret, driver, System::currentTimeMillis);
      ClusterSingleton.get(node.system())
          .init(
              SingletonActor.of(behavior, SINGLETON)
                  .withSettings(
                      ClusterSingletonSettings.create(node.system())
                          .withRole(ClusterSettings.MANAGER_ROLE)));
      return new ClusterRun(directory, node, driver, secret, credentials, resume);
    } catch (RuntimeException e) {
      node.close();
      directory.close();
      throw e;
    }
  }

  /** Whether the run continued from a checkpoint in its directory. */
  public boolean resumed() {
    return resumed;
  }

  /** {@code host:port} members join. */
  public String address() {
    return node.address();
  }

  /** The run's secret file. */
  public Path secretFile() {
    return directory.path().resolve(SharedSecret.FILE);
  }

  /** The run's TLS credentials file, or null when the run's members talk plain TCP. */
  public Path tlsFile() {
    return tls == null ? null : directory.path().resolve(TlsCredentials.FILE);
  }

  /** Starts a member of this run inside this JVM, with its own actor system (embedded cluster). */
  public ClusterMember startLocalMember(int trainers, boolean evaluator) {
    return startLocalMember(trainers, evaluator, MemberSession::learningOracle);
  }

  /** As above, with the learning oracle built by {@code oracles} (tests). */
  ClusterMember startLocalMember(
      int trainers, boolean evaluator, Function<RunSpec, LearningOracle> oracles) {
    ClusterMember m =
        ClusterMember.join(
            new ClusterSettings(
                    "127.0.0.1", 0, List.of(address()), List.of(ClusterSettings.WORKER_ROLE))
                .withTls(tls),
            secret,
            trainers,
            evaluator,
            Duration.ofSeconds(30),
            ClusterMember.DEFAULT_REJOIN,
            n -> {},
            oracles);
    members.add(m);
    return m;
  }

  /** Completes with the manager once the finished run is saved. */
  public CompletableFuture<PipelineManager> finished() {
    return driver.done();
  }

  /** The run as a driver: each step is the next promotion. */
  public ClusterDriver driver() {
    return driver;
  }

  private static void daemon(Runnable r) {
    Thread t = new Thread(r, "psro4j-member-close");
    t.setDaemon(true);
    t.start();
  }

  private static boolean walkable(Game game) {
    try {
      ExactBestResponse.requireWalkable(game, "the exact NashConv");
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The manager member's actor system's singleton proxy (for tools and tests). */
  public ActorRef<ManagerProtocol> proxy() {
    return ClusterMember.proxy(node);
  }

  @Override
  public void close() {
    // Members leave at once rather than one after another: each leave waits on gossip rounds.
    CompletableFuture.allOf(
            members.stream()
                .map(m -> CompletableFuture.runAsync(m::close, ClusterRun::daemon))
                .toArray(CompletableFuture[]::new))
        .join();
    node.close();
    directory.close();
  }
}
