package org.psro4j.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A learner's saved state inside a {@link DriverState}, opaque to the driver and the run directory:
 * a kind naming the codec that wrote it, a JSON document (settings, step counters, random state,
 * ...) and named binary blobs (network parameters, optimiser moments, replay buffers). {@code
 * RunDirectory} stores the JSON in {@code checkpoint/state.json} and each blob as its own file
 * under {@code checkpoint/learners/}.
 *
 * @param kind the codec that reads this state back, e.g. {@code ppo}
 * @param json the learner's JSON document (an object)
 * @param blobs named binary parts; names are file-name safe ({@code [A-Za-z0-9_.-]+})
 */
public record LearnerState(String kind, String json, Map<String, byte[]> blobs) {

  public LearnerState {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(json, "json");
    Map<String, byte[]> copy = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : blobs.entrySet()) {
      if (!e.getKey().matches("[A-Za-z0-9_.-]+")) {
        throw new IllegalArgumentException(
            "learner blob name '" + e.getKey() + "' must match [A-Za-z0-9_.-]+");
      }
      copy.put(e.getKey(), e.getValue().clone());
    }
    blobs = java.util.Collections.unmodifiableMap(copy);
  }

  /** One blob (a copy), or null when there is none of that name. */
  public byte[] blob(String name) {
    byte[] b = blobs.get(name);
    return b == null ? null : b.clone();
  }
}
