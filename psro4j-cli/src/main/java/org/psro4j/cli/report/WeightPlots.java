package org.psro4j.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A player's meta-strategy over the run, readable with hundreds of policies: a heat map of weight
 * by policy and iteration, and lines of the {@value #TOP} policies of highest final weight with
 * their names.
 */
final class WeightPlots {

  /** Policies drawn as named lines. */
  static final int TOP = 8;

  private WeightPlots() {}

  /** {@code weights_pP.png} (heat map) and {@code weights_top_pP.png} (lines) of player p. */
  static Map<String, byte[]> draw(List<JsonNode> events, List<String> names, int player) {
    int policies = 0;
    for (JsonNode e : events) {
      policies = Math.max(policies, e.path("marginals").path(player).size());
    }
    double[][] weights = new double[policies][events.size()];
    // Lines start where a policy is born: NaN before (left out of the line plot, 0 on the map).
    double[][] lineWeights = new double[policies][events.size()];
    for (double[] row : lineWeights) {
      Arrays.fill(row, Double.NaN);
    }
    double[] iterations = new double[events.size()];
    for (int i = 0; i < events.size(); i++) {
      JsonNode e = events.get(i);
      iterations[i] = e.path("iteration").asDouble();
      JsonNode w = e.path("marginals").path(player);
      for (int k = 0; k < w.size(); k++) {
        weights[k][i] = w.get(k).asDouble();
        lineWeights[k][i] = weights[k][i];
      }
    }
    Map<String, byte[]> out = new LinkedHashMap<>();
    if (policies == 0 || events.isEmpty()) {
      return out;
    }
    out.put(
        "weights_p" + player + ".png",
        HeatMaps.weights("Meta-strategy of player " + player + ": weight per iteration", weights));
    int last = events.size() - 1;
    Integer[] order = new Integer[policies];
    for (int k = 0; k < policies; k++) {
      order[k] = k;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -weights[k][last]));
    List<Plots.Line> lines = new ArrayList<>();
    for (int r = 0; r < Math.min(TOP, policies); r++) {
      int k = order[r];
      String name = k < names.size() ? names.get(k) : "policy " + k;
      lines.add(
          new Plots.Line(
              name + " (" + Numbers.sig(weights[k][last], 2) + ")", iterations, lineWeights[k]));
    }
    out.put(
        "weights_top_p" + player + ".png",
        Plots.lines(
            "Player " + player + ": the " + lines.size() + " policies of highest final weight",
            "iteration",
            "weight",
            lines,
            false));
    return out;
  }
}
