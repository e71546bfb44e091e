package org.psro4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.learn.LearningOracle;
import org.psro4j.pipeline.PipelineProtocol;
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
 * @param levels Pipeline's level settings (plateau rule, cap, reward window)
 * @param seeds the root seeds; each runs both arms once
 */
record PipelineBench(
    String name,
    String game,
    String solver,
    String oracle,
    Map<String, String> options,
    long brSteps,
    int iterations,
    int workers,
    PipelineSettings levels,
    List<Long> seeds) {

  /**
   * Pipeline's level cap in these scenarios, 30k steps, which is also its learners' {@code
   * br_steps} ({@link #pipelineOptions}); PSRO keeps 50k steps per best response. Pipeline's
   * NashConv was still falling steeply at the end of a 1M-episode run (as PSRO's with exact best
   * responses: 0.70 / 0.36 / 0.20 after 30 / 40 / 46 iterations, seed 42), so more, shorter levels
   * in the same episodes help more than longer ones: at 30k Pipeline fixes ~170 levels instead of
   * ~106 and reaches PSRO's final NashConv after 0.51–0.72 of PSRO's episodes (at 50k: 0.64–0.98).
   * The price is CPU: one PRD solve per promotion on a table that grows with the levels, so
   * Pipeline's CPU at equal episodes went from ~1.17× PSRO's to ~1.5–1.8× (PRD was 57% of
   * Pipeline's Java samples in a JFR profile of {@code pipeline-leduc} at 30k). Session 12, {@code
   * bench --only pipeline-leduc-seeds} (seeds 7 / 2026 / 42; load 3–4.5 on the 2 cores: another
   * helper's JVM took one core, so Pipeline's two workers ran on about one, CPU / wall 0.97–1.01):
   * at 30k, Pipeline 0.348 / 0.414 / 0.387 (exploitability 0.174 / 0.207 / 0.194) and again 0.408 /
   * 0.332 / 0.369 (0.204 / 0.166 / 0.184), reaching PSRO's final after 0.55 / 0.55 / 0.55 and 0.51
   * / 0.57 / 0.67 of its episodes and 0.64 / 0.83 / 0.81 and 0.80 / 0.80 / 0.81 of its CPU seconds,
   * but at 0.63 / 0.83 / 0.74 and 0.83 / 0.78 / 0.82 of its wall time; the 50k setting in the same
   * conditions (run between the two): 0.479 / 0.527 / 0.537 (exploitability 0.239 / 0.264 / 0.269),
   * reaching PSRO's final after 0.65 / 0.78 / 0.85 of its episodes, 0.65 / 0.91 / 1.10 of its CPU
   * and 0.37 / 0.80 / 0.78 of its wall time (CPU / wall 1.24–1.48). A third 30k run (load 3.4–3.8):
   * 0.342 / 0.376 / 0.394 (0.171 / 0.188 / 0.197), PSRO's final after 0.52 / 0.70 / 0.67 of its
   * episodes, 0.63 / 0.97 / 1.08 of its CPU and 0.36 / 0.97 / 1.09 of its wall time (CPU / wall
   * 1.50 on seed 7, where Pipeline had both cores for a while, 0.97–0.98 on the others). A fourth
   * (load 1.7–3.6): 0.366 / 0.348 / 0.416 (0.183 / 0.174 / 0.208), PSRO's final after 0.67 / 0.63 /
   * 0.68 of its episodes and 1.03 / 0.67 / 0.51 of its wall time (CPU / wall 0.98 / 1.31 / 1.72). A
   * fifth, nearly idle (load 1.2–1.6, CPU / wall 1.67–1.75): 0.388 / 0.480 / 0.365 (0.194 / 0.240 /
   * 0.182), PSRO's final after 0.63 / 0.60 / 0.72 of its episodes, 0.74 / 0.83 / 0.99 of its CPU
   * and 0.43 / 0.46 / 0.56 (38.5 / 68.7 s) of its wall time, Pipeline's wall at equal episodes 0.94
   * / 1.09 / 0.97 of PSRO's (PSRO 68.1 / 59.5 / 68.7 s). So at 30k exploitability ≤ 0.25 held in
   * all sixteen runs (0.166–0.240, mean 0.192), while the time target depends on Pipeline getting
   * both cores and has less margin than at 50k (six idle runs of session 10: 0.47–0.55×): with both
   * cores (CPU / wall ≥ 1.5) it held in five of six (0.36, 0.45, 0.51, 0.43, 0.46; the nearly idle
   * seed 42 at 0.56), at CPU / wall 1.31 not (0.67), on about one core in none. A 40k cap (START
   * 9,000, PER 4,500, MIN 24,000, 1,600 episodes), seed 7, load 3–4: 0.465 (0.233), 0.67× PSRO's
   * wall, 1.08× its CPU; not kept. {@code pipeline-leduc} at 30k under JFR, load 2–4.5: 0.396
   * (0.198), PSRO's final at 0.45× its wall. Pipeline arm alone ({@code run --algo pipeline} with
   * these settings and a 1,003,002-episode budget; the run command's own files slow the inline
   * worker, so its dynamics differ a little): 30k 0.443 / 0.380 / 0.378 (seeds 42 / 7 / 2026), 20k
   * (START 4,500, PER 2,250, MIN 12,000, 800 episodes) 0.377 on seed 42 (161 levels fixed). PSRO
   * itself at 30k steps per best response (77 iterations, 1,027,443 episodes, seed 42) ends at
   * 0.461 against 0.522 at 46 × 50k; Pipeline at 30k passed 0.461 after 0.79–0.81 of those episodes
   * (three runs). A sixth run, idle (the lead, load 1.2–1.6, nothing else running): 0.545 / 0.373 /
   * 0.408 (exploitability 0.272 / 0.186 / 0.204), PSRO's final at 0.48 / 0.54 / 0.50 of its wall
   * time (PSRO 0.572 / 0.534 / 0.522 in 67.3 / 61.9 / 65.4 s; Pipeline CPU / wall 1.7); seed 7
   * hovered at 0.47–0.56 over its last 50 promotions. Over all nineteen 30k runs exploitability ≤
   * 0.25 held in eighteen (mean 0.196); over the six with both cores idle both targets held at once
   * in four.
   */
  static final long LEVEL_CAP = 30_000;

  /**
   * Pipeline's level settings in these scenarios: each level capped at {@code cap} steps; the
   * reference's THRESH 0.01 but its counts (START 33,750, PER 11,250, MIN 45,000 steps) scaled to
   * the cap: START 0.225, PER 0.1125 and MIN 0.6 of it; the reward compared is the mean over the
   * level's latest cap / 25 episodes. At a 50k cap (sessions 9–11) that is START 11,250, PER 5,625,
   * MIN 30,000 and 2,000 episodes (about 9,000 steps); at {@link #LEVEL_CAP} 6,750, 3,375, 18,000
   * and 1,200. Session 9 at 50k: with the 5,000-episode window of session 8 (about 22,000 steps)
   * the window still held episodes from DQN's ε decay (ε falls from 1 to 0.02 over the first half
   * of the 50k-step budget) at every check before the cap, so the mean kept rising and the plateau
   * rule fixed 8–13 of ~90 levels; with 2,000 episodes it fixes about 85% of them at 30–45k steps
   * and Pipeline fits ~106 levels into PSRO's episodes. Measured at ~1M episodes (load 4–14 on the
   * 2 cores; Pipeline NashConv, seeds 42 / 2026 / 7): window 2,000 episodes 0.414 / 0.419 / 0.471,
   * reaching PSRO's final NashConv after 0.89 / 0.75 / 0.73 of PSRO's episodes (again: 0.446 /
   * 0.510 / 0.440; with PSRO in {@code pipeline-leduc-seeds}: 0.424 / 0.449 / 0.430); window 5,000
   * (session 8, idle) 0.561 and 0.640 / 0.521 / 0.444; window 5,000 with the cap at 40k steps and
   * MIN 25k: 0.536 / 0.545 / 0.444.
   */
  static PipelineSettings levels(long cap) {
    return PipelineSettings.defaults()
        .withLevels(10_000)
        .withMax(cap)
        .withPlateau(0.01, cap * 9 / 80, cap * 9 / 40, cap * 3 / 5)
        .withSmoothing(cap / 25);
  }

  /**
   * The DQN options of these scenarios (both arms; {@code br_steps} is PSRO's {@link #brSteps} and
   * Pipeline's {@link #LEVEL_CAP}): one rollout thread each, Adam step 1e-3 and a target copy every
   * 250 updates (the defaults are 5e-4 and 500; 20 PSRO iterations with these reached NashConv
   * 1.171 against 1.200, and 1.434 against 1.934 at 15, seed 42), and half the default replay
   * ratio, 8: 46 PSRO iterations on seed 42 reached NashConv 0.522 with it against 0.551 at the
   * default 16 and 0.90 after 30 iterations at 48 (against 0.64), in two thirds of the CPU time;
   * hidden 128,128 at ratio 8 was worse (0.874 after 40 iterations, against 0.603). Measured and
   * not kept (both arms, seeds 42 / 2026, ~1M episodes): {@code lr_end=1e-4} (Adam's step decaying
   * linearly over the budget) helped PSRO (0.462 / 0.508 against 0.522 / 0.534) but not Pipeline
   * (0.581 / 0.564, within its run-to-run spread, but then Pipeline no longer reached PSRO's final
   * NashConv on either seed); {@code epsilon_decay=0.2}: PSRO 0.678 / 0.488, Pipeline 0.535 / 0.592
   * (its plateau rule fixed 76 of 102 levels, which led to the window above). Session 11 (PSRO's
   * arm alone via {@code run --algo psro}, which reproduces the bench's 0.522 on seed 42; load 6–18
   * on the 2 cores; NashConv after 46 iterations, seeds 42 / 7 / 2026 against 0.522 / 0.572 /
   * 0.534): {@code loss=huber} 1.107; {@code n_step=3} 0.958; {@code n_step=2} 0.596 / 0.619;
   * {@code batch=128} 0.566; {@code batch=512} 0.710; {@code epsilon_start=0.3} 0.717; {@code
   * warm_start=false} 0.719; {@code hidden=32,32} 0.590 / 0.590; {@code replay_ratio=2} 0.745;
   * {@code replay_ratio=4} 0.514 / 0.486 / 0.634 at half the CPU, but in the bench on seeds 7 /
   * 2026 / 42 Pipeline ended at 0.561 / 0.523 / 0.617 (exploitability above 0.25 on all three) and
   * PSRO's final only on seed 2026 (0.56× its time); {@code replay_ratio=16} in the bench (seeds 7
   * / 2026 / 42): PSRO 0.518 / 0.545 / 0.551, Pipeline 0.615 / 0.512 / 0.602, PSRO's final reached
   * only on seed 2026 (0.81×); Pipeline alone with {@code lr_end=1e-4}, seed 7: 0.506. None kept.
   */
  static final Map<String, String> DQN =
      Map.of("shards", "1", "lr", "1e-3", "target_update", "250", "replay_ratio", "8");

  /**
   * The meta-solver of these scenarios (both arms): PRD over OpenSpiel's horizon, 100,000 steps of
   * 1e-3 = 100 time units, in 25,000 steps of 0.004. Pipeline solves its fixed table once per
   * promotion, about 170 times in a 1M-episode Leduc run on tables of up to ~85 strategies a
   * player, and PRD's cost is linear in its steps, while its average over the same horizon hardly
   * moves: on 85×85 zero-sum tables the meta-strategies of the two settings differ by at most 0.001
   * in L1 and their NashConv in the fourth decimal (100k × 1e-3 against 25k × 4e-3: 0.0555 /
   * 0.0556, 0.0590 / 0.0590, 0.0569 / 0.0570; at 10 to 60 strategies as close), at a quarter of the
   * time.
   */
  static final String PRD = "prd(iterations=25000,dt=0.004)";

  /**
   * Leduc with DQN and PRD (as the {@code leduc-rl} bench): PSRO 46 iterations of 50k steps per
   * best response (about 1M episodes), Pipeline with 2 workers, {@link #levels} capped at {@link
   * #LEVEL_CAP} steps (50k, PSRO's steps per best response, until session 12). DQN collects on one
   * thread ({@code shards=1}) in both arms, so the sequential arm uses one core and each Pipeline
   * worker one. (Measured worse at 1M episodes: the zero-sum Nash solver with 78 iterations of 30k
   * steps; the zero-sum LP Nash solver at 46 × 50k, seed 42: PSRO 0.838, Pipeline 0.745.) Session
   * 10 changed no setting here, only the engine's solve path (a meta-game another thread is solving
   * is awaited, not solved again under the manager's lock): Pipeline's CPU over PSRO's at the same
   * episodes went from 1.26 to 1.02 in one loaded run of this scenario, and PRD from 47% to 31% of
   * Pipeline's Java samples. Measured no faster and not kept: PRD's products as AXPY loops over a
   * transposed table.
   */
  static final PipelineBench LEDUC = leduc("pipeline-leduc", 46, List.of(42L));

  /** The same at a fifth of the episodes, for a run of minutes rather than an hour. */
  static final PipelineBench LEDUC_SHORT = leduc("pipeline-leduc-short", 9, List.of(42L));

  /** {@link #LEDUC} on three root seeds (42 last, as {@link #LEDUC} runs it), for the spread. */
  static final PipelineBench LEDUC_SEEDS =
      leduc("pipeline-leduc-seeds", 46, List.of(7L, 2026L, 42L));

  /**
   * A Leduc scenario with {@link #DQN}, PRD, 50k steps per PSRO best response and {@link #levels}
   * at {@link #LEVEL_CAP}.
   */
  private static PipelineBench leduc(String name, int iterations, List<Long> seeds) {
    return new PipelineBench(
        name, "leduc_poker", PRD, "dqn", DQN, 50_000, iterations, 2, levels(LEVEL_CAP), seeds);
  }

  /** Every Pipeline scenario, in the order {@code bench --only} looks them up. */
  static final List<PipelineBench> ALL = List.of(LEDUC, LEDUC_SHORT, LEDUC_SEEDS);

  /**
   * Pipeline's oracle options: {@link #options} with {@code br_steps} at the level cap (when there
   * is one, else PSRO's {@link #brSteps}), so a learner's schedules (DQN's ε decay over half its
   * budget, a decaying step size) span one level.
   */
  Map<String, String> pipelineOptions() {
    Map<String, String> o = new java.util.TreeMap<>(options);
    o.put("br_steps", Long.toString(levels.max() > 0 ? levels.max() : brSteps));
    return o;
  }

  /** A one-line description for the scenario list. */
  String description() {
    return String.format(
        Locale.ROOT,
        "sequential PSRO (%s, %s %s, %d its of %d steps, 1 thread) vs Pipeline PSRO (%s, %d"
            + " workers, levels capped at %d steps with br_steps there, plateau THRESH %s START %d PER %d MIN %d over"
            + " the latest %d episodes) at the same episodes on %s, seeds %s (opt-in)",
        solver,
        oracle,
        options,
        iterations,
        brSteps,
        solver,
        workers,
        levels.max(),
        levels.threshold(),
        levels.start(),
        levels.per(),
        levels.min(),
        levels.smoothing(),
        game,
        seeds);
  }

  /** Runs both from scratch on each seed, printing their curves unless {@code json}. */
  void run(PrintWriter out, boolean json, ArrayNode results) {
    for (long seed : seeds) {
      run(out, json, results, seed);
    }
  }

  private void run(PrintWriter out, boolean json, ArrayNode results, long seed) {
    Game g = Games.load(game);
    ObjectNode r = results.addObject();
    r.put("scenario", name);
    r.put("description", description());
    r.put("seed", seed);
    if (!json) {
      out.printf(Locale.ROOT, "%-12s %s, seed %d%n", name, description(), seed);
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
            .settings(new DriverSettings(iterations, 0, 0, seed, 1, true))
            .initialPopulation(pop)
            .build();
    Curve sequential = Curve.of(psro, "psro", r.putArray("psro"), out, json);
    PipelinePsro pipeline =
        PipelinePsro.builder(g)
            .settings(levels)
            .solver(MetaSolvers.create(solver))
            .oracle((LearningOracle) Oracles.create(oracle, pipelineOptions()))
            .workers(workers)
            .seed(seed)
            .episodeBudget(sequential.episodes())
            .build();
    Curve piped;
    long[] solves;
    long[] fixes;
    try {
      piped = Curve.of(pipeline, "pipeline", r.putArray("pipeline"), out, json);
      solves = pipeline.solveCounts();
      fixes = fixReasons(pipeline.timeline());
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
    r.put("pipeline_fixed_by_plateau", fixes[0]);
    r.put("pipeline_fixed_by_cap", fixes[1]);
    r.put("pipeline_seconds_to_psro_final", Double.isNaN(reached) ? null : reached);
    r.put("time_ratio", Double.isNaN(reached) ? null : reached / sequential.seconds());
    if (!json) {
      out.printf(
          Locale.ROOT,
          "             PSRO: nash_conv %.3f after %d episodes in %.1f s (%.1f cpu s); Pipeline: %.3f"
              + " (exploitability %.3f) after %d episodes in %.1f s (%.1f cpu s); Pipeline"
              + " reached %.3f %s; Pipeline's meta-solves: %d run, %d remembered; levels fixed"
              + " by the plateau rule %d, at the cap %d%n",
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
          solves[1],
          fixes[0],
          fixes[1]);
      out.flush();
    }
  }

  /** Submitted levels fixed by the plateau rule and at the cap, from the level timeline. */
  static long[] fixReasons(List<PipelineProtocol.LevelEvent> timeline) {
    long[] n = new long[2];
    for (PipelineProtocol.LevelEvent e : timeline) {
      if (e.what().equals("submit")) {
        n[e.detail().startsWith("plateau") ? 0 : 1]++;
      }
    }
    return n;
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
