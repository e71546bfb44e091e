package org.psro4j.rl.algo;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * String options of an RL oracle ({@code br_steps=200000}, {@code lr=0.001}, ...), parsed with
 * defaults; unknown keys and unparsable values fail with a message naming them.
 */
public final class OracleOptions {

  private final String oracle;
  private final Map<String, String> options;

  /** Options {@code options} of {@code oracle}; fails naming any key not in {@code known}. */
  public OracleOptions(String oracle, Map<String, String> options, Set<String> known) {
    this.oracle = oracle;
    this.options = Map.copyOf(options);
    if (options.containsKey("policy_net") && !known.contains("policy_net")) {
      throw new IllegalArgumentException(
          "policy_net="
              + options.get("policy_net")
              + ": oracle "
              + oracle
              + " trains MLPs only; recurrent and convolutional policies need the ppo oracle");
    }
    Set<String> unknown = new TreeSet<>(options.keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown option(s) "
              + unknown
              + " for oracle "
              + oracle
              + "; known: "
              + new TreeSet<>(known));
    }
  }

  /** An integer option at least {@code min}, or {@code fallback} when absent. */
  public long getLong(String key, long fallback, long min) {
    String v = options.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      long x = Long.parseLong(v.strip().replace("_", ""));
      if (x < min) {
        throw new IllegalArgumentException(key + "=" + v + " must be at least " + min);
      }
      return x;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          key + "=" + v + " is not an integer (oracle " + oracle + ")");
    }
  }

  /** An int option at least {@code min}, or {@code fallback} when absent. */
  public int getInt(String key, int fallback, int min) {
    long v = getLong(key, fallback, min);
    if (v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          oracle + " option " + key + "=" + v + " exceeds " + Integer.MAX_VALUE);
    }
    return (int) v;
  }

  /** A number option in {@code [min, max]}, or {@code fallback} when absent. */
  public double getDouble(String key, double fallback, double min, double max) {
    String v = options.get(key);
    if (v == null) {
      return fallback;
    }
    double x;
    try {
      x = Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          key + "=" + v + " is not a number (oracle " + oracle + ")");
    }
    if (!(x >= min && x <= max)) {
      throw new IllegalArgumentException(key + "=" + v + " must be in [" + min + ", " + max + "]");
    }
    return x;
  }

  /** A true/false option, or {@code fallback} when absent. */
  public boolean getBoolean(String key, boolean fallback) {
    String v = options.get(key);
    if (v == null) {
      return fallback;
    }
    return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new IllegalArgumentException(key + "=" + v + " is not true or false");
    };
  }

  /** A string option, or {@code fallback} when absent. */
  public String getString(String key, String fallback) {
    return options.getOrDefault(key, fallback);
  }

  /** Hidden layer sizes from e.g. {@code 64,64}. */
  public int[] getSizes(String key, int[] fallback) {
    String v = options.get(key);
    if (v == null) {
      return fallback.clone();
    }
    String[] parts = v.split("[,x ]+");
    int[] out = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = Integer.parseInt(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            key + "=" + v + " is not a list of layer sizes like 64,64");
      }
      if (out[i] < 1) {
        throw new IllegalArgumentException(key + "=" + v + " has a layer size below 1");
      }
    }
    return out;
  }
}
