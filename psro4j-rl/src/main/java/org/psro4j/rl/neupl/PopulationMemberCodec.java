package org.psro4j.rl.neupl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.psro4j.game.Game;
import org.psro4j.io.AtomicFiles;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyCodec;
import org.psro4j.rl.nn.ObservationSpec;

/**
 * Saves a {@link PopulationMember} as a JSON header ({@code kind=neupl_member}, format version,
 * game, player, embedding index, the frozen network's architecture, version and sizes) plus a
 * sibling parameter file shared by every member of that network version ({@code
 * neupl_theta_vV_HASH.params}, see {@link FrozenPopulationFiles}). Loading checks the game and its
 * observation spec.
 */
public final class PopulationMemberCodec implements PolicyCodec {

  /** The {@code kind} this codec writes. */
  public static final String KIND = "neupl_member";

  /** The header format version. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public boolean handles(Policy policy) {
    return policy instanceof PopulationMember;
  }

  @Override
  public void write(Policy policy, Game game, Path file) {
    PopulationMember member = (PopulationMember) policy;
    if (!member.game().equals(game.toString())) {
      throw new IllegalArgumentException(
          "policy was trained for " + member.game() + ", not " + game);
    }
    ObjectNode header = JSON.createObjectNode();
    header.put("kind", KIND);
    header.put("version", FORMAT_VERSION);
    header.put("game", member.game());
    header.put("player", member.player());
    header.put("index", member.index());
    header.set("network", FrozenPopulationFiles.describe(member.network()));
    // Every member of one network version shares one parameter file, named by version and content.
    byte[] encoded = FrozenPopulationFiles.encode(member.network().values());
    Path params =
        file.resolveSibling("neupl_theta_v" + member.version() + "_" + fnv1a(encoded) + ".params");
    header.put("parameters", params.getFileName().toString());
    if (!java.nio.file.Files.exists(params)) {
      AtomicFiles.write(params, encoded);
    }
    AtomicFiles.write(file, header.toPrettyString() + "\n");
  }

  @Override
  public Policy read(Game game, Path file, JsonNode json) {
    int version = json.path("version").asInt(-1);
    if (version != FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "policy file "
              + file
              + " has format version "
              + version
              + ", expected "
              + FORMAT_VERSION);
    }
    String saved = json.path("game").asText("");
    if (!saved.equals(game.toString())) {
      throw new IllegalArgumentException(
          "policy file " + file + " was saved for game " + saved + ", not " + game);
    }
    Path params = file.resolveSibling(json.path("parameters").asText(""));
    FrozenPopulation network =
        FrozenPopulationFiles.read(
            file, json.path("network"), FrozenPopulationFiles.readValues(params));
    if (!network.spec().observation().equals(ObservationSpec.of(game))) {
      throw new IllegalArgumentException(
          "policy file "
              + file
              + " reads "
              + network.spec().observation()
              + "; "
              + game
              + " gives "
              + ObservationSpec.of(game));
    }
    return new PopulationMember(
        saved, network, json.path("player").asInt(-1), json.path("index").asInt(-1));
  }

  /** The 64-bit FNV-1a hash of {@code bytes} as 16 hex digits. */
  private static String fnv1a(byte[] bytes) {
    long h = 0xcbf29ce484222325L;
    for (byte b : bytes) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return String.format("%016x", h);
  }
}
