package org.psro4j.game;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A game name with its resolved parameters; {@link #toString()} is the canonical game string, e.g.
 * {@code kuhn_poker(players=3)}, which {@link #parse(String)} reads back.
 */
public final class GameParameters {

  private final String gameName;
  private final Map<String, Object> values;

  /** Parameters of {@code gameName}, in the given (canonical) order. */
  public GameParameters(String gameName, Map<String, Object> values) {
    this.gameName = Objects.requireNonNull(gameName, "gameName");
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The game's registry name. */
  public String gameName() {
    return gameName;
  }

  /** All values by name, in canonical order. */
  public Map<String, Object> values() {
    return values;
  }

  /** An int parameter. */
  public int getInt(String name) {
    return (Integer) require(name);
  }

  /** A double parameter (an int value is widened). */
  public double getDouble(String name) {
    return ((Number) require(name)).doubleValue();
  }

  /** A boolean parameter. */
  public boolean getBoolean(String name) {
    return (Boolean) require(name);
  }

  /** A string parameter. */
  public String getString(String name) {
    return (String) require(name);
  }

  private Object require(String name) {
    Object v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("game " + gameName + " has no parameter " + name);
    }
    return v;
  }

  /**
   * Splits {@code name(k=v,k2=v2)} into its name and raw string values; values may themselves hold
   * parenthesised game strings. A bare {@code name} has no parameters.
   */
  public static GameParameters parse(String text) {
    Objects.requireNonNull(text, "game string");
    String s = text.strip();
    int open = s.indexOf('(');
    if (open < 0) {
      checkName(s, text);
      return new GameParameters(s, Map.of());
    }
    if (!s.endsWith(")")) {
      throw new IllegalArgumentException("game string '" + text + "' lacks a closing ')'");
    }
    String name = s.substring(0, open).strip();
    checkName(name, text);
    String body = s.substring(open + 1, s.length() - 1);
    Map<String, Object> raw = new LinkedHashMap<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= body.length(); i++) {
      char c = i < body.length() ? body.charAt(i) : ',';
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        String item = body.substring(start, i).strip();
        start = i + 1;
        if (item.isEmpty()) {
          if (i == body.length() && raw.isEmpty()) {
            continue;
          }
          throw new IllegalArgumentException("game string '" + text + "' has an empty parameter");
        }
        int eq = item.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException(
              "game string '" + text + "': parameter '" + item + "' is not name=value");
        }
        String key = item.substring(0, eq).strip();
        if (raw.put(key, item.substring(eq + 1).strip()) != null) {
          throw new IllegalArgumentException(
              "game string '" + text + "' sets parameter " + key + " twice");
        }
      }
      if (depth < 0) {
        throw new IllegalArgumentException("game string '" + text + "' has an unmatched ')'");
      }
    }
    if (depth != 0) {
      throw new IllegalArgumentException("game string '" + text + "' has an unmatched '('");
    }
    return new GameParameters(name, raw);
  }

  private static void checkName(String name, String text) {
    if (name.isEmpty() || !name.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("'" + text + "' is not a game string like name(k=v)");
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(gameName).append('(');
    boolean first = true;
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append(e.getKey()).append('=').append(e.getValue());
    }
    return sb.append(')').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GameParameters p && p.gameName.equals(gameName) && p.values.equals(values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(gameName, values);
  }
}
