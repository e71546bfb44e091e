package org.psro4j.ssa.heuristics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedMap;
import org.psro4j.game.Game;
import org.psro4j.game.State;
import org.psro4j.policy.Policy;
import org.psro4j.ssa.SsaCoverage;
import org.psro4j.ssa.SsaState;

/**
 * The built-in {@code ssa_coverage} heuristics by name, usable as PSRO's initial population: {@code
 * aggressive}, {@code distributed}, {@code reactive}, {@code predictive}, {@code random}. Every one
 * serves either side.
 */
public final class SsaHeuristics {

  /** The registered names, in a fixed order. */
  public static final List<String> NAMES =
      List.of("aggressive", "distributed", "reactive", "predictive", "random");

  private SsaHeuristics() {}

  /** The heuristic {@code name} for {@code game}, which must be an {@code ssa_coverage} game. */
  public static Policy create(String name, Game game) {
    Objects.requireNonNull(name, "name");
    if (!(game instanceof SsaCoverage)) {
      throw new IllegalArgumentException("SSA heuristics play ssa_coverage, not " + game);
    }
    return switch (name) {
      case "aggressive" -> new AggressiveHeuristic();
      case "distributed" -> new DistributedHeuristic();
      case "reactive" -> new ReactiveHeuristic();
      case "predictive" -> new PredictiveHeuristic();
      case "random" -> new RandomHeuristic();
      default ->
          throw new IllegalArgumentException(
              "unknown SSA heuristic '" + name + "'; known: " + String.join(", ", NAMES));
    };
  }

  /**
   * All built-in heuristics for {@code game}, by name in {@link #NAMES} order: PSRO's initial
   * population on {@code ssa_coverage} (each serves either side), e.g. {@code
   * population(game).forEach((name, policy) -> pop.add(player, policy, name))}.
   */
  public static SequencedMap<String, Policy> population(Game game) {
    SequencedMap<String, Policy> out = new LinkedHashMap<>();
    for (String name : NAMES) {
      out.put(name, create(name, game));
    }
    return Collections.unmodifiableSequencedMap(out);
  }

  /** The registry name of a built-in heuristic, or empty if {@code policy} is not one. */
  public static Optional<String> nameOf(Policy policy) {
    if (policy instanceof TaskingHeuristic h) {
      return Optional.of(h.name());
    }
    if (policy instanceof RandomHeuristic) {
      return Optional.of("random");
    }
    return Optional.empty();
  }

  static SsaState requireSsaState(State state) {
    if (state instanceof SsaState s) {
      return s;
    }
    throw new IllegalArgumentException("SSA heuristics need an ssa_coverage state, not " + state);
  }
}
