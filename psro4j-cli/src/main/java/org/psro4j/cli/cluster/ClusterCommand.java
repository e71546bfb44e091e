package org.psro4j.cli.cluster;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code psro4j cluster}: start the manager or a worker member of a Pipeline PSRO cluster run. */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description =
        "Pipeline PSRO across processes or machines (Apache Pekko Cluster): one manager, any"
            + " number of workers.",
    subcommands = {ClusterManagerCommand.class, ClusterWorkerCommand.class},
    footer = {
      "",
      "Members talk mutual TLS with the run's credentials RUN/cluster.p12 unless the",
      "manager binds a loopback address (manager --tls auto|on|off); workers then",
      "need --tls RUN/cluster.p12.",
      "",
      "Examples (three terminals):",
      "  psro4j cluster manager --run runs/leduc-c --game leduc_poker --oracle dqn --port 25520",
      "  psro4j cluster worker --join 127.0.0.1:25520 --secret runs/leduc-c/cluster.secret",
      "  psro4j cluster worker --join 127.0.0.1:25520 --secret runs/leduc-c/cluster.secret"
    })
public final class ClusterCommand implements Runnable {

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
