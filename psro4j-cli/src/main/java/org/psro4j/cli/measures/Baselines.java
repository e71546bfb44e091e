package org.psro4j.cli.measures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedMap;
import java.util.Set;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;
import org.psro4j.policy.UniformContinuousPolicy;
import org.psro4j.psro.Population;

/**
 * The {@code baselines} setting: which fixed opponents a run's meta-strategy is measured against.
 * {@code auto} (the default) is {@code uniform}, plus {@code initial} when the run did not start
 * from the uniform policy or the heuristics, plus {@code heuristics} when the game has them; {@code
 * none} measures none; otherwise a comma-separated list of those three names.
 */
public final class Baselines {

  /** The names the setting accepts. */
  public static final List<String> NAMES =
      List.of("auto", "none", "uniform", "initial", "heuristics");

  private Baselines() {}

  /** Checks {@code spec} without a game; throws naming the bad value. */
  public static void validate(String spec) {
    parts(spec);
  }

  /**
   * The baselines {@code spec} names for {@code game}, whose run started from {@code initial} (the
   * {@code init} setting) and whose built-in heuristics are {@code heuristics} (empty if none).
   */
  public static List<Baseline> of(
      String spec,
      Game game,
      String init,
      Population initial,
      SequencedMap<String, Policy> heuristics) {
    Set<String> wanted = new LinkedHashSet<>(parts(spec));
    if (wanted.remove("auto")) {
      wanted.add("uniform");
      if (!"uniform".equals(init) && !"heuristics".equals(init)) {
        wanted.add("initial");
      }
      if (!heuristics.isEmpty()) {
        wanted.add("heuristics");
      }
    }
    wanted.remove("none");
    int n = game.numPlayers();
    List<Baseline> out = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (String w : wanted) {
      switch (w) {
        case "uniform" -> add(out, names, Baseline.everywhere("uniform", uniform(game), n));
        case "initial" -> {
          // One baseline per initial policy of seat 0's list (the seats start alike).
          for (int k = 0; k < initial.of(0).size(); k++) {
            List<Policy> seats = new ArrayList<>();
            for (int p = 0; p < n; p++) {
              seats.add(initial.of(p).get(Math.min(k, initial.of(p).size() - 1)));
            }
            String name =
                initial.of(0).size() == 1
                    ? "initial"
                    : Baseline.columnName(initial.names(0).get(k));
            add(out, names, new Baseline(name, seats));
          }
        }
        case "heuristics" -> {
          if (heuristics.isEmpty()) {
            throw new IllegalArgumentException(
                "baselines=heuristics: " + game + " has no built-in heuristics");
          }
          heuristics.forEach(
              (name, policy) ->
                  add(out, names, Baseline.everywhere(Baseline.columnName(name), policy, n)));
        }
        default -> throw new IllegalStateException(w);
      }
    }
    return List.copyOf(out);
  }

  private static void add(List<Baseline> out, Set<String> names, Baseline b) {
    if (names.add(b.name())) {
      out.add(b);
    }
  }

  /** Uniform over the legal actions (on [0,1]^d in continuous games). */
  static Policy uniform(Game game) {
    if (game.hasContinuousActions()) {
      return UniformContinuousPolicy.of(game);
    }
    return (state, player) -> {
      int k = state.legalActions(player).length;
      double[] p = new double[k];
      java.util.Arrays.fill(p, 1.0 / k);
      return p;
    };
  }

  private static List<String> parts(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException(
          "baselines='" + spec + "': give " + String.join(", ", NAMES));
    }
    List<String> out = new ArrayList<>();
    for (String part : spec.split(",")) {
      String p = part.trim();
      if (!NAMES.contains(p)) {
        throw new IllegalArgumentException(
            "unknown baseline '"
                + p
                + "' in baselines='"
                + spec
                + "'; known: "
                + String.join(", ", NAMES));
      }
      out.add(p);
    }
    if (out.size() > 1 && (out.contains("none") || out.contains("auto"))) {
      throw new IllegalArgumentException(
          "baselines='" + spec + "': auto and none stand alone, not in a list");
    }
    return out;
  }
}
