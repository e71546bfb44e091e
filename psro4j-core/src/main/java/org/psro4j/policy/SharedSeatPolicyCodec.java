package org.psro4j.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.psro4j.game.Game;
import org.psro4j.game.TeamView;
import org.psro4j.io.AtomicFiles;

/**
 * Saves a {@link SharedSeatPolicy} as a small JSON file ({@code "kind": "shared_seat"}) naming a
 * sibling file {@code NAME.seat.json} that holds the seat policy in its own kind, saved for the
 * view's game of seats. Read for a {@link TeamView} it gives the shared seat policy back; read for
 * the game of seats itself it gives the seat policy, so tools for the underlying game (e.g. {@code
 * ctf winrates}) load a team run's policies directly.
 */
public final class SharedSeatPolicyCodec implements PolicyCodec {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The codec (a service, so it needs a public no-argument constructor). */
  public SharedSeatPolicyCodec() {}

  @Override
  public String kind() {
    return "shared_seat";
  }

  @Override
  public boolean handles(Policy policy) {
    return policy instanceof SharedSeatPolicy;
  }

  @Override
  public void write(Policy policy, Game game, Path file) {
    if (!(game instanceof TeamView view)) {
      throw new IllegalArgumentException(
          "a shared seat policy is saved for a team_view game, not " + game);
    }
    Path seatFile = seatFile(file);
    PolicyFiles.write(((SharedSeatPolicy) policy).seatPolicy(), view.seatGame(), seatFile);
    ObjectNode root = JSON.createObjectNode();
    root.put("kind", kind());
    root.put("game", view.toString());
    root.put("seat_policy", seatFile.getFileName().toString());
    AtomicFiles.write(file, root.toPrettyString() + "\n");
  }

  @Override
  public Policy read(Game game, Path file, JsonNode json) {
    String name = json.path("seat_policy").asText("");
    if (name.isEmpty() || name.contains("/") || name.contains("\\")) {
      throw new IllegalArgumentException(
          "policy file " + file + " names no seat policy file (seat_policy='" + name + "')");
    }
    Path seatFile = file.resolveSibling(name);
    if (game instanceof TeamView view) {
      return new SharedSeatPolicy(PolicyFiles.read(view.seatGame(), seatFile));
    }
    return PolicyFiles.read(game, seatFile);
  }

  /** {@code NAME.json}'s sibling {@code NAME.seat.json}. */
  static Path seatFile(Path file) {
    String name = file.getFileName().toString();
    String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    return file.resolveSibling(stem + ".seat.json");
  }
}
