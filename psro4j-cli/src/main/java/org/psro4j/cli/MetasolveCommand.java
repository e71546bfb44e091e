package org.psro4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.EmpiricalGameJson;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.solvers.MetaSolvers;
import org.psro4j.solvers.SolverOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code psro4j metasolve}: solves a meta-game given as a JSON payoff file. */
@Command(
    name = "metasolve",
    mixinStandardHelpOptions = true,
    description = {
      "Solves an empirical (meta-)game read from JSON and prints the distribution(s) and the gap.",
      "File format: {\"players\": 2, \"payoffs\": [P0, P1], \"names\": [[...], [...]]} where P_p"
          + " is nested by the players' strategies in player order (names optional)."
    },
    footer = {
      "",
      "Solvers: uniform, nash, prd, fp, alpharank, rectified, cce, ce, mgcce, mgce, mwcce, mwce,"
          + " mecce, mece (cce/ce = max Gini).",
      "",
      "Examples:",
      "  psro4j metasolve --payoffs rps.json --solver nash",
      "  psro4j metasolve --payoffs game3p.json --solver mgcce --json",
      "  psro4j metasolve --payoffs rps.json --solver prd --option iterations=50000 --option dt=0.01"
    })
final class MetasolveCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--payoffs",
      required = true,
      paramLabel = "FILE",
      description = "The meta-game as JSON (hand-written form or a run's metagame.json).")
  Path payoffs;

  @Option(
      names = "--solver",
      defaultValue = "nash",
      paramLabel = "NAME",
      description = "The meta-solver (default: ${DEFAULT-VALUE}).")
  String solver;

  @Option(
      names = "--option",
      paramLabel = "KEY=VALUE",
      description =
          "A solver option, repeatable: prd iterations/dt/gamma; fp iterations/uniform_mix; alpharank alpha/m/epsilon/"
              + "population; nash tolerance/max_pivots; (C)CE epsilon/min_epsilon/max_iterations.")
  List<String> options = new ArrayList<>();

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(names = "--verbose", description = "Stack traces on error.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    Map<String, String> optionMap = new LinkedHashMap<>();
    for (String option : options) {
      int eq = option.indexOf('=');
      if (eq <= 0) {
        throw new BadInputException("--option '" + option + "' must look like KEY=VALUE");
      }
      optionMap.put(option.substring(0, eq).trim(), option.substring(eq + 1).trim());
    }
    MetaSolver metaSolver = MetaSolvers.create(solver, SolverOptions.of(optionMap));
    UserPaths.inputFile("--payoffs", payoffs);
    EmpiricalGame game;
    try {
      game = EmpiricalGameJson.read(payoffs).snapshot();
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new BadInputException(
          "--payoffs " + payoffs + " is not valid JSON: " + JsonMessages.describe(e));
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new BadInputException("--payoffs " + payoffs + " is not UTF-8 text");
    } catch (IllegalArgumentException e) {
      String m = e.getMessage() == null ? "malformed" : e.getMessage();
      throw new BadInputException(
          m.contains(payoffs.toString()) ? m : "--payoffs " + payoffs + ": " + m);
    }
    if (!game.isComplete()) {
      throw new BadInputException(
          payoffs + " has " + game.missingEntries().size() + " missing payoff entries");
    }
    long start = System.nanoTime();
    MetaStrategy strategy = metaSolver.solve(game);
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(toJson(game, strategy, seconds));
    } else {
      printText(out, game, strategy, seconds);
    }
    out.flush();
    return 0;
  }

  private static String toJson(EmpiricalGame game, MetaStrategy strategy, double seconds)
      throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("solver", strategy.solver());
    ArrayNode marginals = root.putArray("marginals");
    for (double[] marginal : strategy.marginals()) {
      ArrayNode row = marginals.addArray();
      for (double v : marginal) {
        row.add(v);
      }
    }
    if (strategy.isJoint()) {
      double[] joint = strategy.joint();
      root.set("joint", nested(mapper, game, joint, 0, 0));
    } else {
      root.putNull("joint");
    }
    root.put("gap", strategy.gap());
    root.put("gap_kind", strategy.gapKind().name().toLowerCase(java.util.Locale.ROOT));
    root.put("seconds", seconds);
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static ArrayNode nested(
      ObjectMapper mapper, EmpiricalGame game, double[] joint, int player, int offset) {
    ArrayNode array = mapper.createArrayNode();
    for (int s = 0; s < game.size(player); s++) {
      int at = offset + s * game.stride(player);
      if (player == game.players() - 1) {
        array.add(joint[at]);
      } else {
        array.add(nested(mapper, game, joint, player + 1, at));
      }
    }
    return array;
  }

  private static void printText(
      PrintWriter out, EmpiricalGame game, MetaStrategy strategy, double seconds) {
    out.printf("solver   %s%n", strategy.solver());
    double[][] marginals = strategy.marginals();
    for (int p = 0; p < marginals.length; p++) {
      StringBuilder line = new StringBuilder();
      for (int s = 0; s < marginals[p].length; s++) {
        line.append(String.format(" %s=%.6f", game.name(p, s), marginals[p][s]));
      }
      out.printf("player %d%s%n", p, line);
    }
    if (strategy.isJoint()) {
      double[] joint = strategy.joint();
      List<Integer> order = new ArrayList<>();
      for (int flat = 0; flat < joint.length; flat++) {
        if (joint[flat] > 1e-12) {
          order.add(flat);
        }
      }
      order.sort((a, b) -> Double.compare(joint[b], joint[a]));
      out.printf("joint    %d profiles with positive weight%n", order.size());
      for (int flat : order.subList(0, Math.min(20, order.size()))) {
        int[] profile = game.profile(flat);
        StringBuilder names = new StringBuilder();
        for (int p = 0; p < profile.length; p++) {
          names.append(p == 0 ? "" : ",").append(game.name(p, profile[p]));
        }
        out.printf("  (%s) %.6f%n", names, joint[flat]);
      }
      if (order.size() > 20) {
        out.printf("  ... %d more%n", order.size() - 20);
      }
    }
    out.printf("gap      %.3e (%s)%n", strategy.gap(), strategy.gapKind());
    out.printf("seconds  %.3f%n", seconds);
  }
}
