package org.psro4j.metagame;

/**
 * What an empirical-game entry is: computed exactly, estimated from samples (with a count and a
 * variance), predicted by a model from other entries (never used as if it were a sample), or not
 * yet known. {@code metagame.json} records the kind of every entry.
 */
public enum EntryKind {
  /** No value yet (or invalidated because a policy of the profile changed). */
  MISSING,
  /** Computed exactly (no variance). */
  EXACT,
  /** The mean of sampled episodes, with their count and variance. */
  SAMPLED,
  /** Imputed by a model (e.g. the main-effects model of partial evaluation). */
  PREDICTED;

  /** The lower-case name written to JSON. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The kind of a JSON name. */
  public static EntryKind ofJsonName(String name) {
    for (EntryKind k : values()) {
      if (k.jsonName().equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "entry kind '" + name + "' is not one of missing, exact, sampled, predicted");
  }
}
