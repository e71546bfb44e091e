package org.psro4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
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
 * including JIT warm-up, as a user experiences a run. Run: {@code ./psro4j bench}. Opt-in scenarios
 * ({@link #OPT_IN}, RL oracles taking minutes) run only when {@code --only} names them exactly,
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
      "  psro4j bench --only leduc-rl   (opt-in: PSRO with DQN on Leduc, minutes)"
    })
final class BenchCommand implements Callable<Integer> {

  /** One scenario: a driver and the gap it must reach within its iteration budget. */
  record Scenario(
      String name, String description, double threshold, Supplier<PopulationDriver> driver) {}

  static final List<Scenario> SCENARIOS =
      List.of(
          new Scenario(
              "kuhn-psro",
              "PSRO, Nash, exact BR, 2-player Kuhn, to NashConv <= 1e-3",
              1e-3,
              () -> psro("kuhn_poker", 30)),
          new Scenario(
              "leduc-psro",
              "PSRO, Nash, exact BR, 2-player Leduc, to NashConv <= 0.2 (100 its)",
              0.2,
              () -> psro("leduc_poker", 100)),
          new Scenario(
              "kuhn3-jpsro",
              "JPSRO, max-Gini CCE, exact BR, 3-player Kuhn, to CCE gap <= 1e-3",
              1e-3,
              () -> jpsro("kuhn_poker(players=3)", 30)));

  /** Scenarios left out of the default set; {@code --only} must name one exactly. */
  static final List<RlBench> OPT_IN = List.of(RlBench.LEDUC);

  @Spec CommandSpec spec;

  @Option(
      names = "--only",
      description =
          "Run only scenarios whose name contains this text; opt-in scenarios (leduc-rl) only when"
              + " named exactly.")
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
    for (Scenario s : SCENARIOS) {
      if (only != null && !s.name().contains(only)) {
        continue;
      }
      ran++;
      PopulationDriver driver = s.driver().get();
      long start = System.nanoTime();
      double reachedAt = Double.NaN;
      int reachedIteration = -1;
      IterationResult last = null;
      while (!driver.finished()) {
        last = driver.step();
        if (reachedIteration < 0 && last.exactGap() <= s.threshold()) {
          reachedIteration = last.iteration();
          reachedAt = (System.nanoTime() - start) / 1e9;
        }
      }
      double total = (System.nanoTime() - start) / 1e9;
      ObjectNode r = results.addObject();
      r.put("scenario", s.name());
      r.put("description", s.description());
      r.put("threshold", s.threshold());
      r.put("reached_iteration", reachedIteration);
      r.put("seconds_to_threshold", Double.isNaN(reachedAt) ? null : reachedAt);
      r.put("iterations_run", last.iteration());
      r.put("final_gap", last.exactGap());
      r.put("total_seconds", total);
      if (!json) {
        out.printf(
            Locale.ROOT,
            "%-12s %s%n             %s; ran %d iterations in %.2f s, final %s %.3g%n",
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
            last.exactGap());
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
    for (RlBench b : OPT_IN) {
      if (b.name().equals(only)) {
        ran++;
        b.run(out, json, results);
      }
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

  private static Psro psro(String gameString, int iterations) {
    Game game = Games.load(gameString);
    return Psro.builder(game)
        .solver(MetaSolvers.create("nash"))
        .settings(new DriverSettings(iterations, 0, 0, 42L, 1, true))
        .initialPopulation(uniform(game))
        .build();
  }

  private static Jpsro jpsro(String gameString, int iterations) {
    Game game = Games.load(gameString);
    return Jpsro.builder(game)
        .solver(MetaSolvers.create("mgcce"))
        .settings(new DriverSettings(iterations, 0, 0, 42L, 1, true))
        .initialPopulation(uniform(game))
        .build();
  }
}
