package org.psro4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.psro.DriverSettings;
import org.psro4j.psro.ExactEvaluator;
import org.psro4j.psro.IterationResult;
import org.psro4j.psro.Oracles;
import org.psro4j.psro.Population;
import org.psro4j.psro.Psro;
import org.psro4j.solvers.MetaSolvers;

/**
 * An RL-oracle scenario of {@code psro4j bench}: PSRO with a reinforcement-learning best response
 * on a game small enough for exact NashConv, reporting NashConv against cumulative oracle episodes
 * (both players' best responses summed) and seconds, and the episode count at which NashConv first
 * reached the threshold. Episodes, not steps, are the sample cost, as in Pipeline PSRO (McAleer et
 * al., NeurIPS 2020), whose Leduc runs reached exploitability 0.46–0.66 after about 1M episodes.
 *
 * @param name the scenario name ({@code --only} must name it exactly: it takes minutes)
 * @param game the game string
 * @param solver the meta-solver name
 * @param oracle the oracle name
 * @param options the oracle options
 * @param iterations PSRO iterations
 * @param threshold the NashConv to report the first crossing of
 */
record RlBench(
    String name,
    String game,
    String solver,
    String oracle,
    Map<String, String> options,
    int iterations,
    double threshold) {

  /**
   * PSRO with projected replicator dynamics and the DQN oracle at its defaults on 2-player Leduc:
   * 46 iterations of 50k environment steps (about 10.7k episodes) per best response, just under 1M
   * episodes in all. Same as {@code psro4j run --game leduc_poker --solver prd --oracle dqn
   * --br-steps 50000 --iterations 46 --threads 2}.
   */
  static final RlBench LEDUC =
      new RlBench("leduc-rl", "leduc_poker", "prd", "dqn", Map.of("br_steps", "50000"), 46, 0.6);

  /** A one-line description for the scenario list. */
  String description() {
    return String.format(
        Locale.ROOT,
        "PSRO, %s, %s oracle %s, %s, %d its, episodes to NashConv <= %s (opt-in)",
        solver,
        oracle,
        options,
        game,
        iterations,
        threshold);
  }

  /** Runs the scenario from scratch, printing one line per iteration unless {@code json}. */
  void run(PrintWriter out, boolean json, ArrayNode results) {
    Game g = Games.load(game);
    Population pop = new Population(g.numPlayers());
    TabularPolicy uniform = TabularPolicy.uniform(g);
    for (int p = 0; p < g.numPlayers(); p++) {
      pop.add(p, uniform, "p" + p + "_uniform");
    }
    Psro driver =
        Psro.builder(g)
            .solver(MetaSolvers.create(solver))
            .oracle(Oracles.create(oracle, options))
            .evaluator(new ExactEvaluator(g))
            .settings(new DriverSettings(iterations, 0, 0, 42L, 2, true))
            .initialPopulation(pop)
            .build();
    ObjectNode r = results.addObject();
    r.put("scenario", name);
    r.put("description", description());
    r.put("threshold", threshold);
    ArrayNode curve = r.putArray("curve");
    if (!json) {
      out.printf(Locale.ROOT, "%-12s %s%n", name, description());
      out.printf(
          Locale.ROOT, "             %4s %12s %9s %9s%n", "it", "episodes", "seconds", "nash_conv");
    }
    long start = System.nanoTime();
    long episodes = 0;
    long reachedEpisodes = -1;
    double reachedSeconds = Double.NaN;
    IterationResult last = null;
    while (!driver.finished()) {
      last = driver.step();
      episodes += last.oracleEpisodes();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (reachedEpisodes < 0 && last.exactGap() <= threshold) {
        reachedEpisodes = episodes;
        reachedSeconds = seconds;
      }
      ObjectNode point = curve.addObject();
      point.put("iteration", last.iteration());
      point.put("episodes", episodes);
      point.put("seconds", seconds);
      point.put("nash_conv", last.exactGap());
      if (!json) {
        out.printf(
            Locale.ROOT,
            "             %4d %12d %9.1f %9.3f%n",
            last.iteration(),
            episodes,
            seconds,
            last.exactGap());
        out.flush();
      }
    }
    double total = (System.nanoTime() - start) / 1e9;
    r.put("episodes_to_threshold", reachedEpisodes < 0 ? null : reachedEpisodes);
    r.put("seconds_to_threshold", Double.isNaN(reachedSeconds) ? null : reachedSeconds);
    r.put("iterations_run", last.iteration());
    r.put("total_episodes", episodes);
    r.put("final_gap", last.exactGap());
    r.put("total_seconds", total);
    if (!json) {
      out.printf(
          Locale.ROOT,
          "             %s; %d episodes in %.1f s, final nash_conv %.3f%n",
          reachedEpisodes < 0
              ? "threshold NOT reached"
              : String.format(
                  Locale.ROOT,
                  "NashConv <= %s first after %d episodes (%.1f s)",
                  threshold,
                  reachedEpisodes,
                  reachedSeconds),
          episodes,
          total,
          last.exactGap());
      out.flush();
    }
  }
}
