package org.psro4j.rl.nn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyCodec;

/**
 * Saves a {@link NeuralPolicy} as a JSON header ({@code kind=neural_mlp}, format version, game,
 * observation spec, architecture, head, parameter file name) plus a sibling DJL parameter file
 * ({@code NAME.params}, DJL's {@code NDList} encoding). Loading checks the game, the observation
 * spec and the architecture against the header and fails with a message naming the mismatch.
 */
public final class NeuralPolicyCodec implements PolicyCodec {

  /** The {@code kind} this codec writes. */
  public static final String KIND = "neural_mlp";

  /** The header format version. */
  public static final int FORMAT_VERSION = 1;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public boolean handles(Policy policy) {
    return policy instanceof NeuralPolicy;
  }

  @Override
  public void write(Policy policy, Game game, Path file) {
    NeuralPolicy neural = (NeuralPolicy) policy;
    ObjectNode header = MlpPolicyFiles.header(KIND, FORMAT_VERSION, neural.game(), game);
    ObjectNode obs = header.putObject("observation");
    obs.put("tensor", neural.spec().tensor());
    obs.put("size", neural.spec().size());
    obs.put("num_actions", neural.spec().numActions());
    MlpPolicyFiles.putLayerSizes(MlpPolicyFiles.putArchitecture(header), neural.network());
    header.put("head", neural.head().name().toLowerCase(Locale.ROOT));
    MlpPolicyFiles.write(file, header, neural.network());
  }

  @Override
  public Policy read(Game game, Path file, JsonNode json) {
    String savedGame = MlpPolicyFiles.checkVersionAndGame(file, json, FORMAT_VERSION, game);
    JsonNode obs = json.path("observation");
    ObservationSpec saved =
        new ObservationSpec(
            obs.path("tensor").asText(), obs.path("size").asInt(), obs.path("num_actions").asInt());
    MlpPolicyFiles.checkObservation(file, saved, ObservationSpec.of(game), game);
    JsonNode arch = json.path("architecture");
    if (!"mlp".equals(arch.path("type").asText())
        || !"relu".equals(arch.path("activation").asText())) {
      throw new IllegalArgumentException(
          "policy file " + file + " has architecture " + arch + "; this codec reads relu MLPs");
    }
    int[] layerSizes = MlpPolicyFiles.layerSizes(file, arch, saved, saved.numActions(), "");
    NeuralPolicy.Head head;
    try {
      head = NeuralPolicy.Head.valueOf(json.path("head").asText().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "policy file " + file + " has unknown head '" + json.path("head").asText() + "'");
    }
    MlpNetwork network = MlpPolicyFiles.readNetwork(file, json, layerSizes);
    return new NeuralPolicy(savedGame, saved, head, network);
  }
}
