package org.psro4j.games.stratego;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedMap;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;

/**
 * The built-in {@code barrage_stratego} baselines by name, usable as PSRO's initial population:
 * {@code random} ({@link RandomBot}) and {@code heuristic} ({@link HeuristicBot}); both serve
 * either side.
 */
public final class BarrageBots {

  /** The registered names, in a fixed order. */
  public static final List<String> NAMES = List.of("random", "heuristic");

  private BarrageBots() {}

  /** The bot {@code name} for {@code game}, which must be a {@code barrage_stratego} game. */
  public static Policy create(String name, Game game) {
    Objects.requireNonNull(name, "name");
    if (!(game instanceof BarrageStratego)) {
      throw new IllegalArgumentException("Barrage bots play barrage_stratego, not " + game);
    }
    return switch (name) {
      case "random" -> new RandomBot();
      case "heuristic" -> new HeuristicBot();
      default ->
          throw new IllegalArgumentException(
              "unknown Barrage bot '" + name + "'; known: " + String.join(", ", NAMES));
    };
  }

  /** Every bot for {@code game}, by name in {@link #NAMES} order. */
  public static SequencedMap<String, Policy> population(Game game) {
    SequencedMap<String, Policy> out = new LinkedHashMap<>();
    for (String name : NAMES) {
      out.put(name, create(name, game));
    }
    return Collections.unmodifiableSequencedMap(out);
  }

  /** The registry name of a built-in bot, or empty if {@code policy} is not one. */
  public static Optional<String> nameOf(Policy policy) {
    return switch (policy) {
      case RandomBot r -> Optional.of("random");
      case HeuristicBot h -> Optional.of("heuristic");
      default -> Optional.empty();
    };
  }
}
