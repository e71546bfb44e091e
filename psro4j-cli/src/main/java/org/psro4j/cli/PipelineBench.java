package org.psro4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.learn.LearningOracle;
import org.psro4j.pipeline.PipelinePsro;
import org.psro4j.pipeline.PipelineSettings;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.psro.Driver;
import org.psro4j.psro.DriverSettings;
import org.psro4j.psro.ExactEvaluator;
import org.psro4j.psro.IterationResult;
import org.psro4j.psro.Oracles;
import org.psro4j.psro.Population;
import org.psro4j.psro.Psro;
import org.psro4j.solvers.MetaSolvers;

/**
 * The Pipeline PSRO scenario of {@code psro4j bench} (McAleer et al., NeurIPS 2020): sequential
 * PSRO (one thread, one best response at a time) against Pipeline PSRO with {@code workers}
 * workers, both with the same RL oracle and the same total episodes (the Pipeline run stops at the
 * episodes PSRO used), reporting exact NashConv against episodes and wall seconds, the seconds
 * Pipeline needs to reach PSRO's final NashConv as a share of PSRO's seconds (target ≤ 0.55 on 2
 * cores), and the final exploitability (NashConv / 2; target ≤ 0.25 at 1M episodes on Leduc).
 *
 * @param name the scenario name ({@code --only} must name it exactly)
 * @param game the game string
 * @param solver the meta-solver (both runs)
 * @param oracle the oracle name
 * @param options the oracle options (both runs)
 * @param brSteps PSRO's environment steps per best response
 * @param iterations PSRO's iterations (each adds one best response per player)
 * @param workers Pipeline's workers
 */
