package org.psro4j.games.ctf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.psro4j.game.Game;
import org.psro4j.io.AtomicFiles;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyCodec;

/**
 * Saves a built-in capture-the-flag bot in a run directory as its name, so that a population
 * started from the bots checkpoints and resumes: {@code {"version": 1, "kind": "ctf_bot", "name":
 * "attacker", "game": "capture_the_flag(...)"}}. Registered as a {@link PolicyCodec} service.
 */
public final class CtfBotCodec implements PolicyCodec {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The file format version written. */
  public static final int VERSION = 1;

  @Override
  public String kind() {
    return "ctf_bot";
  }

  @Override
  public boolean handles(Policy policy) {
    return CtfBots.nameOf(policy).isPresent();
  }

  @Override
  public void write(Policy policy, Game game, Path file) {
    String name =
        CtfBots.nameOf(policy)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        policy + " is not a built-in capture-the-flag bot"));
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
          "policy file " + file + " has ctf_bot version " + version + ", expected " + VERSION);
    }
    JsonNode name = json.get("name");
    if (name == null || !name.isTextual()) {
      throw new IllegalArgumentException("policy file " + file + " has no bot name");
    }
    try {
      return CtfBots.create(name.asText(), game);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("policy file " + file + ": " + e.getMessage(), e);
    }
  }
}
