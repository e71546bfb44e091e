package org.psro4j.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import org.psro4j.game.Game;
import org.psro4j.io.AtomicFiles;

/**
 * A tabular policy in the layout of OpenSpiel's {@code policy_to_dict} (Lanctot et al. 2019, {@code
 * open_spiel/python/policy.py}): information-state string to a list of {@code [action,
 * probability]} pairs, for every information state of every player, with the OpenSpiel game string
 * beside it. psro4j's information-state strings are OpenSpiel's for the games both have, so a file
 * loads straight into {@code open_spiel.python.policy.TabularPolicy}:
 *
 * <pre>{@code
 * {"format": "openspiel_tabular_policy", "version": 1, "game": "leduc_poker(players=2)",
 *  "source": {...}, "policy": {"[Observer: 0][Private: 0]...": [[1, 0.73], [2, 0.27]], ...}}
 * }</pre>
 */
public final class OpenSpielPolicyFormat {

  /** The value of the {@code format} field. */
  public static final String FORMAT = "openspiel_tabular_policy";

  /** The layout's version. */
  public static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenSpielPolicyFormat() {}

  /** Whether {@code json} (a file's root) is in this layout. */
  public static boolean matches(JsonNode json) {
    return FORMAT.equals(json.path("format").asText(null));
  }

  /**
   * Writes {@code policy} to {@code file} atomically; {@code source} (may be empty) says where it
   * came from and is stored as is.
   */
  public static void write(TabularPolicy policy, ObjectNode source, Path file) {
    Objects.requireNonNull(policy, "policy");
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("game", policy.game());
    root.set("source", source == null ? JSON.createObjectNode() : source);
    ObjectNode table = root.putObject("policy");
    for (String key : policy.infoStates()) {
      ArrayNode pairs = table.putArray(key);
      int[] actions = policy.legalActions(key);
      double[] probs = policy.probabilities(key);
      for (int i = 0; i < actions.length; i++) {
        pairs.addArray().add(actions[i]).add(probs[i]);
      }
    }
    try {
      AtomicFiles.write(
          file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads the layout for {@code game}: every information state of the game must be present with
   * exactly its legal actions and probabilities summing to 1; messages name {@code file} and the
   * bad entry.
   */
  public static TabularPolicy read(Game game, Path file, JsonNode root) {
    String where = "policy file " + file;
    if (root.path("version").asInt(-1) != VERSION) {
      throw new IllegalArgumentException(
          where + ": unsupported version " + root.path("version") + " (expected " + VERSION + ")");
    }
    String gameString = root.path("game").asText(null);
    if (gameString == null) {
      throw new IllegalArgumentException(where + ": missing string field 'game'");
    }
    if (game == null) {
      game = org.psro4j.game.Games.load(gameString);
    } else if (!org.psro4j.game.Games.load(gameString).toString().equals(game.toString())) {
      throw new IllegalArgumentException(
          where + ": written for game " + gameString + ", not " + game);
    }
    JsonNode table = root.path("policy");
    if (!table.isObject()) {
      throw new IllegalArgumentException(where + ": missing object field 'policy'");
    }
    TabularPolicy shape = TabularPolicy.uniform(game);
    TabularPolicy.Builder out = TabularPolicy.builder(game.toString());
    for (String key : shape.infoStates()) {
      JsonNode pairs = table.get(key);
      if (pairs == null) {
        throw new IllegalArgumentException(
            where + ": no entry for information state " + TabularPolicy.quote(key));
      }
      try {
        out.put(key, shape.legalActions(key), probabilities(where, key, shape, pairs));
      } catch (IllegalArgumentException e) {
        throw e.getMessage().startsWith(where)
            ? e
            : new IllegalArgumentException(where + ": " + e.getMessage());
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
      String key = it.next().getKey();
      if (!shape.contains(key)) {
        throw new IllegalArgumentException(
            where + ": " + TabularPolicy.quote(key) + " is not an information state of " + game);
      }
    }
    return out.build();
  }

  private static double[] probabilities(
      String where, String key, TabularPolicy shape, JsonNode pairs) {
    int[] legal = shape.legalActions(key);
    double[] probs = new double[legal.length];
    boolean[] seen = new boolean[legal.length];
    String entry = where + ": information state " + TabularPolicy.quote(key);
    if (!pairs.isArray()) {
      throw new IllegalArgumentException(entry + ": expected a list of [action, probability]");
    }
    for (JsonNode pair : pairs) {
      if (!pair.isArray()
          || pair.size() != 2
          || !pair.get(0).isIntegralNumber()
          || !pair.get(1).isNumber()) {
        throw new IllegalArgumentException(entry + ": bad pair " + pair + " (want [action, p])");
      }
      int action = pair.get(0).asInt();
      int i = java.util.Arrays.binarySearch(legal, action);
      if (i < 0) {
        throw new IllegalArgumentException(entry + ": action " + action + " is not legal there");
      }
      double p = pair.get(1).asDouble();
      if (!(p >= 0 && p <= 1) || seen[i]) {
        throw new IllegalArgumentException(
            entry + ": " + (seen[i] ? "action " + action + " given twice" : "probability " + p));
      }
      seen[i] = true;
      probs[i] = p;
    }
    return probs;
  }
}
