package org.psro4j.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.psro4j.game.Game;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.EmpiricalGameJson;
import org.psro4j.metagame.GapKind;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.policy.PolicyFiles;
import org.psro4j.state.DriverState;
import org.psro4j.state.LearnerState;
import org.psro4j.state.PolicyRef;
import org.psro4j.state.PolicySlot;
import org.psro4j.state.PopulationView;
import org.psro4j.state.SlotRole;
import org.psro4j.state.StoppingState;

/**
 * {@code checkpoint/state.json}: a {@link DriverState} as versioned JSON. Version 2 holds the loop
 * position, the stopping bookkeeping, every slot's file, reference and role, the meta-game (the
 * same tree as {@code metagame.json}), the meta-strategy (the joint included) and the learners'
 * states, whose binary parts are files beside it. Version 1 (slots with names, no meta-strategy, no
 * learners) still reads; its meta-strategy is re-solved on restore.
 */
final class DriverStateJson {

  static final String FORMAT = "psro4j-driver-state";
  private static final ObjectMapper JSON = new ObjectMapper();

  private DriverStateJson() {}

  /**
   * The JSON of {@code s}; {@code metaGame} is its meta-game tree, serialised once by the caller.
   */
  static ObjectNode write(
      DriverState s,
      List<List<String>> files,
      JsonNode metaGame,
      Map<String, Map<String, String>> blobFiles) {
    ObjectNode o = JSON.createObjectNode();
    o.put("format", FORMAT);
    o.put("version", RunDirectory.VERSION);
    o.put("iteration", s.iteration());
    o.put("wall_seconds", s.wallSeconds());
    ObjectNode stop = o.putObject("stopping");
    putFinite(stop, "best_gap", s.stopping().bestGap());
    stop.put("since_improvement", s.stopping().sinceImprovement());
    stop.put("converged", s.stopping().converged());
    ArrayNode pops = o.putArray("populations");
    for (int p = 0; p < s.population().players(); p++) {
      ArrayNode list = pops.addArray();
      for (PolicySlot slot : s.population().slots(p)) {
        list.addObject()
            .put("file", files.get(p).get(slot.ref().slot()))
            .put("slot", slot.ref().slot())
            .put("version", slot.ref().version())
            .put("role", slot.role().name().toLowerCase(Locale.ROOT));
      }
    }
    o.set("metagame", metaGame);
    MetaStrategy m = s.metaStrategy();
    if (m == null) {
      o.putNull("meta_strategy");
    } else {
      ObjectNode ms = o.putObject("meta_strategy");
      ms.put("solver", m.solver());
      ms.put("gap_kind", m.gapKind().name().toLowerCase(Locale.ROOT));
      putFinite(ms, "gap", m.gap());
      ms.set("sizes", JSON.valueToTree(m.sizes()));
      if (m.isJoint()) {
        ms.set("joint", JSON.valueToTree(m.joint()));
      } else {
        ms.set("marginals", JSON.valueToTree(m.marginals()));
      }
    }
    ObjectNode learners = o.putObject("learners");
    for (Map.Entry<String, LearnerState> e : s.learners().entrySet()) {
      ObjectNode l = learners.putObject(e.getKey());
      l.put("kind", e.getValue().kind());
      try {
        l.set("state", JSON.readTree(e.getValue().json()));
      } catch (IOException ex) {
        throw new IllegalArgumentException(
            "learner '" + e.getKey() + "' state is not JSON: " + ex.getMessage());
      }
      l.set("blobs", JSON.valueToTree(blobFiles.getOrDefault(e.getKey(), Map.of())));
    }
    return o;
  }

  /**
   * Reads a state file of version 1 or 2; policy files and blobs are resolved against {@code dir}.
   */
  static Checkpoint read(JsonNode s, Path dir, Game game) throws IOException {
    int version = s.path("version").asInt(-1);
    if (version != 1 && version != RunDirectory.VERSION) {
      throw new IllegalArgumentException(
          "it is of another version (version "
              + s.path("version")
              + "; this psro4j reads 1 and "
              + RunDirectory.VERSION
              + ")");
    }
    JsonNode pops = s.path("populations");
    if (pops.size() != game.numPlayers()) {
      throw new IllegalArgumentException(
          "it has " + pops.size() + " populations, the game " + game.numPlayers() + " players");
    }
    EmpiricalGame metaGame = EmpiricalGameJson.fromTree(s.path("metagame"));
    List<List<PolicySlot>> slots = new ArrayList<>();
    List<List<String>> files = new ArrayList<>();
    for (int p = 0; p < game.numPlayers(); p++) {
      List<PolicySlot> list = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (JsonNode entry : pops.get(p)) {
        String rel = entry.path("file").asText();
        PolicyRef ref = new PolicyRef(p, list.size(), entry.path("version").asInt(0));
        SlotRole role =
            SlotRole.valueOf(entry.path("role").asText("fixed").toUpperCase(Locale.ROOT));
        list.add(new PolicySlot(ref, role, PolicyFiles.read(game, dir.resolve(rel))));
        names.add(rel);
      }
      slots.add(list);
      files.add(names);
    }
    JsonNode stop = version == 1 ? s : s.path("stopping");
    JsonNode best = stop.get("best_gap");
    StoppingState stopping =
        new StoppingState(
            best == null || best.isNull() ? Double.POSITIVE_INFINITY : best.asDouble(),
            stop.path("since_improvement").asInt(),
            stop.path("converged").asBoolean());
    DriverState state =
        new DriverState(
            s.path("iteration").asInt(),
            s.path("wall_seconds").asDouble(),
            PopulationView.of(slots),
            metaGame,
            version == 1 ? null : metaStrategy(s.path("meta_strategy")),
            stopping,
            version == 1 ? Map.of() : learners(s.path("learners"), dir));
    return new Checkpoint(state, files, version);
  }

  private static MetaStrategy metaStrategy(JsonNode m) throws IOException {
    if (m.isMissingNode() || m.isNull()) {
      return null;
    }
    int[] sizes = JSON.treeToValue(m.path("sizes"), int[].class);
    GapKind kind = GapKind.valueOf(m.path("gap_kind").asText().toUpperCase(Locale.ROOT));
    double gap = m.path("gap").isNumber() ? m.path("gap").asDouble() : Double.NaN;
    double[] joint = m.has("joint") ? JSON.treeToValue(m.get("joint"), double[].class) : null;
    double[][] marginals =
        m.has("marginals") ? JSON.treeToValue(m.get("marginals"), double[][].class) : null;
    return MetaStrategy.restore(m.path("solver").asText(), sizes, marginals, joint, kind, gap);
  }

  private static Map<String, LearnerState> learners(JsonNode node, Path dir) throws IOException {
    Map<String, LearnerState> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      Map<String, byte[]> blobs = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> b : e.getValue().path("blobs").properties()) {
        blobs.put(b.getKey(), Files.readAllBytes(dir.resolve(b.getValue().asText())));
      }
      out.put(
          e.getKey(),
          new LearnerState(
              e.getValue().path("kind").asText(),
              JSON.writeValueAsString(e.getValue().path("state")),
              blobs));
    }
    return out;
  }

  private static void putFinite(ObjectNode node, String key, double v) {
    if (Double.isFinite(v)) {
      node.put(key, v);
    } else {
      node.putNull(key);
    }
  }

  static String text(JsonNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
