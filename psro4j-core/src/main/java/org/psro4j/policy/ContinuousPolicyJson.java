package org.psro4j.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.io.AtomicFiles;

/**
 * The JSON header shared by the core continuous policies, {@code {"version": 1, "kind": ...,
 * "game": ..., "dimension": d, ...}}, and the checks that tie a policy to its game's action size.
 */
final class ContinuousPolicyJson {

  static final ObjectMapper JSON = new ObjectMapper();

  /** The file format version written and read. */
  static final int VERSION = 1;

  private ContinuousPolicyJson() {}

  /** The game's action-vector length; fails if the game's actions are indices. */
  static int requireContinuous(Game game) {
    if (!game.hasContinuousActions()) {
      throw new IllegalArgumentException(
          game + " has indexed actions, not continuous ones; use a tabular policy");
    }
    return game.continuousActionSize();
  }

  /** Fails if a policy over {@code [0,1]^dimension} is asked to act in {@code game}. */
  static void checkDimension(Game game, int dimension) {
    if (game.continuousActionSize() != dimension) {
      throw new IllegalArgumentException(
          "a policy over [0,1]^"
              + dimension
              + " cannot act in "
              + game
              + " (action size "
              + game.continuousActionSize()
              + ")");
    }
  }

  /** A header for {@code kind} in {@code game}. */
  static ObjectNode header(String kind, Game game, int dimension) {
    checkDimension(game, dimension);
    ObjectNode root = JSON.createObjectNode();
    root.put("version", VERSION);
    root.put("kind", kind);
    root.put("game", game.toString());
    root.put("dimension", dimension);
    return root;
  }

  /** Writes {@code root} to {@code file} atomically. */
  static void write(Path file, ObjectNode root) {
    AtomicFiles.write(file, root.toPrettyString() + "\n");
  }

  /** Checks version, game and dimension of a parsed file; returns the dimension. */
  static int checkHeader(Game game, Path file, JsonNode json) {
    int version = json.path("version").asInt(-1);
    if (version != VERSION) {
      throw new IllegalArgumentException(
          "policy file " + file + " has version " + version + ", expected " + VERSION);
    }
    JsonNode gameNode = json.get("game");
    if (gameNode == null || !gameNode.isTextual()) {
      throw new IllegalArgumentException("policy file " + file + " has no string field 'game'");
    }
    if (!canonical(gameNode.asText()).equals(game.toString())) {
      throw new IllegalArgumentException(
          "policy file " + file + " is for game '" + gameNode.asText() + "', not '" + game + "'");
    }
    JsonNode dimension = json.get("dimension");
    if (dimension == null || !dimension.canConvertToInt()) {
      throw new IllegalArgumentException("policy file " + file + " has no integer 'dimension'");
    }
    if (dimension.asInt() != game.continuousActionSize()) {
      throw new IllegalArgumentException(
          "policy file "
              + file
              + " has dimension "
              + dimension.asInt()
              + ", but "
              + game
              + " has action size "
              + game.continuousActionSize());
    }
    return dimension.asInt();
  }

  private static String canonical(String game) {
    try {
      return Games.load(game).toString();
    } catch (IllegalArgumentException e) {
      return game;
    }
  }
}
