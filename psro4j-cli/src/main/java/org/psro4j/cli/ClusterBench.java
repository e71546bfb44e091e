package org.psro4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The cost of the Pekko cluster engine of Pipeline PSRO (McAleer et al., NeurIPS 2020): the same
 * {@code run --algo pipeline} on Kuhn poker with PPO levels and the same flags, once on local
 * threads and once on an embedded one-JVM cluster ({@code --cluster embedded}: each worker its own
 * actor system, messages as JSON over TCP on 127.0.0.1), alternated {@value #REPEATS} times in this
 * JVM. Reports the median wall and process CPU seconds of each and the cluster/thread ratios; the
 * runs do the same work (promotions, episodes), so the ratio is the engine's overhead. Opt-in:
 * {@code psro4j bench --only cluster-kuhn}.
 */
final class ClusterBench {

  static final String NAME = "cluster-kuhn";
  static final int REPEATS = 3;

  /** The flags both engines run with (the lead's comparison of the two engines). */
  static final List<String> FLAGS =
      List.of(
          "--game",
          "kuhn_poker",
          "--algo",
          "pipeline",
          "--workers",
          "2",
          "--oracle",
          "ppo",
          "--count",
          "episodes",
          "--plateau-per",
          "500",
          "--plateau-start",
          "1000",
          "--plateau-min",
          "1500",
          "--refresh",
          "500",
          "--iterations",
          "1",
          "--oracle-option",
          "num_envs=8",
          "--oracle-option",
          "rollout_steps=64",
          "--br-steps",
          "8000",
          "--seed",
          "3",
          "--quiet",
          "--no-report",
          "--json");

  private ClusterBench() {}

  static void run(PrintWriter out, boolean json, ArrayNode results) throws IOException {
    if (!json) {
      out.printf(
          Locale.ROOT,
          "%-13s run --algo pipeline on threads vs --cluster embedded, median of %d: %s%n",
          NAME,
          REPEATS,
          String.join(" ", FLAGS));
      out.flush();
    }
    List<double[]> threads = new ArrayList<>();
    List<double[]> cluster = new ArrayList<>();
    Path tmp = Files.createTempDirectory("psro4j-cluster-bench");
    try {
      for (int i = 0; i < REPEATS; i++) {
        threads.add(once(tmp.resolve("threads-" + i), null));
        cluster.add(once(tmp.resolve("cluster-" + i), "embedded"));
      }
    } finally {
      delete(tmp);
    }
    double[] t = median(threads);
    double[] c = median(cluster);
    ObjectNode r = results.addObject();
    r.put("scenario", NAME);
    r.put("flags", String.join(" ", FLAGS));
    r.put("repeats", REPEATS);
    r.put("threads_wall_s", t[0]);
    r.put("threads_cpu_s", t[1]);
    r.put("cluster_wall_s", c[0]);
    r.put("cluster_cpu_s", c[1]);
    r.put("wall_ratio", c[0] / t[0]);
    r.put("cpu_ratio", c[1] / t[1]);
    r.put("threads_episodes", t[2]);
    r.put("cluster_episodes", c[2]);
    if (!json) {
      out.printf(
          Locale.ROOT,
          "%-13s threads %.1f s wall, %.1f s CPU, %.0f episodes; cluster %.1f s wall, %.1f s CPU,"
              + " %.0f episodes; cluster/threads: wall %.2f x, CPU %.2f x%n",
          "",
          t[0],
          t[1],
          t[2],
          c[0],
          c[1],
          c[2],
          c[0] / t[0],
          c[1] / t[1]);
      out.flush();
    }
  }

  /**
   * One run, on threads ({@code clusterMode} null) or {@code --cluster clusterMode}: {wall seconds,
   * process CPU seconds, episodes}.
   */
  static double[] once(Path dir, String clusterMode) throws IOException {
    List<String> args = new ArrayList<>(List.of("run"));
    args.addAll(FLAGS);
    if (clusterMode != null) {
      args.addAll(List.of("--cluster", clusterMode));
    }
    args.addAll(List.of("--out", dir.toString()));
    StringWriter so = new StringWriter();
    StringWriter se = new StringWriter();
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(so));
    cl.setErr(new PrintWriter(se));
    double cpu0 = cpuSeconds();
    long t0 = System.nanoTime();
    int code = cl.execute(args.toArray(String[]::new));
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = cpuSeconds() - cpu0;
    if (code != 0) {
      throw new IllegalStateException(
          "bench run failed (exit " + code + "): " + se.toString().strip());
    }
    return new double[] {wall, cpu, episodes(dir)};
  }

  private static double episodes(Path dir) throws IOException {
    List<String> rows = Files.readAllLines(dir.resolve("metrics.csv"));
    List<String> head = List.of(rows.getFirst().split(","));
    int col = head.indexOf("oracle_episodes");
    double sum = 0;
    for (String row : rows.subList(1, rows.size())) {
      sum += Double.parseDouble(row.split(",")[col]);
    }
    return sum;
  }

  static double[] median(List<double[]> runs) {
    double[] m = new double[runs.getFirst().length];
    for (int k = 0; k < m.length; k++) {
      final int col = k;
      double[] v = runs.stream().mapToDouble(x -> x[col]).sorted().toArray();
      m[k] = v[v.length / 2];
    }
    return m;
  }

  private static double cpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  static void delete(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
