package org.psro4j.metagame;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JSON form of an {@link EmpiricalGame}, in two flavours.
 *
 * <p>The hand-written form: {@code {"players": 2, "payoffs": [P0, P1], "names": [[...], [...]]}}
 * where {@code P_p} is a nested array indexed by the players' strategies in player order ({@code
 * payoffs[p][i][j]} for two players) and {@code names} is optional. Every entry must be a finite
 * number; the game is exact.
 *
 * <p>The full form for run directories adds {@code "format": "psro4j-empirical-game"}, {@code
 * "version": 1}, {@code "counts"} (one nested array of sample counts shaped like a payoff table,
 * with −1 marking an exact entry and 0 a missing one, whose payoffs are {@code null}) and {@code
 * "variances"} (per player, like {@code payoffs}); version 2 adds {@code "kinds"} (shaped like
 * {@code counts}: {@code "exact"}, {@code "sampled"}, {@code "predicted"} or {@code "missing"}, see
 * {@link EntryKind}); version 1 files, which have no kinds, still read. Reading detects the form by
 * the {@code version} field. Every error is one line that names the offending place, e.g. {@code
 * payoffs[1][0]}.
 */
public final class EmpiricalGameJson {

  /** The value of the {@code format} field of the full form. */
  public static final String FORMAT = "psro4j-empirical-game";

  /** The version this class writes and reads. */
  public static final int VERSION = 2;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private EmpiricalGameJson() {}

  /** Reads a game from a file in either form. */
  public static EmpiricalGame read(Path file) throws IOException {
    return fromTree(MAPPER.readTree(Files.readString(file)));
  }

  /** Reads a game from JSON text in either form. */
  public static EmpiricalGame parse(String json) {
    try {
      return fromTree(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "malformed JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
    }
  }

  /** Builds a game from a parsed JSON tree in either form; the result is a live (mutable) game. */
  public static EmpiricalGame fromTree(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the empirical game must be a JSON object");
    }
    JsonNode playersNode = root.get("players");
    if (playersNode == null
        || !playersNode.canConvertToExactIntegral()
        || playersNode.asInt() < 1) {
      throw new IllegalArgumentException(
          "\"players\" must be a positive integer, got " + playersNode);
    }
    int players = playersNode.asInt();
    boolean full = root.has("version");
    int version = full ? root.get("version").asInt(-1) : 0;
    if (full && version != 1 && version != VERSION) {
      throw new IllegalArgumentException(
          "\"version\" "
              + root.get("version")
              + " is not supported (expected 1 or "
              + VERSION
              + ")");
    }
    JsonNode payoffs = root.get("payoffs");
    if (payoffs == null || !payoffs.isArray() || payoffs.size() != players) {
      throw new IllegalArgumentException(
          "\"payoffs\" must be an array of " + players + " payoff tables, one per player");
    }
    int[] shape = TensorReader.shapeOf(payoffs.get(0), players, "payoffs[0]");
    EmpiricalGame game = new EmpiricalGame(players);
    JsonNode names = root.get("names");
    for (int p = 0; p < players; p++) {
      for (int s = 0; s < shape[p]; s++) {
        game.addStrategy(p, nameOf(names, p, s, shape[p]));
      }
    }
    int joint = game.jointSize();
    long[] counts = new long[joint];
    if (full) {
      double[] raw = TensorReader.read(root.get("counts"), shape, "counts", false);
      for (int flat = 0; flat < joint; flat++) {
        if (raw[flat] != Math.rint(raw[flat]) || raw[flat] < -1) {
          throw new IllegalArgumentException(
              "counts"
                  + TensorReader.where(game.profile(flat))
                  + " must be -1, 0 or a count, got "
                  + raw[flat]);
        }
        counts[flat] = (long) raw[flat];
      }
    } else {
      java.util.Arrays.fill(counts, -1);
    }
    double[][] means = new double[players][];
    double[][] variances = new double[players][];
    for (int p = 0; p < players; p++) {
      means[p] = TensorReader.read(payoffs.get(p), shape, "payoffs[" + p + "]", full);
      variances[p] =
          full && root.has("variances")
              ? TensorReader.read(root.get("variances").get(p), shape, "variances[" + p + "]", full)
              : new double[joint];
    }
    EntryKind[] kinds = version >= 2 ? readKinds(root.get("kinds"), game) : null;
    double[] entryMeans = new double[players];
    double[] entryVariances = new double[players];
    for (int flat = 0; flat < joint; flat++) {
      for (int p = 0; p < players; p++) {
        entryMeans[p] = means[p][flat];
        entryVariances[p] = variances[p][flat];
        if (counts[flat] != 0 && Double.isNaN(entryMeans[p])) {
          throw new IllegalArgumentException(
              "payoffs[" + p + "]" + TensorReader.where(game.profile(flat)) + " is null");
        }
      }
      if (kinds != null && kinds[flat] == EntryKind.PREDICTED) {
        for (int p = 0; p < players; p++) {
          if (Double.isNaN(entryMeans[p])) {
            throw new IllegalArgumentException(
                "payoffs[" + p + "]" + TensorReader.where(game.profile(flat)) + " is null");
          }
        }
        game.setPredicted(game.profile(flat), entryMeans);
      } else if (counts[flat] != 0) {
        game.restore(flat, entryMeans, entryVariances, Math.max(0, counts[flat]), counts[flat] < 0);
      }
    }
    return game;
  }

