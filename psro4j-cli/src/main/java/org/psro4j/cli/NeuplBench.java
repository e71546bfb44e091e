package org.psro4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.psro.DriverSettings;
import org.psro4j.psro.IterationResult;
import org.psro4j.psro.Jpsro;
import org.psro4j.psro.Oracles;
import org.psro4j.psro.PopulationDriver;
import org.psro4j.rl.algo.PpoSettings;
import org.psro4j.rl.neupl.BestResponseHeadOracle;
import org.psro4j.rl.neupl.NeuplJpsro;
import org.psro4j.rl.neupl.NeuplSettings;
import org.psro4j.solvers.MetaSolvers;

/**
 * The opt-in {@code neupl-kuhn3} scenario of {@code psro4j bench}: the exact CCE gap against
 * iterations and oracle episodes on 3-player Kuhn poker for NeuPL-JPSRO (Liu et al., AAMAS 2024;
 * one conditional network, best responses by the shared-encoder head) and for JPSRO with one
 * separate PPO network per best response (fresh, no warm start), with the same PPO settings and
 * environment-step budget per best response, max-Gini CCE, exact meta-game entries, seed 42, one
 * thread. The same as {@code psro4j run --game "kuhn_poker(players=3)" --algo neupl-jpsro --oracle
 * ppo --br-steps 20000 --iterations 8 --threads 1} and {@code --algo jpsro --oracle ppo
 * --oracle-option warm_start=false} with the same flags.
 */
final class NeuplBench {

  static final String NAME = "neupl-kuhn3";
  static final String GAME = "kuhn_poker(players=3)";
  static final int ITERATIONS = 8;
  static final Map<String, String> PPO = Map.of("br_steps", "20000");

  private NeuplBench() {}

  static void run(PrintWriter out, boolean json, ArrayNode results) {
    Game game = Games.load(GAME);
    DriverSettings settings = new DriverSettings(ITERATIONS, 0, 0, 42L, 1, true);
    NeuplSettings neupl = NeuplSettings.defaults();
    PopulationDriver neuplDriver =
        NeuplJpsro.neuplBuilder(game)
            .neupl(neupl)
            .solver(MetaSolvers.create("mgcce"))
            .oracle(new BestResponseHeadOracle(PpoSettings.fromOptions(PPO), neupl.topK()))
            .settings(settings)
            .build();
    Map<String, String> separate = new java.util.TreeMap<>(PPO);
    separate.put("warm_start", "false");
    PopulationDriver jpsro =
        Jpsro.builder(game)
            .solver(MetaSolvers.create("mgcce"))
            .oracle(Oracles.create("ppo", separate))
            .settings(settings)
            .build();
    curve(out, json, results, "neupl-jpsro", neuplDriver);
    curve(out, json, results, "jpsro-ppo", jpsro);
  }

  private static void curve(
      PrintWriter out, boolean json, ArrayNode results, String label, PopulationDriver driver) {
    ObjectNode o = results.addObject();
    o.put("scenario", NAME);
    o.put("algorithm", label);
    o.put("description", GAME + ", mgcce, ppo " + PPO + ", " + ITERATIONS + " iterations");
    ArrayNode points = o.putArray("curve");
    if (!json) {
      out.printf(Locale.ROOT, "%-12s %s: %s, ppo %s%n", NAME, label, GAME, PPO);
      out.flush();
    }
    long start = System.nanoTime();
    long episodes = 0;
    while (!driver.finished()) {
      IterationResult r = driver.step();
      episodes += r.oracleEpisodes();
      double seconds = (System.nanoTime() - start) / 1e9;
      ObjectNode point =
          points
              .addObject()
              .put("iteration", r.iteration())
              .put("cce_gap", r.exactGap())
              .put("oracle_episodes", episodes)
              .put("wall_s", seconds);
      r.extras().forEach(point::put);
      if (!json) {
        out.printf(
            Locale.ROOT,
            "             it %2d  cce_gap %.4f  oracle episodes %8d  %6.1f s%s%n",
            r.iteration(),
            r.exactGap(),
            episodes,
            seconds,
            r.extras().isEmpty() ? "" : "  " + r.extras());
        out.flush();
      }
    }
    o.put("total_seconds", (System.nanoTime() - start) / 1e9);
  }
}
