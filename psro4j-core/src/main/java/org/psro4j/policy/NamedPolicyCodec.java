package org.psro4j.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.psro4j.game.Game;
import org.psro4j.io.AtomicFiles;

/**
 * Saves a game's built-in policy (a heuristic or bot that needs no parameters) in a run directory
 * as its name, so that a population started from them checkpoints and resumes: {@code {"version":
 * 1, "kind": KIND, "name": "reactive", "game": "..."}}. Reading rebuilds the policy by name for the
 * game being resumed. Subclasses name the kind and the game's registry of built-in policies.
 */
public abstract class NamedPolicyCodec implements PolicyCodec {

  /** The file format version written. */
  public static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String kind;
  private final String what;
  private final String noun;
  private final Function<Policy, Optional<String>> nameOf;
  private final BiFunction<String, Game, Policy> create;

  /**
   * A codec of {@code kind} for built-in policies called {@code what} in messages (e.g. "SSA
   * heuristic"), each a {@code noun} with a name ("heuristic", "bot"), found by {@code nameOf} and
   * rebuilt by {@code create}.
   */
  protected NamedPolicyCodec(
      String kind,
      String what,
      String noun,
      Function<Policy, Optional<String>> nameOf,
      BiFunction<String, Game, Policy> create) {
    this.kind = kind;
    this.what = what;
    this.noun = noun;
    this.nameOf = nameOf;
    this.create = create;
  }

  @Override
  public final String kind() {
    return kind;
  }

  @Override
  public final boolean handles(Policy policy) {
    return nameOf.apply(policy).isPresent();
  }

  @Override
  public final void write(Policy policy, Game game, Path file) {
    String name =
        nameOf
            .apply(policy)
            .orElseThrow(() -> new IllegalArgumentException(policy + " is not a built-in " + what));
    ObjectNode root = JSON.createObjectNode();
    root.put("version", VERSION);
    root.put("kind", kind);
    root.put("name", name);
    root.put("game", String.valueOf(game));
    AtomicFiles.write(file, root.toPrettyString() + "\n");
  }

  @Override
  public final Policy read(Game game, Path file, JsonNode json) {
    int version = json.path("version").asInt(-1);
    if (version != VERSION) {
      throw new IllegalArgumentException(
          "policy file " + file + " has " + kind + " version " + version + ", expected " + VERSION);
    }
    JsonNode name = json.get("name");
    if (name == null || !name.isTextual()) {
      throw new IllegalArgumentException("policy file " + file + " has no " + noun + " name");
    }
    try {
      return create.apply(name.asText(), game);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("policy file " + file + ": " + e.getMessage(), e);
    }
  }
}
