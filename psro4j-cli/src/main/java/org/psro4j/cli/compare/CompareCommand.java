package org.psro4j.cli.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.psro4j.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code psro4j compare RUN... --out DIR}: the equilibrium-gap curves of several runs overlaid
 * against iterations, wall time and oracle episodes; runs whose settings agree except for the seed
 * form one group, drawn as its mean with ±1 standard error across seeds. Writes PNGs and one
 * self-contained {@code compare.html}.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description =
        "Overlays the gap curves of several runs (seeds or algorithms): runs that differ only in"
            + " the seed are one group, drawn as mean ± standard error; writes PNGs and"
            + " compare.html.",
    footer = {
      "",
      "Examples:",
      "  psro4j compare runs/leduc-s1 runs/leduc-s2 runs/leduc-prd --out runs/compare",
      "  psro4j compare runs/kuhn-* --metric meta_gap --out runs/compare --force"
    })
public final class CompareCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int GRID = 200;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "RUN", description = "Run directories.")
  List<Path> runs;

  @Option(
      names = "--out",
      required = true,
      description = "Directory for the PNGs and compare.html.")
  Path out;

  @Option(
      names = "--metric",
      description = "Column to compare (default: nash_conv, cce_gap or ce_gap, whichever exists).")
  String metric;

  @Option(names = "--force", description = "Replace an earlier comparison in --out.")
  boolean force;

  @Option(names = "--json", description = "Print a JSON summary instead of text.")
  boolean json;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    if (out.toString().isEmpty()) {
      throw new IllegalArgumentException("--out is empty: name a directory");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IllegalArgumentException("--out " + out + " exists and is not a directory");
    }
    if (Files.exists(out.resolve("compare.html")) && !force) {
      throw new IllegalArgumentException(
          "--out " + out + " already holds a comparison; use --force to replace it");
    }
    List<ComparedRun> loaded = new ArrayList<>();
    for (Path dir : runs) {
      loaded.add(ComparedRun.read(dir));
    }
    String column = metric != null ? metric : commonGap(loaded);
    for (ComparedRun r : loaded) {
      if (r.metrics().column(column) == null) {
        throw new IllegalArgumentException(
            "--metric " + column + ": " + r.dir().resolve("metrics.csv") + " has no such column");
      }
    }
    Map<TreeMap<String, String>, List<ComparedRun>> groups = new LinkedHashMap<>();
    for (ComparedRun r : loaded) {
      groups.computeIfAbsent(r.settings(), k -> new ArrayList<>()).add(r);
    }
    List<String> labels = GroupLabels.of(new ArrayList<>(groups.keySet()));
    Map<String, byte[]> plots = new LinkedHashMap<>();
    plots.put(
        "compare_iterations.png",
        plot(groups, labels, column, "iteration", r -> r.metrics().column("iteration")));
    plots.put(
        "compare_wall.png",
        plot(groups, labels, column, "wall seconds", r -> r.metrics().column("wall_s")));
    boolean episodes = loaded.stream().anyMatch(r -> last(r.cumulativeEpisodes()) > 0);
    if (episodes) {
      plots.put(
          "compare_episodes.png",
          plot(
              groups,
              labels,
              column,
              "cumulative oracle episodes",
              ComparedRun::cumulativeEpisodes));
    }
    Files.createDirectories(out);
    for (Map.Entry<String, byte[]> e : plots.entrySet()) {
      AtomicFiles.write(out.resolve(e.getKey()), e.getValue());
    }
    ObjectNode summary = summary(groups, labels, column);
    AtomicFiles.write(out.resolve("compare.html"), ComparisonPage.html(summary, plots));
    PrintWriter w = spec.commandLine().getOut();
    if (json) {
      w.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
    } else {
      for (var g : summary.withArray("groups")) {
        w.printf(
            Locale.ROOT,
            "%-40s runs %d  final %s %.4g ± %.2g%n",
            g.path("label").asText(),
            g.path("runs").asInt(),
            column,
            g.path("final_mean").asDouble(),
            g.path("final_standard_error").asDouble());
      }
      w.println("written    " + out.resolve("compare.html"));
    }
    w.flush();
    return 0;
  }

  private static String commonGap(List<ComparedRun> runs) {
    String first = runs.getFirst().gapColumn();
    if (first == null) {
      throw new IllegalArgumentException(
          runs.getFirst().dir() + " has no gap column with values; name one with --metric");
    }
    return first;
  }

  private byte[] plot(
      Map<TreeMap<String, String>, List<ComparedRun>> groups,
      List<String> labels,
      String column,
      String xLabel,
      Function<ComparedRun, double[]> x) {
    List<ComparisonChart.Curve> curves = new ArrayList<>();
    int g = 0;
    for (List<ComparedRun> members : groups.values()) {
      List<double[]> xs = new ArrayList<>();
      List<double[]> ys = new ArrayList<>();
      for (ComparedRun r : members) {
        xs.add(x.apply(r));
        ys.add(r.metrics().column(column));
      }
      curves.add(
          new ComparisonChart.Curve(labels.get(g++), members.size(), Curves.band(xs, ys, GRID)));
    }
    // Gaps span decades and are positive; other columns (payoffs against baselines, support,
    // diversity) can be negative or sit within one decade, so they get a linear axis.
    boolean log = ComparedRun.GAPS.contains(column) || column.equals("br_improvement");
    return ComparisonChart.draw(
        column + " against " + xLabel, xLabel, column + (log ? " (log scale)" : ""), curves, log);
  }

  private static ObjectNode summary(
      Map<TreeMap<String, String>, List<ComparedRun>> groups, List<String> labels, String column) {
    ObjectNode o = JSON.createObjectNode();
    o.put("metric", column);
    ArrayNode list = o.putArray("groups");
    int g = 0;
    for (Map.Entry<TreeMap<String, String>, List<ComparedRun>> e : groups.entrySet()) {
      ObjectNode node = list.addObject();
      node.put("label", labels.get(g++));
      node.put("runs", e.getValue().size());
      node.set("settings", JSON.valueToTree(e.getKey()));
      List<double[]> its = new ArrayList<>();
      List<double[]> ys = new ArrayList<>();
      ArrayNode members = node.putArray("members");
      for (ComparedRun r : e.getValue()) {
        double[] y = r.metrics().column(column);
        double[] wall = r.metrics().column("wall_s");
        its.add(r.metrics().column("iteration"));
        ys.add(y);
        ObjectNode m = members.addObject();
        m.put("dir", r.dir().toString());
        m.put("seed", r.seed());
        m.put("iterations", (long) last(r.metrics().column("iteration")));
        m.put("final", last(y));
        m.put("best", min(y));
        m.put("wall_s", last(wall));
        m.put("oracle_episodes", last(r.cumulativeEpisodes()));
      }
      // Final values at the last iteration every member reached.
      double common = Double.POSITIVE_INFINITY;
      for (double[] it : its) {
        common = Math.min(common, last(it));
      }
      Curves.Band end = Curves.on(new double[] {common}, its, ys);
      node.put("at_iteration", (long) common);
      node.put("final_mean", end.mean()[0]);
      node.put("final_standard_error", end.standardError()[0]);
    }
    return o;
  }

  private static double last(double[] a) {
    return a == null || a.length == 0 ? Double.NaN : a[a.length - 1];
  }

  private static double min(double[] a) {
    double m = Double.NaN;
    for (double v : a) {
      if (Double.isFinite(v) && !(m <= v)) {
        m = v;
      }
    }
    return m;
  }
}