  private static EntryKind[] readKinds(JsonNode node, EmpiricalGame game) {
    if (node == null) {
      throw new IllegalArgumentException("\"kinds\" is missing (required from version 2)");
    }
    EntryKind[] out = new EntryKind[game.jointSize()];
    for (int flat = 0; flat < out.length; flat++) {
      JsonNode leaf = node;
      for (int s : game.profile(flat)) {
        leaf = leaf.path(s);
      }
      if (!leaf.isTextual()) {
        throw new IllegalArgumentException(
            "kinds" + TensorReader.where(game.profile(flat)) + " must be a kind name, got " + leaf);
      }
      out[flat] = EntryKind.ofJsonName(leaf.asText());
    }
    return out;
  }

  /** The hand-written form of a complete game. */
  public static ObjectNode toSimpleTree(EmpiricalGame game) {
    game.requireComplete();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("players", game.players());
    ArrayNode payoffs = root.putArray("payoffs");
    for (int p = 0; p < game.players(); p++) {
      final int player = p;
      payoffs.add(
          TensorReader.write(
              game, flat -> MAPPER.getNodeFactory().numberNode(game.payoff(player, flat))));
    }
    putNames(root, game);
    return root;
  }

  /** The full form (counts, variances, missing entries as null) for run directories. */
  public static ObjectNode toFullTree(EmpiricalGame game) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("players", game.players());
    putNames(root, game);
    ArrayNode payoffs = root.putArray("payoffs");
    ArrayNode variances = root.putArray("variances");
    var nodes = MAPPER.getNodeFactory();
    for (int p = 0; p < game.players(); p++) {
      final int player = p;
      payoffs.add(
          TensorReader.write(
              game,
              flat ->
                  game.hasEntry(game.profile(flat))
                      ? nodes.numberNode(game.payoff(player, flat))
                      : nodes.nullNode()));
      variances.add(
          TensorReader.write(
              game, flat -> nodes.numberNode(game.variance(player, game.profile(flat)))));
    }
    root.set(
        "counts",
        TensorReader.write(
            game,
            flat -> {
              int[] profile = game.profile(flat);
              return nodes.numberNode(game.isExact(profile) ? -1 : game.count(profile));
            }));
    root.set("kinds", TensorReader.write(game, flat -> nodes.textNode(game.kind(flat).jsonName())));
    return root;
  }

  /** The full form as pretty-printed text. */
  public static String toJson(EmpiricalGame game) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toFullTree(game));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the full form to {@code file}. */
  public static void write(EmpiricalGame game, Path file) throws IOException {
    Files.writeString(file, toJson(game));
  }

  private static String nameOf(JsonNode names, int player, int strategy, int size) {
    if (names == null || names.isNull()) {
      return "s" + strategy;
    }
    JsonNode list = names.get(player);
    if (!names.isArray() || list == null || !list.isArray() || list.size() != size) {
      throw new IllegalArgumentException(
          "names[" + player + "] must list " + size + " strategy names");
    }
    JsonNode name = list.get(strategy);
    if (!name.isTextual()) {
      throw new IllegalArgumentException(
          "names[" + player + "][" + strategy + "] must be a string, got " + name);
    }
    return name.asText();
  }

  private static void putNames(ObjectNode root, EmpiricalGame game) {
    ArrayNode names = root.putArray("names");
    for (int p = 0; p < game.players(); p++) {
      ArrayNode list = names.addArray();
      game.names(p).forEach(list::add);
    }
  }
}
