package org.psro4j.cli.ssa;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.ssa.evaluation.MatchupTable;

/** Formats a heuristic matchup table and its equilibrium as text, CSV and JSON. */
final class MatchupReport {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MatchupTable table;
  private final MatchupEquilibrium equilibrium;
  private final boolean zeroSum;

  MatchupReport(MatchupTable table, MatchupEquilibrium equilibrium, boolean zeroSum) {
    this.table = table;
    this.equilibrium = equilibrium;
    this.zeroSum = zeroSum;
  }

  /** The human-readable report: tables with standard errors, best responses, equilibrium. */
  void printText(PrintWriter out, double seconds, int threads) {
    out.printf("game       %s%n", SsaPictures.compactName(table.game()));
    out.printf(
        Locale.ROOT,
        "episodes   %d per pair (the same episodes for every pair), seed %d, %d pairs,"
            + " %.1f s on %d threads%n",
        table.episodes(),
        table.seed(),
        table.size() * table.size(),
        seconds,
        threads);
    out.println();
    printMatrix(out, "Blue's", table.blueMean(), table.blueStandardError());
    if (zeroSum) {
      out.println("(zero-sum flavour: Red's return is the negative of Blue's)");
    } else {
      out.println();
      printMatrix(out, "Red's", table.redMean(), table.redStandardError());
    }
    out.println();
    out.printf("best responses  Blue: %s%n", bestResponses(table.blueBestResponses()));
    out.printf("                Red:  %s%n", bestResponses(table.redBestResponses()));
    out.println();
    MetaStrategy strategy = equilibrium.strategy();
    EmpiricalGame game = equilibrium.game();
    out.printf("equilibrium     %s%n", equilibrium.why());
    String[] sides = {"Blue", "Red"};
    for (int p = 0; p < 2; p++) {
      StringBuilder line = new StringBuilder();
      double[] marginal = strategy.marginal(p);
      for (int s = 0; s < marginal.length; s++) {
        if (marginal[s] > 5e-5) {
          line.append(String.format(Locale.ROOT, "  %s %.4f", game.name(p, s), marginal[s]));
        }
      }
      out.printf("  %-5s%s%n", sides[p], line);
    }
    if (strategy.isJoint()) {
      double[] joint = strategy.joint();
      List<Integer> order = new ArrayList<>();
      for (int flat = 0; flat < joint.length; flat++) {
        if (joint[flat] > 5e-5) {
          order.add(flat);
        }
      }
      order.sort((a, b) -> Double.compare(joint[b], joint[a]));
      out.printf("  joint (Blue, Red):");
      for (int flat : order.subList(0, Math.min(8, order.size()))) {
        int[] profile = game.profile(flat);
        out.printf(
            Locale.ROOT,
            "  (%s, %s) %.4f",
            game.name(0, profile[0]),
            game.name(1, profile[1]),
            joint[flat]);
      }
      out.println();
    }
    out.printf(
        Locale.ROOT,
        "  value Blue %+.5f  Red %+.5f   gap %.2e (%s)%n",
        equilibrium.value()[0],
        equilibrium.value()[1],
        strategy.gap(),
        strategy.gapKind().name().toLowerCase(Locale.ROOT));
  }

  private void printMatrix(PrintWriter out, String side, double[][] mean, double[][] error) {
    int n = table.size();
    int width = 12;
    for (String name : table.heuristics()) {
      width = Math.max(width, name.length() + 1);
    }
    out.printf("%s mean return ± standard error (rows: Blue's heuristic, columns: Red's)%n", side);
    StringBuilder header = new StringBuilder(" ".repeat(width));
    for (String name : table.heuristics()) {
      header.append(String.format("%20s", name));
    }
    out.println(header);
    for (int i = 0; i < n; i++) {
      StringBuilder row =
          new StringBuilder(String.format("%-" + width + "s", table.heuristics().get(i)));
      for (int j = 0; j < n; j++) {
        row.append(String.format(Locale.ROOT, "%11.5f ±%7.5f", mean[i][j], error[i][j]));
      }
      out.println(row);
    }
  }

  private String bestResponses(boolean[] best) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < best.length; i++) {
      if (best[i]) {
        names.add(table.heuristics().get(i));
      }
    }
    return String.join(", ", names)
        + (names.size() == 1
            ? "  (one heuristic is the best response to every opponent heuristic)"
            : "  (each is the best response to some opponent heuristic)");
  }

  /** One row per (Blue, Red) pair. */
  String csv() {
    StringBuilder out = new StringBuilder("blue,red,episodes,blue_mean,blue_se,red_mean,red_se\n");
    for (int i = 0; i < table.size(); i++) {
      for (int j = 0; j < table.size(); j++) {
        out.append(
            String.format(
                Locale.ROOT,
                "%s,%s,%d,%.17g,%.17g,%.17g,%.17g%n",
                table.heuristics().get(i),
                table.heuristics().get(j),
                table.episodes(),
                table.blueMean()[i][j],
                table.blueStandardError()[i][j],
                table.redMean()[i][j],
                table.redStandardError()[i][j]));
      }
    }
    return out.toString();
  }

  /** The table, best responses and equilibrium as one JSON object. */
  ObjectNode json(double seconds) {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 1);
    root.put("game", table.game());
    root.put("flavour", zeroSum ? "zero_sum" : "general_sum");
    root.put("episodes", table.episodes());
    root.put("seed", table.seed());
    root.put("seconds", seconds);
    root.set("heuristics", JSON.valueToTree(table.heuristics()));
    root.set("blue_mean", JSON.valueToTree(table.blueMean()));
    root.set("blue_standard_error", JSON.valueToTree(table.blueStandardError()));
    root.set("red_mean", JSON.valueToTree(table.redMean()));
    root.set("red_standard_error", JSON.valueToTree(table.redStandardError()));
    root.set("blue_best_responses", JSON.valueToTree(table.blueBestResponses()));
    root.set("red_best_responses", JSON.valueToTree(table.redBestResponses()));
    MetaStrategy strategy = equilibrium.strategy();
    ObjectNode eq = root.putObject("equilibrium");
    eq.put("solver", strategy.solver());
    eq.put("why", equilibrium.why());
    eq.set("marginals", JSON.valueToTree(strategy.marginals()));
    if (strategy.isJoint()) {
      ArrayNode joint = eq.putArray("joint");
      double[] flat = strategy.joint();
      int n = table.size();
      for (int i = 0; i < n; i++) {
        ArrayNode row = joint.addArray();
        for (int j = 0; j < n; j++) {
          row.add(flat[i * n + j]);
        }
      }
    } else {
      eq.putNull("joint");
    }
    eq.set("value", JSON.valueToTree(equilibrium.value()));
    eq.put("gap", strategy.gap());
    eq.put("gap_kind", strategy.gapKind().name().toLowerCase(Locale.ROOT));
    return root;
  }
}
