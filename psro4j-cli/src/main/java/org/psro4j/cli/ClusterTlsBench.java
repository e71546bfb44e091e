package org.psro4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cost of mutual TLS on the Pekko cluster engine of Pipeline PSRO (McAleer et al., NeurIPS
 * 2020): {@link ClusterBench}'s run on an embedded cluster over plain TCP ({@code --cluster
 * embedded}) and over Artery's TLS 1.3 transport ({@code --cluster embedded-tls}, the run's own
 * certificate both ways), alternated {@value ClusterBench#REPEATS} times in this JVM. Reports the
 * median wall and process CPU seconds of each and the TLS/TCP ratios; the runs do the same work, so
 * the ratio is what encryption costs (the blobs of weights and the reports cross it). Opt-in:
 * {@code psro4j bench --only cluster-kuhn-tls}.
 */
final class ClusterTlsBench {

  static final String NAME = "cluster-kuhn-tls";

  private ClusterTlsBench() {}

  static void run(PrintWriter out, boolean json, ArrayNode results) throws IOException {
    if (!json) {
      out.printf(
          Locale.ROOT,
          "%-16s run --algo pipeline --cluster embedded vs embedded-tls, median of %d: %s%n",
          NAME,
          ClusterBench.REPEATS,
          String.join(" ", ClusterBench.FLAGS));
      out.flush();
    }
    List<double[]> plain = new ArrayList<>();
    List<double[]> tls = new ArrayList<>();
    Path tmp = Files.createTempDirectory("psro4j-cluster-tls-bench");
    try {
      for (int i = 0; i < ClusterBench.REPEATS; i++) {
        plain.add(ClusterBench.once(tmp.resolve("tcp-" + i), "embedded"));
        tls.add(ClusterBench.once(tmp.resolve("tls-" + i), "embedded-tls"));
      }
    } finally {
      ClusterBench.delete(tmp);
    }
    double[] p = ClusterBench.median(plain);
    double[] t = ClusterBench.median(tls);
    ObjectNode r = results.addObject();
    r.put("scenario", NAME);
    r.put("flags", String.join(" ", ClusterBench.FLAGS));
    r.put("repeats", ClusterBench.REPEATS);
    r.put("tcp_wall_s", p[0]);
    r.put("tcp_cpu_s", p[1]);
    r.put("tls_wall_s", t[0]);
    r.put("tls_cpu_s", t[1]);
    r.put("wall_ratio", t[0] / p[0]);
    r.put("cpu_ratio", t[1] / p[1]);
    r.put("tcp_episodes", p[2]);
    r.put("tls_episodes", t[2]);
    if (!json) {
      out.printf(
          Locale.ROOT,
          "%-16s TCP %.1f s wall, %.1f s CPU, %.0f episodes; TLS %.1f s wall, %.1f s CPU, %.0f"
              + " episodes; TLS/TCP: wall %.2f x, CPU %.2f x%n",
          "",
          p[0],
          p[1],
          p[2],
          t[0],
          t[1],
          t[2],
          t[0] / p[0],
          t[1] / p[1]);
      out.flush();
    }
  }
}
