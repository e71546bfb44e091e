package org.psro4j.rl.nn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyCodec;

/**
 * Saves a {@link SquashedGaussianPolicy} as a JSON header ({@code kind=neural_squashed_gaussian},
 * format version, game, observation spec with the action-vector length, architecture with the
 * log-std range, parameter file name) plus a sibling DJL parameter file ({@code NAME.params}).
 * Loading checks the game, the observation spec and the architecture against the header and fails
 * with a message naming the mismatch.
 */
public final class SquashedGaussianPolicyCodec implements PolicyCodec {

  /** The {@code kind} this codec writes. */
  public static final String KIND = "neural_squashed_gaussian";

  /** The header format version. */
  public static final int FORMAT_VERSION = 1;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public boolean handles(Policy policy) {
    return policy instanceof SquashedGaussianPolicy;
  }

  @Override
  public void write(Policy policy, Game game, Path file) {
    SquashedGaussianPolicy neural = (SquashedGaussianPolicy) policy;
    ObjectNode header = MlpPolicyFiles.header(KIND, FORMAT_VERSION, neural.game(), game);
    ObjectNode obs = header.putObject("observation");
    obs.put("tensor", neural.spec().tensor());
    obs.put("size", neural.spec().size());
    obs.put("action_size", neural.actionSize());
    ObjectNode arch = MlpPolicyFiles.putArchitecture(header);
    arch.put("head", "squashed_gaussian");
    arch.put("log_std_min", SquashedGaussian.LOG_STD_MIN);
    arch.put("log_std_max", SquashedGaussian.LOG_STD_MAX);
    MlpPolicyFiles.putLayerSizes(arch, neural.network());
    MlpPolicyFiles.write(file, header, neural.network());
  }

  @Override
  public Policy read(Game game, Path file, JsonNode json) {
    String savedGame = MlpPolicyFiles.checkVersionAndGame(file, json, FORMAT_VERSION, game);
    JsonNode obs = json.path("observation");
    ObservationSpec current = ObservationSpec.ofContinuous(game);
    ObservationSpec saved =
        new ObservationSpec(
            obs.path("tensor").asText(), obs.path("size").asInt(), obs.path("action_size").asInt());
    MlpPolicyFiles.checkObservation(file, saved, current, game);
    JsonNode arch = json.path("architecture");
    boolean sameRange =
        arch.path("log_std_min").asDouble(Double.NaN) == SquashedGaussian.LOG_STD_MIN
            && arch.path("log_std_max").asDouble(Double.NaN) == SquashedGaussian.LOG_STD_MAX;
    if (!"mlp".equals(arch.path("type").asText())
        || !"relu".equals(arch.path("activation").asText())
        || !"squashed_gaussian".equals(arch.path("head").asText())
        || !sameRange) {
      throw new IllegalArgumentException(
          "policy file "
              + file
              + " has architecture "
              + arch
              + "; this codec reads relu MLPs with a squashed-Gaussian head and log std in ["
              + SquashedGaussian.LOG_STD_MIN
              + ", "
              + SquashedGaussian.LOG_STD_MAX
              + "]");
    }
    int[] layerSizes =
        MlpPolicyFiles.layerSizes(
            file,
            arch,
            saved,
            2 * saved.numActions(),
            " (the output layer holds 2 values per action entry)");
    MlpNetwork network = MlpPolicyFiles.readNetwork(file, json, layerSizes);
    return new SquashedGaussianPolicy(savedGame, saved, network);
  }
}
