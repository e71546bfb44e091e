package org.psro4j.cli.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pipeline PSRO's level timeline (McAleer et al. 2020): {@code timeline.csv} in the run directory
 * (one row per claim, submission, fix or lost lease) and {@code plots/timeline.png}, per player the
 * highest level in training and the highest fixed level against wall time, so promotions show as
 * steps and the pipeline's depth as the gap between the two lines.
 */
public final class TimelinePlot {

  /** The timeline's file in a run directory. */
  public static final String FILE = "timeline.csv";

  private static final String HEADER = "seconds,event,player,level,worker,detail";

  /** One timeline row: epoch millis, what happened, to which level, by which worker. */
  public record Event(
      long millis, String what, int player, int level, String worker, String detail) {}

  private TimelinePlot() {}

  /** The CSV text of {@code events}, times in seconds since the first event. */
  public static String csv(List<Event> events) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    long t0 = events.isEmpty() ? 0 : events.getFirst().millis();
    for (Event e : events) {
      b.append((e.millis() - t0) / 1000.0)
          .append(',')
          .append(e.what())
          .append(',')
          .append(e.player())
          .append(',')
          .append(e.level())
          .append(',')
          .append(e.worker())
          .append(',')
          .append('"')
          .append(e.detail().replace("\"", "'"))
          .append('"')
          .append('\n');
    }
    return b.toString();
  }

  /** {@code timeline.png} drawn from the run's {@code timeline.csv}; empty without one. */
  public static Map<String, byte[]> draw(Path runDir) {
    Path file = runDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    List<String[]> rows = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
        rows.add(line.split(",", 6));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    int players = rows.stream().mapToInt(r -> Integer.parseInt(r[2])).max().orElse(-1) + 1;
    List<Plots.Line> lines = new ArrayList<>();
    for (int p = 0; p < players; p++) {
      lines.add(staircase(rows, p, "fix", "p" + p + " highest fixed level"));
      lines.add(staircase(rows, p, "claim", "p" + p + " highest level in training"));
    }
    return Map.of(
        "timeline.png",
        Plots.lines("Pipeline levels over time", "wall seconds", "level", lines, false));
  }

  private static Plots.Line staircase(List<String[]> rows, int player, String what, String name) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    double level = Double.NaN;
    for (String[] r : rows) {
      if (Integer.parseInt(r[2]) != player || !r[1].equals(what)) {
        continue;
      }
      double t = Double.parseDouble(r[0]);
      double next =
          Double.isNaN(level) ? Integer.parseInt(r[3]) : Math.max(level, Integer.parseInt(r[3]));
      if (!Double.isNaN(level)) {
        xs.add(t);
        ys.add(level);
      }
      xs.add(t);
      ys.add(next);
      level = next;
    }
    return new Plots.Line(
        name,
        xs.stream().mapToDouble(Double::doubleValue).toArray(),
        ys.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
