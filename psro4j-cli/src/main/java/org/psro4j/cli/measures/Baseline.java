package org.psro4j.cli.measures;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.psro4j.policy.Policy;

/**
 * A fixed opponent a run's meta-strategy is measured against every iteration: one policy per seat
 * (the seats other than the measured player's play it).
 *
 * @param name the baseline's name as the {@code vs_NAME_pP} columns show it
 * @param seats one policy per player
 */
public record Baseline(String name, List<Policy> seats) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");

  public Baseline {
    Objects.requireNonNull(seats, "seats");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "baseline name '" + name + "' must be lower-case letters, digits and underscores");
    }
    seats = List.copyOf(seats);
  }

  /** The same policy on every one of {@code players} seats. */
  public static Baseline everywhere(String name, Policy policy, int players) {
    return new Baseline(name, java.util.Collections.nCopies(players, policy));
  }

  /** A column-safe form of a policy name: lower case, other characters turned into '_'. */
  public static String columnName(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
  }
}
