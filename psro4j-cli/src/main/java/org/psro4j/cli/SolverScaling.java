package org.psro4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.solvers.MetaSolvers;

/**
 * The {@code solver-scaling} scenario of {@code psro4j bench} (opt-in): every registered
 * meta-solver once on seeded random games — two players with k = 10, 50, 100, 200, 500 strategies
 * (zero-sum, payoffs uniform in [−1, 1], as PSRO's meta-games are) and three players with k = 5,
 * 10, 20 (general-sum) — reporting wall and thread-CPU milliseconds and the gap the solver verified
 * (Nash gap, CCE or CE gap). Input: seed 13 per size. A solver that took more than {@link
 * #BUDGET_SECONDS} is not run at the larger sizes of that player count; one that refuses a game
 * (e.g. Nash for three general-sum players) reports why. Each solver first solves a 5×5 game so the
 * JIT has seen it. Run: {@code ./psro4j bench --only solver-scaling}.
 */
final class SolverScaling {

  static final String NAME = "solver-scaling";
  static final double BUDGET_SECONDS = 20;

  private static final int[] TWO_PLAYER = {10, 50, 100, 200, 500};
  private static final int[] THREE_PLAYER = {5, 10, 20};

  private SolverScaling() {}

  static void run(PrintWriter out, boolean json, ArrayNode results) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    if (!json) {
      out.printf(
          Locale.ROOT,
          "%-10s %-8s %10s %10s %12s  %s%n",
          "solver",
          "game",
          "wall ms",
          "cpu ms",
          "gap",
          "");
    }
    for (String solver : MetaSolvers.names()) {
      try {
        MetaSolvers.create(solver).solve(game(2, 5));
      } catch (RuntimeException e) {
        // Warm-up only; the measured solves report their own failures.
      }
      for (int players : List.of(2, 3)) {
        boolean overBudget = false;
        for (int k : players == 2 ? TWO_PLAYER : THREE_PLAYER) {
          ObjectNode r = results.addObject();
          r.put("scenario", NAME);
          r.put("solver", solver);
          r.put("players", players);
          r.put("strategies", k);
          String shape = players + "x" + k;
          if (overBudget) {
            r.put("skipped", "a smaller size took over " + BUDGET_SECONDS + " s");
            line(out, json, solver, shape, Double.NaN, Double.NaN, Double.NaN, "skipped");
            continue;
          }
          EmpiricalGame game = game(players, k);
          long c0 = cpu.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          String note = "";
          double gap = Double.NaN;
          try {
            MetaStrategy s = MetaSolvers.create(solver).solve(game);
            gap = s.gap();
            note = s.gapKind().toString();
          } catch (RuntimeException e) {
            note = e.getMessage() == null ? e.toString() : e.getMessage();
            note = note.length() > 70 ? note.substring(0, 70) + "..." : note;
          }
          double wall = (System.nanoTime() - t0) / 1e6;
          double cpuMs = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
          overBudget = wall > BUDGET_SECONDS * 1e3;
          r.put("wall_ms", wall);
          r.put("cpu_ms", cpuMs);
          r.put("gap", Double.isNaN(gap) ? null : gap);
          r.put("note", note);
          line(out, json, solver, shape, wall, cpuMs, gap, note);
        }
      }
    }
  }

  private static void line(
      PrintWriter out,
      boolean json,
      String solver,
      String shape,
      double wall,
      double cpuMs,
      double gap,
      String note) {
    if (!json) {
      out.printf(
          Locale.ROOT,
          "%-10s %-8s %10.1f %10.1f %12.3g  %s%n",
          solver,
          shape,
          wall,
          cpuMs,
          gap,
          note);
      out.flush();
    }
  }

  /** Zero-sum for two players, general-sum for more; seed 13. */
  private static EmpiricalGame game(int players, int k) {
    SplittableRandom random = new SplittableRandom(13);
    if (players == 2) {
      double[][] a = new double[k][k];
      for (double[] row : a) {
        for (int j = 0; j < k; j++) {
          row[j] = random.nextDouble(-1, 1);
        }
      }
      return EmpiricalGame.ofZeroSum(a);
    }
    int[] sizes = new int[players];
    Arrays.fill(sizes, k);
    int joint = (int) Math.pow(k, players);
    double[][] payoffs = new double[players][joint];
    for (double[] table : payoffs) {
      for (int i = 0; i < joint; i++) {
        table[i] = random.nextDouble(-1, 1);
      }
    }
    return EmpiricalGame.ofExact(sizes, payoffs);
  }
}
