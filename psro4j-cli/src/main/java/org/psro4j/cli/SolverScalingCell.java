package org.psro4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.solvers.CorrelatedEquilibriumSolver;
import org.psro4j.solvers.MetaSolvers;

/**
 * One cell of {@link SolverScaling}, run in its own JVM so that a cell over its time cap can be
 * stopped: {@code SolverScalingCell SOLVER PLAYERS K} solves a 5×5 game first (so the JIT has seen
 * the solver), then the seeded game of that shape once, and prints one JSON line: wall and
 * thread-CPU milliseconds, the verified gap and its kind (or the solver's error message), and for
 * the correlated solvers the method that produced the answer.
 */
final class SolverScalingCell {

  private SolverScalingCell() {}

  /** Entry point of the child JVM. */
  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    String solver = args[0];
    int players = Integer.parseInt(args[1]);
    int k = Integer.parseInt(args[2]);
    try {
      MetaSolvers.create(solver).solve(game(2, 5));
    } catch (RuntimeException e) {
      // Warm-up only; the measured solve reports its own failure.
    }
    EmpiricalGame game = game(players, k);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    ObjectNode r = new ObjectMapper().createObjectNode();
    MetaSolver s = MetaSolvers.create(solver);
    long c0 = cpu.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    try {
      MetaStrategy m = s.solve(game);
      r.put("wall_ms", (System.nanoTime() - t0) / 1e6);
      r.put("cpu_ms", (cpu.getCurrentThreadCpuTime() - c0) / 1e6);
      r.put("gap", m.gap());
      r.put("note", m.gapKind().toString());
      if (s instanceof CorrelatedEquilibriumSolver c) {
        r.put("method", c.lastMethod());
      }
    } catch (RuntimeException | OutOfMemoryError e) {
      r.put("wall_ms", (System.nanoTime() - t0) / 1e6);
      r.put("cpu_ms", (cpu.getCurrentThreadCpuTime() - c0) / 1e6);
      r.putNull("gap");
      r.put("note", e.getMessage() == null ? e.toString() : e.getMessage());
    }
    out.println(r);
    out.flush();
  }

  /** Zero-sum for two players (payoffs uniform in [−1, 1]), general-sum for more; seed 13. */
  static EmpiricalGame game(int players, int k) {
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
