package org.psro4j.cli.cluster;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.psro4j.cli.report.RunReport;
import org.psro4j.cli.run.ClusterFollower;
import org.psro4j.cluster.ClusterRun;
import org.psro4j.cluster.ClusterSettings;
import org.psro4j.cluster.ManagerStartOptions;
import org.psro4j.cluster.TlsCredentials;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.pipeline.PipelineManager;
import org.psro4j.run.RunDirectory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code psro4j cluster manager}: the member holding the run directory and the Pipeline PSRO
 * manager singleton. Started again on the same directory it resumes the run from its checkpoint.
 */
@Command(
    name = "manager",
    mixinStandardHelpOptions = true,
    description =
        "Starts (or resumes) a Pipeline PSRO cluster run: writes RUN/cluster.secret, listens for"
            + " workers, saves the run to RUN until every level is fixed.",
    footer = {
      "",
      "Examples:",
      "  psro4j cluster manager --run runs/kuhn-c --game kuhn_poker --oracle ppo --iterations 3",
      "  psro4j cluster manager --run runs/kuhn-c          # resume after a crash or kill",
      "  psro4j cluster manager --run runs/kuhn-t --game kuhn_poker --oracle ppo --trainers 2",
      "  psro4j cluster manager --run runs/leduc-c --game leduc_poker --oracle dqn --bind 10.0.0.5"
    })
final class ClusterManagerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--run", required = true, paramLabel = "DIR", description = "Run directory.")
  Path run;

  @ArgGroup(
      exclusive = false,
      heading = "Run settings, as run --algo pipeline's (new runs; a resumed run keeps its own):%n")
  ClusterRunOptions options = new ClusterRunOptions();

  /** The run settings' names before they took those of {@code run}: still read, not shown. */
  @Mixin OldNames oldNames = new OldNames();

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address to bind and advertise (default ${DEFAULT-VALUE}).")
  String bind;

  @Option(
      names = "--tls",
      defaultValue = "auto",
      paramLabel = "auto|on|off",
      description =
          "Mutual TLS between members with the run's credentials RUN/"
              + TlsCredentials.FILE
              + " (made once, mode 600; workers need --tls FILE): auto (default) is on unless"
              + " --bind is a loopback address and the run has no credentials yet.")
  String tls;

  @Option(
      names = "--port",
      defaultValue = "25520",
      description = "Port workers join (default ${DEFAULT-VALUE}; 0: a free one).")
  int port;

  @Option(
      names = "--trainers",
      paramLabel = "N",
      description =
          "Training threads of a worker member started inside the manager's own JVM, as"
              + " 'cluster worker --trainers' (default 0: none; levels are trained by the members"
              + " that join). Not run's --workers: the manager's member counts threads, run's"
              + " --cluster embedded starts one member per worker.")
  Integer trainers;

  @Option(names = "--no-report", description = "Do not draw report.html at the end.")
  boolean noReport;

  @Option(names = "--force", description = "Replace a run already in --run.")
  boolean force;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    int workers = oldNames.trainers(trainers);
    if (workers < 0) {
      String given = trainers != null ? "--trainers" : "--workers"; // the name on the command line
      throw new IllegalArgumentException(given + " " + workers + " must not be negative");
    }
    boolean useTls =
        switch (tls) {
          case "on" -> true;
          case "off" -> false;
          // A run that has credentials keeps them: its workers hold --tls.
          case "auto" ->
              !ClusterSettings.isLoopback(bind)
                  || Files.isRegularFile(run.resolve(TlsCredentials.FILE));
          default ->
              throw new IllegalArgumentException("--tls " + tls + " is not one of auto, on, off");
        };
    oldNames.into(options);
    boolean resume = !force && run.resolve("checkpoint").resolve("state.json").toFile().isFile();
    ObjectNode config = resume ? RunDirectory.readConfig(run) : options.toConfig();
    if (resume && !"cluster".equals(config.path("engine").asText())) {
      throw new IllegalArgumentException(
          "--run "
              + run
              + " holds a run of --algo "
              + config.path("algo").asText("?")
              + ", not a cluster run (resume it with 'psro4j resume')");
    }
    if (resume && options.game != null && !options.game.equals(config.path("game").asText())) {
      throw new IllegalArgumentException(
          "--game " + options.game + " differs from the run's " + config.path("game").asText());
    }
    Game game = Games.load(config.path("game").asText());
    ClusterRunOptions.Resolved r = ClusterRunOptions.resolve(config, run.getFileName().toString());
    PrintWriter err = spec.commandLine().getErr();
    if (!useTls && !ClusterSettings.isLoopback(bind)) {
      err.println(
          "psro4j: --tls off on " + bind + ": members' messages cross the network unencrypted");
    }
    try (ClusterRun cr =
        ClusterRun.start(
            ManagerStartOptions.of(run, game, config, r.spec(), r.pipeline(), r.solver())
                .withForce(force)
                .withAddress(bind, port)
                .withTls(useTls)
                .withEpisodeBudget(r.episodeBudget()))) {
      if (workers > 0) {
        cr.startLocalMember(workers, true);
      }
      err.println(
          "psro4j: "
              + (cr.resumed() ? "resumed" : "started")
              + " run "
              + run
              + "; manager at "
              + cr.address());
      err.println(
          "psro4j: join with: psro4j cluster worker --join "
              + cr.address()
              + " --secret "
              + cr.secretFile()
              + (cr.tlsFile() != null ? " --tls " + cr.tlsFile() : ""));
      err.flush();
      PrintWriter out = spec.commandLine().getOut();
      ClusterFollower.follow(cr.driver(), run, r.levels() * game.numPlayers(), true, out);
      PipelineManager m = cr.finished().get();
      Thread.sleep(2_000); // lets workers hear that the run is over before the manager leaves
      out.printf(
          "run %s finished: %d promotions, %d table entries, %d episodes%n",
          run, m.promotions(), m.tableUpdates(), m.totalEpisodes());
      if (!noReport) {
        out.println("report: " + RunReport.write(run));
      }
      out.flush();
    }
    return 0;
  }
}
