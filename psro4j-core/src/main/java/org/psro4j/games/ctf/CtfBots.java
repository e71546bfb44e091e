package org.psro4j.games.ctf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedMap;
import org.psro4j.game.Game;
import org.psro4j.game.State;
import org.psro4j.policy.Policy;

/**
 * The built-in {@code capture_the_flag} bots by name, usable as PSRO's initial population: {@code
 * attacker} (fetches the enemy flag), {@code defender} (guards home, returns its flag) and {@code
 * random}. Every bot plays any seat.
 */
public final class CtfBots {

  /** The registered names, in a fixed order. */
  public static final List<String> NAMES = List.of("attacker", "defender", "random");

  private CtfBots() {}

  /** The bot {@code name} for {@code game}, which must be a {@code capture_the_flag} game. */
  public static Policy create(String name, Game game) {
    Objects.requireNonNull(name, "name");
    if (!(game instanceof CaptureTheFlag)) {
      throw new IllegalArgumentException(
          "capture-the-flag bots play capture_the_flag, not " + game);
    }
    return switch (name) {
      case "attacker" -> new AttackerBot();
      case "defender" -> new DefenderBot();
      case "random" -> new RandomBot();
      default ->
          throw new IllegalArgumentException(
              "unknown capture-the-flag bot '" + name + "'; known: " + String.join(", ", NAMES));
    };
  }

  /** All bots for {@code game}, by name in {@link #NAMES} order. */
  public static SequencedMap<String, Policy> population(Game game) {
    SequencedMap<String, Policy> out = new LinkedHashMap<>();
    for (String name : NAMES) {
      out.put(name, create(name, game));
    }
    return Collections.unmodifiableSequencedMap(out);
  }

  /** The name of a built-in bot, or empty if {@code policy} is not one. */
  public static Optional<String> nameOf(Policy policy) {
    if (policy instanceof CtfBot bot) {
      return Optional.of(bot.name());
    }
    if (policy instanceof RandomBot) {
      return Optional.of("random");
    }
    return Optional.empty();
  }

  static CtfState requireState(State state) {
    if (state instanceof CtfState s) {
      return s;
    }
    throw new IllegalArgumentException(
        "capture-the-flag bots need a capture_the_flag state, not " + state);
  }
}