record PipelineBench(
    String name,
    String game,
    String solver,
    String oracle,
    Map<String, String> options,
    long brSteps,
    int iterations,
    int workers) {

  /**
   * Leduc with DQN and PRD (as the {@code leduc-rl} bench): PSRO 46 iterations of 50k steps per
   * best response (about 1M episodes), Pipeline with 2 workers, the reference's plateau rule and
   * each level capped at PSRO's 50k steps per best response. DQN collects on one thread ({@code
   * shards=1}) in both arms, so the sequential arm uses one core and each Pipeline worker one.
   * (Measured worse at 1M episodes: the zero-sum Nash solver with 78 iterations of 30k steps.)
   */
  static final PipelineBench LEDUC =
      new PipelineBench(
          "pipeline-leduc", "leduc_poker", "prd", "dqn", Map.of("shards", "1"), 50_000, 46, 2);

  /** The same at a fifth of the episodes, for a run of minutes rather than an hour. */
  static final PipelineBench LEDUC_SHORT =
      new PipelineBench(
          "pipeline-leduc-short", "leduc_poker", "prd", "dqn", Map.of("shards", "1"), 50_000, 9, 2);

  /** A one-line description for the scenario list. */
  String description() {
    return String.format(
        Locale.ROOT,
        "sequential PSRO (%s, %s %s, %d its of %d steps, 1 thread) vs Pipeline PSRO (%s, %d"
            + " workers, levels capped at %d steps) at the same episodes on %s (opt-in)",
        solver,
        oracle,
        options,
        iterations,
        brSteps,
        solver,
        workers,
        brSteps,
        game);
  }

  /** Runs both from scratch, printing their curves unless {@code json}. */
  void run(PrintWriter out, boolean json, ArrayNode results) {
    Game g = Games.load(game);
    ObjectNode r = results.addObject();
    r.put("scenario", name);
    r.put("description", description());
    if (!json) {
      out.printf(Locale.ROOT, "%-12s %s%n", name, description());
    }
    Map<String, String> psroOptions = new java.util.TreeMap<>(options);
    psroOptions.put("br_steps", Long.toString(brSteps));
    Population pop = new Population(g.numPlayers());
    for (int p = 0; p < g.numPlayers(); p++) {
      pop.add(p, TabularPolicy.uniform(g), "p" + p + "_uniform");
    }
    Psro psro =
        Psro.builder(g)
            .solver(MetaSolvers.create(solver))
            .oracle(Oracles.create(oracle, psroOptions))
            .evaluator(new ExactEvaluator(g))
            .settings(new DriverSettings(iterations, 0, 0, 42L, 1, true))
            .initialPopulation(pop)
            .build();
    Curve sequential = Curve.of(psro, "psro", r.putArray("psro"), out, json);
    PipelinePsro pipeline =
        PipelinePsro.builder(g)
            .settings(PipelineSettings.defaults().withLevels(10_000).withMax(brSteps))
            .solver(MetaSolvers.create(solver))
            .oracle((LearningOracle) Oracles.create(oracle, psroOptions))
            .workers(workers)
            .seed(42)
            .episodeBudget(sequential.episodes())
            .build();
    Curve piped;
    long[] solves;
    try {
      piped = Curve.of(pipeline, "pipeline", r.putArray("pipeline"), out, json);
      solves = pipeline.solveCounts();
    } finally {
      pipeline.close();
    }
    double target = sequential.finalGap();
    double reached = piped.secondsTo(target);
    r.put("psro_seconds", sequential.seconds());
    r.put("psro_cpu_seconds", sequential.cpuSeconds());
    r.put("pipeline_cpu_seconds", piped.cpuSeconds());
    r.put("psro_episodes", sequential.episodes());
    r.put("psro_final_nash_conv", target);
    r.put("pipeline_seconds", piped.seconds());
    r.put("pipeline_episodes", piped.episodes());
    r.put("pipeline_final_nash_conv", piped.finalGap());
    r.put("pipeline_final_exploitability", piped.finalGap() / 2);
    r.put("pipeline_meta_solves", solves[0]);
    r.put("pipeline_meta_solves_remembered", solves[1]);
    r.put("pipeline_seconds_to_psro_final", Double.isNaN(reached) ? null : reached);
    r.put("time_ratio", Double.isNaN(reached) ? null : reached / sequential.seconds());
    if (!json) {
      out.printf(
          Locale.ROOT,
          "             PSRO: nash_conv %.3f after %d episodes in %.1f s (%.1f cpu s); Pipeline: %.3f"
              + " (exploitability %.3f) after %d episodes in %.1f s (%.1f cpu s); Pipeline"
              + " reached %.3f %s; Pipeline's meta-solves: %d run, %d remembered%n",
          target,
          sequential.episodes(),
          sequential.seconds(),
          sequential.cpuSeconds(),
          piped.finalGap(),
          piped.finalGap() / 2,
          piped.episodes(),
          piped.seconds(),
          piped.cpuSeconds(),
          target,
          Double.isNaN(reached)
              ? "NOT within the same episodes"
              : String.format(
                  Locale.ROOT,
                  "after %.1f s = %.2f x PSRO's time",
                  reached,
                  reached / sequential.seconds()),
          solves[0],
          solves[1]);
      out.flush();
    }
  }

  /** A NashConv curve against cumulative episodes and seconds. */
  private record Curve(ArrayNode points, double seconds, long episodes, double finalGap) {

    /** CPU seconds at the last point. */
    double cpuSeconds() {
      return points.isEmpty() ? 0 : points.get(points.size() - 1).path("cpu_seconds").asDouble();
    }

    static Curve of(Driver driver, String label, ArrayNode points, PrintWriter out, boolean json) {
      long start = System.nanoTime();
      long cpuStart = cpuNanos();
      long episodes = 0;
      IterationResult last = null;
      while (!driver.finished()) {
        last = driver.step();
        episodes += last.oracleEpisodes();
        double seconds = (System.nanoTime() - start) / 1e9;
        ObjectNode point = points.addObject();
        point.put("iteration", last.iteration());
        point.put("episodes", episodes);
        point.put("seconds", seconds);
        double cpu = (cpuNanos() - cpuStart) / 1e9;
        point.put("cpu_seconds", cpu);
        point.put("nash_conv", last.exactGap());
        if (!json) {
          out.printf(
              Locale.ROOT,
              "             %-8s %4d %12d episodes %9.1f s %9.1f cpu s  nash_conv %.3f%n",
              label,
              last.iteration(),
              episodes,
              seconds,
              cpu,
              last.exactGap());
          out.flush();
        }
      }
      return new Curve(
          points,
          (System.nanoTime() - start) / 1e9,
          episodes,
          last == null ? Double.NaN : last.exactGap());
    }

    /** CPU time of this JVM (every thread) in nanoseconds. */
    static long cpuNanos() {
      return ((com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }

    /** Seconds at the first point at or below {@code gap}; NaN when never. */
    double secondsTo(double gap) {
      for (var p : points) {
        if (p.path("nash_conv").asDouble() <= gap) {
          return p.path("seconds").asDouble();
        }
      }
      return Double.NaN;
    }
  }
}
