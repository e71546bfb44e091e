package org.psro4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.psro4j.solvers.MetaSolvers;

/**
 * The {@code solver-scaling} scenario of {@code psro4j bench} (opt-in): every registered
 * meta-solver once on seeded random games — two players with k = 10, 50, 100, 200, 500 strategies
 * (zero-sum, payoffs uniform in [−1, 1], as PSRO's meta-games are) and three players with k = 5,
 * 10, 20 (general-sum) — reporting wall and thread-CPU milliseconds of the solve, the gap the
 * solver verified (Nash gap, CCE or CE gap) and, for the correlated solvers, the method that
 * answered. Input: seed 13 per size ({@link SolverScalingCell#game}). Each cell runs in its own JVM
 * ({@link SolverScalingCell}: a 5×5 warm-up, then the one measured solve), stopped when it passes
 * {@link #CAP_SECONDS} CPU seconds (or five times that in wall time; the cell then says so, and the
 * larger sizes of that solver and player count are not run); one that refuses a game (e.g. Nash for
 * three general-sum players) reports why. The aliases cce and ce are the solvers mgcce and mgce and
 * are not measured twice. Run: {@code ./psro4j bench --only solver-scaling} (tens of minutes:
 * several cells reach the cap).
 */
final class SolverScaling {

  static final String NAME = "solver-scaling";

  /**
   * The cap of one cell's JVM (start-up, warm-up and the solve) in CPU seconds, all its threads:
   * CPU rather than wall time, so that a loaded machine does not move cells over it.
   */
  static final int CAP_SECONDS = 60;

  /** A cell is also stopped after this many times {@link #CAP_SECONDS} of wall time. */
  static final int WALL_CAP_FACTOR = 5;

  private static final int[] TWO_PLAYER = {10, 50, 100, 200, 500};
  private static final int[] THREE_PLAYER = {5, 10, 20};
  private static final Map<String, String> ALIASES = Map.of("cce", "mgcce", "ce", "mgce");

  private SolverScaling() {}

  static void run(PrintWriter out, boolean json, ArrayNode results) {
    if (!json) {
      out.printf(
          Locale.ROOT,
          "%-10s %-6s %10s %10s %10s  %s%n",
          "solver",
          "game",
          "wall ms",
          "cpu ms",
          "gap",
          "note");
    }
    for (String solver : MetaSolvers.names()) {
      if (ALIASES.containsKey(solver)) {
        if (!json) {
          out.printf(Locale.ROOT, "%-10s the same solver as %s%n", solver, ALIASES.get(solver));
        }
        continue;
      }
      for (int players : List.of(2, 3)) {
        String skip = null;
        for (int k : players == 2 ? TWO_PLAYER : THREE_PLAYER) {
          String shape = players + "x" + k;
          ObjectNode r = results.addObject();
          r.put("scenario", NAME);
          r.put("solver", solver);
          r.put("players", players);
          r.put("strategies", k);
          r.put("cap_seconds", CAP_SECONDS);
          if (skip != null) {
            r.put("note", skip);
            line(out, json, solver, shape, r);
            continue;
          }
          cell(solver, players, k, r);
          if (r.path("over_cap").asBoolean(false)) {
            skip = "not run: " + shape + " passed the cap";
          }
          line(out, json, solver, shape, r);
        }
      }
    }
  }

  /** Runs one cell in a child JVM and copies its measurements into {@code r}. */
  private static void cell(String solver, int players, int k, ObjectNode r) {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-Xmx3g",
                "-cp",
                System.getProperty("java.class.path"),
                SolverScalingCell.class.getName(),
                solver,
                Integer.toString(players),
                Integer.toString(k))
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    try {
      Process child = builder.start();
      long start = System.nanoTime();
      while (!child.waitFor(200, TimeUnit.MILLISECONDS)) {
        double cpu = child.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
        double wall = (System.nanoTime() - start) / 1e9;
        if (cpu > CAP_SECONDS || wall > WALL_CAP_FACTOR * CAP_SECONDS) {
          child.destroyForcibly().waitFor();
          r.put("over_cap", true);
          r.put(
              "note",
              String.format(
                  Locale.ROOT, "over the cap: stopped after %.0f s CPU, %.0f s wall", cpu, wall));
          return;
        }
      }
      String text = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (text.isBlank()) {
        r.put("note", "the cell's JVM ended with exit code " + child.exitValue());
        return;
      }
      JsonNode cell = new ObjectMapper().readTree(text.strip());
      cell.properties().forEach(e -> r.set(e.getKey(), e.getValue()));
    } catch (IOException e) {
      r.put("note", "could not run the cell: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      r.put("note", "interrupted");
    }
  }

  private static void line(PrintWriter out, boolean json, String solver, String shape, JsonNode r) {
    if (json) {
      return;
    }
    String note = r.path("note").asText("");
    if (r.has("method")) {
      note = note + " (" + r.path("method").asText() + ")";
    }
    note = note.length() > 90 ? note.substring(0, 90) + "..." : note;
    out.printf(
        Locale.ROOT,
        "%-10s %-6s %10s %10s %10s  %s%n",
        solver,
        shape,
        number(r.path("wall_ms"), "%.1f"),
        number(r.path("cpu_ms"), "%.1f"),
        number(r.path("gap"), "%.3g"),
        note);
    out.flush();
  }

  private static String number(JsonNode v, String format) {
    return v.isNumber() ? String.format(Locale.ROOT, format, v.asDouble()) : "-";
  }
}
