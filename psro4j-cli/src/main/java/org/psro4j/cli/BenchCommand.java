package org.psro4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.psro.DriverSettings;
import org.psro4j.psro.IterationResult;
import org.psro4j.psro.Jpsro;
import org.psro4j.psro.Population;
import org.psro4j.psro.PopulationDriver;
import org.psro4j.psro.Psro;
import org.psro4j.solvers.MetaSolvers;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.evaluation.SimulationSpeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code psro4j bench}: end-to-end scenarios, each run once from scratch in this JVM, reporting the
 * seconds and iterations needed to reach a stated gap. Input: the scenarios listed by {@link
 * #SCENARIOS} (exact best responses, exact payoff entries, seed 42, one thread). What it measures:
 * wall-clock seconds of whole driver iterations (oracle + evaluation + meta-solver + exact gap),
 * including JIT warm-up, as a user experiences a run, and the shares of the meta-solver and the
 * exact entries in it. Run: {@code ./psro4j bench}. Opt-in scenarios ({@link #OPT_IN}, RL oracles
 * taking minutes, and {@link #OPT_IN_DRIVERS}) run only when {@code --only} names them exactly,
 * e.g. {@code ./psro4j bench --only leduc-rl}.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Runs end-to-end benchmark scenarios and prints seconds and iterations to reach stated gaps.",
    footer = {
      "",
      "Examples:",
      "  psro4j bench",
      "  psro4j bench --only leduc --json",
      "  psro4j bench --only leduc-exact   (Leduc PSRO to NashConv 1e-3)",
      "  psro4j bench --only leduc-rl   (opt-in: PSRO with DQN on Leduc, minutes)",
      "  psro4j bench --only leduc-300   (opt-in: 300 Leduc PSRO iterations, meta-solver share)",
      "  psro4j bench --only leduc3-jpsro   (opt-in: JPSRO on 3-player Leduc, CCE gap curve)",
      "  psro4j bench --only solver-scaling   (opt-in: every meta-solver, 2p x 10..500, 3p x 5..20)",
      "  psro4j bench --only cheetah-run   (opt-in: SAC/CrossQ learn to run on MuJoCo, tens of"
          + " minutes)",
      "  psro4j bench --only pipeline-leduc   (opt-in: sequential PSRO vs Pipeline PSRO, 2 workers,"
          + " DQN on Leduc, same episodes; an hour or more)",
      "  psro4j bench --only pipeline-leduc-short   (opt-in: the same at a fifth of the episodes)",
      "  psro4j bench --only pipeline-leduc-seeds   (opt-in: pipeline-leduc on seeds 42, 7, 2026)",
      "  psro4j bench --only ctf-rl     (opt-in: team PSRO with PPO on capture the flag, win rates)",
      "  psro4j bench --only ctf-run    (opt-in: run --algo team-psro on capture_the_flag, --target"
          + " uniform; win rates per bot per iteration; ctf-run-nash: Nash target; ctf-run-lstm:"
          + " LSTM policies)",
      "  psro4j bench --only neupl-memory   (opt-in: one NeuPL network vs N networks, params and"
          + " RSS)",
      "  psro4j bench --only neupl-kuhn3 (opt-in: NeuPL-JPSRO vs JPSRO with PPO, 3-player Kuhn)",
      "  psro4j bench --only cluster-kuhn (opt-in: Pipeline PSRO on threads vs embedded cluster)",
      "  psro4j bench --only cluster-kuhn-tls (opt-in: the embedded cluster on TCP vs mutual TLS)",
      "  psro4j bench --only barrage-rl (opt-in: PSRO with PPO on Barrage Stratego, an hour)",
      "  psro4j bench --only barrage-conv (opt-in: conv PPO from the heuristic cloned, --init"
          + " imitation)",
      "  (opt-in scenarios run only when named exactly with --only)"
    })
final class BenchCommand implements Callable<Integer> {

  /**
   * One scenario: a driver (built around the meta-solver the bench wraps to time it) and the gap it
   * must reach within its iteration budget; with {@code stopAtThreshold} the run ends at the first
   * iteration that reaches it.
   */
  record Scenario(
      String name,
      String description,
      double threshold,
      Function<UnaryOperator<MetaSolver>, PopulationDriver> driver,
      boolean stopAtThreshold) {

    Scenario(
        String name,
        String description,
        double threshold,
        Function<UnaryOperator<MetaSolver>, PopulationDriver> d) {
      this(name, description, threshold, d, false);
    }
  }

  static final List<Scenario> SCENARIOS =
      List.of(
          new Scenario(
              "kuhn-psro",
              "PSRO, Nash, exact BR, 2-player Kuhn, to NashConv <= 1e-3",
              1e-3,
              wrap -> psro("kuhn_poker", 30, wrap)),
          new Scenario(
              "leduc-psro",
              "PSRO, Nash, exact BR, 2-player Leduc, to NashConv <= 0.2 (100 its)",
              0.2,
              wrap -> psro("leduc_poker", 100, wrap)),
          new Scenario(
              "kuhn3-jpsro",
              "JPSRO, max-Gini CCE, exact BR, 3-player Kuhn, to CCE gap <= 1e-3",
              1e-3,
              wrap -> jpsro("kuhn_poker(players=3)", 30, 1, wrap)),
          new Scenario(
              "leduc-exact",
              "PSRO, Nash, exact BR and entries, 2-player Leduc, to NashConv <= 1e-3 (stops there)",
              1e-3,
              wrap -> psro("leduc_poker", 300, wrap),
              true));

  /**
   * Opt-in driver scenarios (minutes): {@code --only} must name one exactly. {@code leduc-300} is
   * the 300-iteration Leduc run of issue 13 (how much of it the meta-solver takes); {@code
   * leduc3-jpsro} is JPSRO with max-Gini CCE on 3-player Leduc for 40 iterations, printing its CCE
   * gap curve and how the time splits between exact entries and the meta-solver.
   */
  static final List<Scenario> OPT_IN_DRIVERS =
      List.of(
          new Scenario(
              "leduc-300",
              "PSRO, Nash, exact BR and entries, 2-player Leduc, 300 iterations",
              1e-3,
              wrap -> psro("leduc_poker", 300, wrap)),
          new Scenario(
              "leduc3-jpsro",
              "JPSRO, max-Gini CCE, exact BR and entries, 3-player Leduc, 40 iterations",
              0.5,
              wrap ->
                  jpsro(
                      "leduc_poker(players=3)",
                      40,
                      Runtime.getRuntime().availableProcessors(),
                      wrap)));

  /** Scenarios left out of the default set; {@code --only} must name one exactly. */
  static final List<RlBench> OPT_IN = List.of(RlBench.LEDUC);

  @Spec CommandSpec spec;

  @Option(
      names = "--only",
      description =
          "Run only scenarios whose name contains this text; opt-in scenarios (see the"
              + " examples) only when named exactly.")
  String only;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode results = mapper.createArrayNode();
    int ran = 0;
    List<Scenario> chosen = new java.util.ArrayList<>();
    for (Scenario s : SCENARIOS) {
      if (only == null || s.name().contains(only)) {
        chosen.add(s);
      }
    }
    for (Scenario s : OPT_IN_DRIVERS) {
      if (s.name().equals(only)) {
        chosen.add(s);
      }
    }
    for (Scenario s : chosen) {
      ran++;
      List<CpuTimedSolver> timed = new ArrayList<>();
      PopulationDriver driver =
          s.driver()
              .apply(
                  solver -> {
                    CpuTimedSolver t = new CpuTimedSolver(solver);
                    timed.add(t);
                    return t;
                  });
      double cpuStart = processCpuSeconds();
      long start = System.nanoTime();
      double reachedAt = Double.NaN;
      int reachedIteration = -1;
      IterationResult last = null;
      double solverSeconds = 0;
      double evalSeconds = 0;
      ArrayNode curve = mapper.createArrayNode();
      while (!driver.finished()) {
        last = driver.step();
        solverSeconds += last.solverSeconds();
        evalSeconds += last.evalSeconds();
        curve
            .addObject()
            .put("iteration", last.iteration())
            .put("gap", last.exactGap())
            .put("wall_s", (System.nanoTime() - start) / 1e9)
            .put("solver_s", last.solverSeconds())
            .put("eval_s", last.evalSeconds());
        if (reachedIteration < 0 && last.exactGap() <= s.threshold()) {
          reachedIteration = last.iteration();
          reachedAt = (System.nanoTime() - start) / 1e9;
          if (s.stopAtThreshold()) {
            break;
          }
        }
      }
      double total = (System.nanoTime() - start) / 1e9;
      double cpu = processCpuSeconds() - cpuStart;
      double solverCpu = timed.stream().mapToDouble(CpuTimedSolver::cpuSeconds).sum();
      ObjectNode r = results.addObject();
      r.put("scenario", s.name());
      r.put("description", s.description());
      r.put("threshold", s.threshold());
      r.put("reached_iteration", reachedIteration);
      r.put("seconds_to_threshold", Double.isNaN(reachedAt) ? null : reachedAt);
      r.put("iterations_run", last.iteration());
      r.put("final_gap", last.exactGap());
      r.put("total_seconds", total);
      r.put("solver_seconds", solverSeconds);
      r.put("eval_seconds", evalSeconds);
      r.put("process_cpu_seconds", cpu);
      r.put("solver_cpu_seconds", solverCpu);
      r.set("curve", curve);
      if (!json) {
        out.printf(
            Locale.ROOT,
            "%-12s %s%n             %s; ran %d iterations in %.2f s, final %s %.3g%n"
                + "             meta-solver %.1f%% and exact entries %.1f%% of the time;"
                + " CPU %.2f s, meta-solver %.1f%% of it%n",
            s.name(),
            s.description(),
            reachedIteration < 0
                ? "threshold NOT reached"
                : String.format(
                    Locale.ROOT,
                    "reached at iteration %d after %.2f s",
                    reachedIteration,
                    reachedAt),
            last.iteration(),
            total,
            last.gapName(),
            last.exactGap(),
            100 * solverSeconds / total,
            100 * evalSeconds / total,
            cpu,
            100 * solverCpu / cpu);
        if (!s.stopAtThreshold() && OPT_IN_DRIVERS.contains(s)) {
          for (var point : curve) {
            out.printf(
                Locale.ROOT,
                "             it %3d  %s %.4g  %.1f s (entries %.2f s, solver %.2f s)%n",
                point.get("iteration").asInt(),
                last.gapName(),
                point.get("gap").asDouble(),
                point.get("wall_s").asDouble(),
                point.get("eval_s").asDouble(),
                point.get("solver_s").asDouble());
          }
        }
        out.flush();
      }
    }
    if (only == null || "ssa-steps".contains(only)) {
      ran++;
      SsaCoverage ssa = (SsaCoverage) Games.load("ssa_coverage()");
      long steps = 1_000_000;
      long start = System.nanoTime();
      double rate = SimulationSpeed.sensorStepsPerSecond(ssa, steps, 42L);
      double total = (System.nanoTime() - start) / 1e9;
      ObjectNode r = results.addObject();
      r.put("scenario", "ssa-steps");
      r.put("description", "ssa_coverage() default size, random tasking, one thread");
      r.put("sensor_steps", steps);
      r.put("sensor_steps_per_second", rate);
      r.put("total_seconds", total);
      if (!json) {
        out.printf(
            Locale.ROOT,
            "%-12s %s%n             %.3g sensor-steps/s (%d sensor-steps, %.2f s)%n",
            "ssa-steps",
            "ssa_coverage() default size, random tasking, one thread",
            rate,
            steps,
            total);
      }
    }
    if (SolverScaling.NAME.equals(only)) {
      ran++;
      SolverScaling.run(out, json, results);
    }
    if (CheetahRunBench.NAME.equals(only)) {
      ran++;
      CheetahRunBench.run(out, json, results);
    }
    if (only == null || BarrageBench.PLAYOUTS.contains(only)) {
      ran++;
      BarrageBench.playouts(out, json, results);
    }
    if (BarrageBench.RL.equals(only)) {
      ran++;
      BarrageBench.rl(out, json, results);
    }
    if (BarrageBench.CONV.equals(only)) {
      ran++;
      BarrageBench.conv(out, json, results);
    }
    for (RlBench b : OPT_IN) {
      if (b.name().equals(only)) {
        ran++;
        b.run(out, json, results);
      }
    }
    for (PipelineBench b : PipelineBench.ALL) {
      if (b.name().equals(only)) {
        ran++;
        b.run(out, json, results);
      }
    }
    if (NeuplMemoryBench.NAME.equals(only)) {
      ran++;
      NeuplMemoryBench.run(out, json, results);
    }
    if (CtfBench.NAME.equals(only)) {
      ran++;
      CtfBench.run(out, json, results);
    }
    for (CtfRunBench b : CtfRunBench.ALL) {
      if (b.name().equals(only)) {
        ran++;
        b.run(out, json, results);
      }
    }
    if (ClusterBench.NAME.equals(only)) {
      ran++;
      ClusterBench.run(out, json, results);
    }
    if (ClusterTlsBench.NAME.equals(only)) {
      ran++;
      ClusterTlsBench.run(out, json, results);
    }
    if (NeuplBench.NAME.equals(only)) {
      ran++;
      NeuplBench.run(out, json, results);
    }
    if (ran == 0) {
      throw new IllegalArgumentException("--only " + only + " matches no scenario");
    }
    if (json) {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(results));
    }
    out.flush();
    return 0;
  }

  private static Population uniform(Game game) {
    Population pop = new Population(game.numPlayers());
    TabularPolicy u = TabularPolicy.uniform(game);
    for (int p = 0; p < game.numPlayers(); p++) {
      pop.add(p, u, "p" + p + "_uniform");
    }
    return pop;
  }

  /** CPU seconds of this process so far (all threads: the pool's, the JIT's and GC's too). */
  private static double processCpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  private static Psro psro(String gameString, int iterations, UnaryOperator<MetaSolver> wrap) {
    Game game = Games.load(gameString);
    return Psro.builder(game)
        .solver(wrap.apply(MetaSolvers.create("nash")))
        .settings(new DriverSettings(iterations, 0, 0, 42L, 1, true))
        .initialPopulation(uniform(game))
        .build();
  }

  private static Jpsro jpsro(
      String gameString, int iterations, int threads, UnaryOperator<MetaSolver> wrap) {
    Game game = Games.load(gameString);
    return Jpsro.builder(game)
        .solver(wrap.apply(MetaSolvers.create("mgcce")))
        .settings(new DriverSettings(iterations, 0, 0, 42L, threads, true))
        .initialPopulation(uniform(game))
        .build();
  }
}
