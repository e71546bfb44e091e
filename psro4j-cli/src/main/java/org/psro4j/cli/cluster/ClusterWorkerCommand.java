package org.psro4j.cli.cluster;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.psro4j.cluster.ClusterMember;
import org.psro4j.cluster.ClusterSettings;
import org.psro4j.cluster.SharedSecret;
import org.psro4j.cluster.TlsCredentials;
import org.psro4j.cluster.TlsProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code psro4j cluster worker}: a member that trains levels and evaluates payoff entries. */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description =
        "Joins a cluster run, proves its secret, trains levels and evaluates entries until the run"
            + " ends.",
    footer = {
      "",
      "Examples:",
      "  psro4j cluster worker --join 127.0.0.1:25520 --secret runs/kuhn-c/cluster.secret",
      "  psro4j cluster worker --join 10.0.0.5:25520 --bind 10.0.0.7 --trainers 2 --secret s.txt \\",
      "      --tls cluster.p12"
    })
final class ClusterWorkerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--join",
      required = true,
      paramLabel = "HOST:PORT",
      description = "Address of the manager (or any member) of the run.")
  String join;

  @Option(
      names = "--secret",
      paramLabel = "FILE",
      description =
          "The run's secret file (the manager writes RUN/cluster.secret); default ./cluster.secret.")
  Path secret;

  @Option(
      names = "--tls",
      paramLabel = "FILE",
      description =
          "The run's TLS credentials (the manager writes RUN/"
              + TlsCredentials.FILE
              + " when it uses TLS, the default unless it binds a loopback address).")
  Path tls;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address to bind and advertise (default ${DEFAULT-VALUE}).")
  String bind;

  @Option(
      names = "--port",
      defaultValue = "0",
      description = "Port to listen on (default ${DEFAULT-VALUE}: a free one).")
  int port;

  @Option(
      names = "--trainers",
      defaultValue = "1",
      description = "Training threads in this member (default ${DEFAULT-VALUE}).")
  int trainers;

  @Option(names = "--no-evaluator", description = "Run no evaluation thread in this member.")
  boolean noEvaluator;

  @Option(
      names = "--join-timeout",
      defaultValue = "30",
      paramLabel = "SECONDS",
      description = "Give up when nobody answers within this time (default ${DEFAULT-VALUE}).")
  int joinTimeout;

  @Option(
      names = "--rejoin-timeout",
      defaultValue = "120",
      paramLabel = "SECONDS",
      description =
          "When the manager is lost (killed, restarted), keep trying to rejoin --join for this"
              + " long, then exit (default ${DEFAULT-VALUE}; 0: exit at once).")
  int rejoinTimeout;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    ClusterSettings.parseHostPort(join);
    if (trainers < 0) {
      throw new IllegalArgumentException("--trainers " + trainers + " must not be negative");
    }
    if (trainers == 0 && noEvaluator) {
      throw new IllegalArgumentException("--trainers 0 with --no-evaluator leaves nothing to do");
    }
    if (joinTimeout < 1) {
      throw new IllegalArgumentException("--join-timeout " + joinTimeout + " must be at least 1");
    }
    if (rejoinTimeout < 0) {
      throw new IllegalArgumentException(
          "--rejoin-timeout " + rejoinTimeout + " must not be negative");
    }
    Path file = secret != null ? secret : Path.of(SharedSecret.FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "--secret "
              + file
              + " is not a file (the manager writes it as RUN/"
              + SharedSecret.FILE
              + ")");
    }
    SharedSecret key = SharedSecret.read(file);
    TlsCredentials credentials = null;
    if (tls != null) {
      if (!Files.isRegularFile(tls)) {
        throw new IllegalArgumentException(
            "--tls "
                + tls
                + " is not a file (a manager using TLS writes it as RUN/"
                + TlsCredentials.FILE
                + ")");
      }
      credentials = TlsCredentials.read(tls, key);
    }
    String[] at = ClusterSettings.parseHostPort(join);
    String tlsMismatch = TlsProbe.mismatch(at[0], Integer.parseInt(at[1]), credentials);
    if (tlsMismatch != null) {
      throw new IllegalArgumentException("cannot join " + join + ": " + tlsMismatch);
    }
    PrintWriter err = spec.commandLine().getErr();
    ClusterSettings settings =
        new ClusterSettings(bind, port, List.of(join), List.of(ClusterSettings.WORKER_ROLE))
            .withTls(credentials);
    try (ClusterMember member = join(settings, key, credentials, err)) {
      err.println("psro4j: worker " + member.address() + " joined " + join);
      err.flush();
      member.awaitWorkers();
      if (member.lostReason() != null) {
        err.println("psro4j: worker " + member.address() + " stops: " + member.lostReason());
        err.flush();
        return 1;
      }
      err.println("psro4j: worker " + member.address() + ": the run is finished");
      err.flush();
    }
    return 0;
  }

  private ClusterMember join(
      ClusterSettings settings, SharedSecret key, TlsCredentials credentials, PrintWriter err) {
    try {
      return ClusterMember.join(
          settings,
          key,
          trainers,
          !noEvaluator,
          Duration.ofSeconds(joinTimeout),
          Duration.ofSeconds(rejoinTimeout),
          notice -> {
            err.println("psro4j: " + notice);
            err.flush();
          });
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("no psro4j cluster answers")) {
        // A TLS mismatch looks like silence: the other side closes the connection. The manager
        // may have come up after the probe before joining: probe again to name it.
        String[] at = ClusterSettings.parseHostPort(join);
        String tlsMismatch = TlsProbe.mismatch(at[0], Integer.parseInt(at[1]), credentials);
        if (tlsMismatch != null) {
          throw new IllegalArgumentException("cannot join " + join + ": " + tlsMismatch);
        }
        throw new IllegalArgumentException(
            e.getMessage()
                + (tls == null
                    ? "; a manager using TLS needs --tls RUN/" + TlsCredentials.FILE
                    : "; or it does not use TLS, or its TLS credentials are not --tls " + tls));
      }
      throw e;
    }
  }
}
