package org.psro4j.cli.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Names groups of runs by what tells them apart: the settings whose values differ between groups
 * ({@code solver=prd, oracle=dqn}); a lone group is named by its game, algorithm and solver.
 */
final class GroupLabels {

  private GroupLabels() {}

  static List<String> of(List<TreeMap<String, String>> groups) {
    TreeSet<String> differing = new TreeSet<>();
    for (TreeMap<String, String> g : groups) {
      for (String key : g.keySet()) {
        for (TreeMap<String, String> h : groups) {
          if (!g.get(key).equals(h.get(key))) {
            differing.add(key);
          }
        }
      }
    }
    List<String> labels = new ArrayList<>();
    for (TreeMap<String, String> g : groups) {
      StringBuilder b = new StringBuilder();
      Iterable<String> keys = differing.isEmpty() ? List.of("game", "algo", "solver") : differing;
      for (String key : keys) {
        if (g.containsKey(key)) {
          b.append(b.isEmpty() ? "" : ", ").append(key).append('=').append(unquote(g.get(key)));
        }
      }
      labels.add(b.isEmpty() ? "runs" : b.toString());
    }
    return labels;
  }

  private static String unquote(String json) {
    return json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"")
        ? json.substring(1, json.length() - 1)
        : json;
  }
}
