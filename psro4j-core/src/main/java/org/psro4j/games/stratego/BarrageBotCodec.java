package org.psro4j.games.stratego;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.psro4j.game.Game;
import org.psro4j.io.AtomicFiles;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyCodec;

/**
 * Saves a built-in Barrage bot in a run directory as its name, so that a population started from
 * the bots checkpoints and resumes: {@code {"version": 1, "kind": "barrage_bot", "name":
 * "heuristic", "game": "barrage_stratego(...)"}}. Reading rebuilds the bot by name for the game
 * being resumed (the rules need no parameters). Registered as a {@link PolicyCodec} service.
 */
public final class BarrageBotCodec implements PolicyCodec {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The file format version written. */
  public static final int VERSION = 1;

  @Override
  public String kind() {
    return "barrage_bot";
  }

  @Override
  public boolean handles(Policy policy) {
    return BarrageBots.nameOf(policy).isPresent();
  }

  @Override
  public void write(Policy policy, Game game, Path file) {
    String name =
        BarrageBots.nameOf(policy)
            .orElseThrow(
                () -> new IllegalArgumentException(policy + " is not a built-in Barrage bot"));
    ObjectNode root = JSON.createObjectNode();
    root.put("version", VERSION);
    root.put("kind", kind());
    root.put("name", name);
    root.put("game", String.valueOf(game));
    AtomicFiles.write(file, root.toPrettyString() + "\n");
  }

  @Override
  public Policy read(Game game, Path file, JsonNode json) {
    int version = json.path("version").asInt(-1);
    if (version != VERSION) {
      throw new IllegalArgumentException(
          "policy file " + file + " has barrage_bot version " + version + ", expected " + VERSION);
    }
    JsonNode name = json.get("name");
    if (name == null || !name.isTextual()) {
      throw new IllegalArgumentException("policy file " + file + " has no bot name");
    }
    try {
      return BarrageBots.create(name.asText(), game);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("policy file " + file + ": " + e.getMessage(), e);
    }
  }
}
