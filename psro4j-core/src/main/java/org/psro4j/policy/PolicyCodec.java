package org.psro4j.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.psro4j.game.Game;

/**
 * Reads and writes one kind of policy as a JSON file (plus sibling files if the kind needs them,
 * e.g. network parameters). Kinds register through {@code
 * META-INF/services/org.psro4j.policy.PolicyCodec}; {@link PolicyFiles} dispatches on the file's
 * {@code "kind"} field. Never Java serialization.
 */
public interface PolicyCodec {

  /** The value of the {@code "kind"} field this codec writes and reads. */
  String kind();

  /** Whether this codec can write {@code policy}. */
  boolean handles(Policy policy);

  /** Writes {@code policy} of {@code game} to {@code file} atomically. */
  void write(Policy policy, Game game, Path file);

  /** Reads the policy whose parsed JSON is {@code json} from {@code file}, checking the game. */
  Policy read(Game game, Path file, JsonNode json);
}
