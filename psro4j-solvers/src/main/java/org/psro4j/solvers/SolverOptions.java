package org.psro4j.solvers;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * String-keyed solver settings as given on a command line or in a config file ({@code
 * iterations=100000}, {@code alpha=0.1}); each solver reads the keys it knows with typed getters
 * and rejects any other key with a message listing the ones it accepts.
 */
public final class SolverOptions {

  private static final SolverOptions EMPTY = new SolverOptions(Map.of());

  private final Map<String, String> values;

  private SolverOptions(Map<String, String> values) {
    this.values = values;
  }

  /** No options: every solver uses its defaults. */
  public static SolverOptions none() {
    return EMPTY;
  }

  /** Options from a map of names to values. */
  public static SolverOptions of(Map<String, String> values) {
    Objects.requireNonNull(values, "values");
    return new SolverOptions(new TreeMap<>(values));
  }

  /** Parses {@code "key=value,key=value"} (empty or null means none). */
  public static SolverOptions parse(String text) {
    Map<String, String> map = new TreeMap<>();
    if (text != null && !text.isBlank()) {
      for (String part : text.split(",")) {
        int eq = part.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException(
              "solver option '" + part.trim() + "' must look like name=value");
        }
        map.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
      }
    }
    return new SolverOptions(map);
  }

  /** The options as a map. */
  public Map<String, String> asMap() {
    return Map.copyOf(values);
  }

  /** Throws if any key is not in {@code known}, naming the solver and the accepted keys. */
  public void requireOnly(String solver, Set<String> known) {
    for (String key : values.keySet()) {
      if (!known.contains(key)) {
        throw new IllegalArgumentException(
            "solver "
                + solver
                + " has no option '"
                + key
                + "'"
                + (known.isEmpty()
                    ? " (it takes none)"
                    : "; it accepts " + new java.util.TreeSet<>(known)));
      }
    }
  }

  /** A real-valued option. */
  public double getDouble(String key, double defaultValue) {
    String v = values.get(key);
    if (v == null) {
      return defaultValue;
    }
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("solver option " + key + "=" + v + " is not a number");
    }
  }

  /** An integer option (accepts {@code 1e5} style values when they are whole). */
  public int getInt(String key, int defaultValue) {
    double d = getDouble(key, defaultValue);
    if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "solver option " + key + "=" + values.get(key) + " is not an integer");
    }
    return (int) d;
  }

  /** A boolean option ({@code true} or {@code false}). */
  public boolean getBoolean(String key, boolean defaultValue) {
    String v = values.get(key);
    if (v == null) {
      return defaultValue;
    }
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException(
          "solver option " + key + "=" + v + " must be true or false");
    }
    return Boolean.parseBoolean(v);
  }

  /** A string option. */
  public String getString(String key, String defaultValue) {
    return values.getOrDefault(key, defaultValue);
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
