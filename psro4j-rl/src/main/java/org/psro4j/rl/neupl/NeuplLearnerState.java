package org.psro4j.rl.neupl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psro4j.rl.nn.Adam;
import org.psro4j.rl.nn.DjlRuntime;
import org.psro4j.state.LearnerState;

/**
 * NeuPL-JPSRO's live network θ and its distillation optimiser as a {@link LearnerState} (kind
 * {@code neupl}): the architecture, version and population sizes in JSON, the parameters and Adam's
 * moments as binary blobs ({@link FrozenPopulationFiles}' encoding). Restoring it gives the same θ
 * and optimiser bit for bit, so a resumed run equals the uninterrupted one on one thread.
 */
final class NeuplLearnerState {

  static final String KIND = "neupl";
  static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private NeuplLearnerState() {}

  static LearnerState save(PopulationNetwork live, Adam adam) {
    ObjectNode json = JSON.createObjectNode();
    json.put("version", VERSION);
    json.set("network", FrozenPopulationFiles.describe(live.freeze()));
    json.put("adam_updates", adam.updates());
    Map<String, byte[]> blobs = new LinkedHashMap<>();
    blobs.put("neupl_theta.params", FrozenPopulationFiles.encode(live.values()));
    DjlRuntime.inferenceMode();
    List<NDArray> moments = adam.moments();
    float[][] m = new float[moments.size()][];
    for (int i = 0; i < m.length; i++) {
      m[i] = moments.get(i).toFloatArray();
    }
    blobs.put("neupl_adam.params", FrozenPopulationFiles.encode(m));
    return new LearnerState(KIND, json.toString(), blobs);
  }

  static void restore(LearnerState state, PopulationNetwork live, Adam adam) {
    if (!KIND.equals(state.kind())) {
      throw new IllegalArgumentException(
          "learner state '" + state.kind() + "' is not a NeuPL network (" + KIND + ")");
    }
    JsonNode json;
    try {
      json = JSON.readTree(state.json());
    } catch (IOException e) {
      throw new IllegalArgumentException("NeuPL learner state is not JSON: " + e.getMessage());
    }
    if (json.path("version").asInt(-1) != VERSION) {
      throw new IllegalArgumentException(
          "NeuPL learner state has version " + json.path("version") + ", expected " + VERSION);
    }
    Path source = Path.of("checkpoint", "learners", "neupl_theta.params");
    float[][] theta = FrozenPopulationFiles.decode(blob(state, "neupl_theta.params"), source);
    live.restore(FrozenPopulationFiles.read(source, json.path("network"), theta));
    float[][] m =
        FrozenPopulationFiles.decode(
            blob(state, "neupl_adam.params"),
            Path.of("checkpoint", "learners", "neupl_adam.params"));
    List<NDArray> moments = adam.moments();
    if (m.length != moments.size()) {
      throw new IllegalArgumentException(
          "NeuPL optimiser state has " + m.length + " arrays, expected " + moments.size());
    }
    DjlRuntime.inferenceMode();
    for (int i = 0; i < m.length; i++) {
      NDArray target = moments.get(i);
      try (NDManager scope = target.getManager().newSubManager()) {
        target.subi(target).addi(scope.create(m[i], target.getShape()));
      }
    }
    adam.restoreUpdates(json.path("adam_updates").asInt());
  }

  private static byte[] blob(LearnerState state, String name) {
    byte[] b = state.blob(name);
    if (b == null) {
      throw new IllegalArgumentException("NeuPL learner state lacks " + name);
    }
    return b;
  }
}
