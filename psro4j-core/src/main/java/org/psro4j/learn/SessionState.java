package org.psro4j.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link TrainingSession}'s saved state as a value: scalar fields as JSON (counters, schedules,
 * random state, settings that must match) and named binary arrays (network parameters, optimiser
 * moments and replay buffers, in DJL's {@code NDList} encoding or as raw little-endian values).
 * {@link SessionStateFiles} writes it as {@code session.json} plus one parameter file per array; a
 * driver may hold it in its run state unopened. Never Java serialization.
 *
 * @param kind the session kind, e.g. {@code ppo}
 * @param version the format version of that kind's state
 * @param fields the scalar fields
 * @param arrays the binary arrays by name (names are letters, digits, {@code _} and {@code -})
 */
public record SessionState(
    String kind, int version, ObjectNode fields, Map<String, byte[]> arrays) {

  public SessionState {
    Objects.requireNonNull(kind, "kind");
    fields = fields.deepCopy();
    Map<String, byte[]> copy = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : arrays.entrySet()) {
      if (!e.getKey().matches("[A-Za-z0-9_-]+")) {
        throw new IllegalArgumentException("array name '" + e.getKey() + "' is not a file stem");
      }
      copy.put(e.getKey(), e.getValue().clone());
    }
    arrays = java.util.Collections.unmodifiableMap(copy);
  }

  @Override
  public ObjectNode fields() {
    return fields.deepCopy();
  }

  /** Fails unless this state was saved by a session of {@code expectedKind} at {@code version}. */
  public void requireKind(String expectedKind, int expectedVersion) {
    if (!kind.equals(expectedKind) || version != expectedVersion) {
      throw new IllegalArgumentException(
          "session state is "
              + kind
              + " version "
              + version
              + ", expected "
              + expectedKind
              + " version "
              + expectedVersion);
    }
  }

  /** Fails unless field {@code key} holds {@code expected} (e.g. the game or the player). */
  public void requireField(String key, String expected) {
    String saved = field(key).asText();
    if (!saved.equals(expected)) {
      throw new IllegalArgumentException(
          "session state has " + key + " " + saved + ", this session has " + expected);
    }
  }

  /** The field {@code key}; fails naming it when missing. */
  public JsonNode field(String key) {
    JsonNode v = fields.get(key);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException(kind + " session state has no field '" + key + "'");
    }
    return v;
  }

  /** The long field {@code key}. */
  public long getLong(String key) {
    return field(key).asLong();
  }

  /** The double field {@code key} (JSON numbers round-trip doubles exactly). */
  public double getDouble(String key) {
    return field(key).asDouble();
  }

  /** The array {@code name} (a copy); fails naming it when missing. */
  public byte[] array(String name) {
    byte[] a = arrays.get(name);
    if (a == null) {
      throw new IllegalArgumentException(kind + " session state has no array '" + name + "'");
    }
    return a.clone();
  }

  /** Whether the array {@code name} is present (e.g. an optional replay buffer). */
  public boolean hasArray(String name) {
    return arrays.containsKey(name);
  }
}
