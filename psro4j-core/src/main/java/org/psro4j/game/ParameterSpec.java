package org.psro4j.game;

import java.util.Objects;

/**
 * One parameter a game accepts: its name, default (whose type, Integer, Double, Boolean or String,
 * is the parameter's type) and a one-line description.
 *
 * @param name the parameter name as written in a game string
 * @param defaultValue the default, also fixing the type
 * @param description one line for {@code psro4j games}
 */
public record ParameterSpec(String name, Object defaultValue, String description) {

  public ParameterSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(description, "description");
    if (!(defaultValue instanceof Integer
        || defaultValue instanceof Double
        || defaultValue instanceof Boolean
        || defaultValue instanceof String)) {
      throw new IllegalArgumentException(
          "parameter " + name + ": unsupported type " + defaultValue.getClass().getSimpleName());
    }
  }

  /** The type name shown to users: int, double, bool or string. */
  public String typeName() {
    return switch (defaultValue) {
      case Integer i -> "int";
      case Double d -> "double";
      case Boolean b -> "bool";
      default -> "string";
    };
  }

  /** Converts the text written by a user to this parameter's type, naming the bad value if any. */
  public Object parse(String gameName, String text) {
    String t = text.strip();
    try {
      return switch (defaultValue) {
        case Integer i -> Integer.valueOf(t);
        case Double d -> Double.valueOf(t);
        case Boolean b -> {
          if (t.equalsIgnoreCase("true")) {
            yield Boolean.TRUE;
          } else if (t.equalsIgnoreCase("false")) {
            yield Boolean.FALSE;
          }
          throw new NumberFormatException();
        }
        default -> t;
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "game " + gameName + ": parameter " + name + "=" + t + " is not a valid " + typeName());
    }
  }
}
