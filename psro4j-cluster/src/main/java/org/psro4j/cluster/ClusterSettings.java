package org.psro4j.cluster;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.List;
import java.util.Objects;

/**
 * Where one member binds and whom it joins, turned into Pekko configuration: Artery TCP on {@code
 * host:port} (127.0.0.1 and a free port unless told otherwise), JSON serialization only, a large
 * message channel for weight blobs, and a split-brain resolver that removes a dead member within
 * about 15 seconds while keeping the manager's side.
 *
 * @param host the address to bind and advertise
 * @param port the port, 0 for a free one
 * @param seeds members to join ({@code host:port}); empty for a member that starts the cluster
 * @param roles {@code manager}, {@code worker} or both
 * @param tls the run's credentials for mutual TLS (Artery's {@code tls-tcp} transport), or null for
 *     plain TCP
 */
public record ClusterSettings(
    String host, int port, List<String> seeds, List<String> roles, TlsCredentials tls) {

  /** The name every member's actor system shares; Pekko joins only systems of one name. */
  public static final String SYSTEM = "psro4j";

  /** Role of the member that may host the manager singleton. */
  public static final String MANAGER_ROLE = "manager";

  /** Role of members that run workers and evaluations. */
  public static final String WORKER_ROLE = "worker";

  /**
   * Largest message, a weight blob included (as base64 JSON: about 12 MiB of blob, some three
   * million float parameters), that members exchange. Artery takes a zeroed direct buffer of this
   * size for large messages whenever its pool is empty, which cost an embedded run seconds of CPU
   * at 64 MiB.
   */
  public static final int MAX_LARGE_FRAME = 16 * 1024 * 1024;

  /** Checks the values. */
  public ClusterSettings {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("bind address is empty");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not in 0..65535");
    }
    seeds = List.copyOf(seeds);
    roles = List.copyOf(roles);
    for (String s : seeds) {
      parseHostPort(s);
    }
  }

  /** Settings for plain TCP (no TLS). */
  public ClusterSettings(String host, int port, List<String> seeds, List<String> roles) {
    this(host, port, seeds, roles, null);
  }

  /** These settings with mutual TLS on the run's {@code credentials} (null: plain TCP). */
  public ClusterSettings withTls(TlsCredentials credentials) {
    return new ClusterSettings(host, port, seeds, roles, credentials);
  }

  /** Whether {@code host} names this machine's loopback interface (127.0.0.0/8, ::1, localhost). */
  public static boolean isLoopback(String host) {
    String h = host.strip().toLowerCase(java.util.Locale.ROOT);
    return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
  }

  /** Splits {@code host:port}, or throws naming the bad value. */
  public static String[] parseHostPort(String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    if (colon <= 0 || colon == hostPort.length() - 1) {
      throw new IllegalArgumentException("address '" + hostPort + "' is not HOST:PORT");
    }
    String portText = hostPort.substring(colon + 1);
    int port;
    try {
      port = Integer.parseInt(portText);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "port '" + portText + "' in '" + hostPort + "' is not a number");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(
          "port " + port + " in '" + hostPort + "' is not in 1..65535");
    }
    return new String[] {hostPort.substring(0, colon), portText};
  }

  /** The full configuration of this member, on top of Pekko's reference settings. */
  public Config toConfig() {
    StringBuilder seedList = new StringBuilder();
    for (String s : seeds) {
      String[] hp = parseHostPort(s);
      if (!seedList.isEmpty()) {
        seedList.append(", ");
      }
      seedList.append('"').append("pekko://" + SYSTEM + "@" + hp[0] + ":" + hp[1]).append('"');
    }
    StringBuilder roleList = new StringBuilder();
    for (String r : roles) {
      if (!roleList.isEmpty()) {
        roleList.append(", ");
      }
      roleList.append('"').append(r).append('"');
    }
    String text =
        """
        pekko {
          loglevel = ERROR
          stdout-loglevel = WARNING
          log-dead-letters = off
          log-dead-letters-during-shutdown = off
          coordinated-shutdown.exit-jvm = off
          coordinated-shutdown.run-by-jvm-shutdown-hook = on
          actor {
            provider = cluster
            allow-java-serialization = off
            warn-about-java-serializer-usage = off
            serializers { psro4j-json = "org.psro4j.cluster.JsonSerializer" }
            serialization-bindings { "org.psro4j.cluster.ClusterMessage" = psro4j-json }
          }
          remote.artery {
            transport = %s
            canonical.hostname = "%s"
            canonical.port = %d
            # Replies to a worker's requests go to the temporary actor its ask made, named
            # after the singleton proxy it asked: claims and retargets carry policy blobs.
            large-message-destinations = [
              "/system/singletonManagerpipeline-manager/pipeline-manager",
              "/user/worker-*",
              "/user/pipeline-manager",
              "/temp/singletonProxypipeline-manager*"
            ]
            advanced {
              maximum-large-frame-size = %d
              large-buffer-pool-size = 4
            }
          }
          cluster {
            seed-nodes = [%s]
            roles = [%s]
            min-nr-of-members = 1
            log-info = off
            jmx.enabled = off
            downing-provider-class = "org.apache.pekko.cluster.sbr.SplitBrainResolverProvider"
            split-brain-resolver {
              active-strategy = keep-oldest
              keep-oldest { down-if-alone = on, role = "%s" }
              stable-after = 5s
            }
            singleton.hand-over-retry-interval = 1s
          }
        }
        """
            .formatted(
                tls != null ? "tls-tcp" : "tcp",
                host,
                port,
                MAX_LARGE_FRAME,
                seedList,
                roleList,
                MANAGER_ROLE);
    return ConfigFactory.parseString(text).withFallback(ConfigFactory.load());
  }
}
