package org.psro4j.rl.nn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.psro4j.game.Game;
import org.psro4j.io.AtomicFiles;
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

  private static final ObjectMapper JSON = new ObjectMapper();

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
    if (!neural.game().equals(game.toString())) {
      throw new IllegalArgumentException(
          "policy was trained for " + neural.game() + ", not " + game);
    }
    Path params = NeuralPolicyCodec.paramsFile(file);
    ObjectNode header = JSON.createObjectNode();
    header.put("kind", KIND);
    header.put("version", FORMAT_VERSION);
    header.put("game", neural.game());
    ObjectNode obs = header.putObject("observation");
    obs.put("tensor", neural.spec().tensor());
    obs.put("size", neural.spec().size());
    obs.put("action_size", neural.actionSize());
    ObjectNode arch = header.putObject("architecture");
    arch.put("type", "mlp");
    arch.put("activation", "relu");
    arch.put("head", "squashed_gaussian");
    arch.put("log_std_min", SquashedGaussian.LOG_STD_MIN);
    arch.put("log_std_max", SquashedGaussian.LOG_STD_MAX);
    ArrayNode layers = arch.putArray("layer_sizes");
    for (int s : neural.network().layerSizes()) {
      layers.add(s);
    }
    header.put("parameters", params.getFileName().toString());
    try {
      AtomicFiles.write(params, neural.network().encodeParameters());
      AtomicFiles.write(
          file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(header) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write policy " + file, e);
    }
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
    String savedGame = json.path("game").asText("");
    if (!savedGame.equals(game.toString())) {
      throw new IllegalArgumentException(
          "policy file " + file + " was saved for game " + savedGame + ", not " + game);
    }
    JsonNode obs = json.path("observation");
    ObservationSpec current = ObservationSpec.ofContinuous(game);
    ObservationSpec saved =
        new ObservationSpec(
            obs.path("tensor").asText(), obs.path("size").asInt(), obs.path("action_size").asInt());
    if (!saved.equals(current)) {
      throw new IllegalArgumentException(
          "policy file "
              + file
              + " expects observation "
              + saved
              + " but "
              + game
              + " gives "
              + current);
    }
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
    int[] layerSizes = new int[arch.path("layer_sizes").size()];
    for (int i = 0; i < layerSizes.length; i++) {
      layerSizes[i] = arch.path("layer_sizes").get(i).asInt();
    }
    if (layerSizes.length < 2
        || layerSizes[0] != saved.size()
        || layerSizes[layerSizes.length - 1] != 2 * saved.numActions()) {
      throw new IllegalArgumentException(
          "policy file "
              + file
              + " has layer sizes "
              + Arrays.toString(layerSizes)
              + " that do not fit "
              + saved
              + " (the output layer holds 2 values per action entry)");
    }
    Path params =
        file.resolveSibling(
            json.path("parameters")
                .asText(NeuralPolicyCodec.paramsFile(file).getFileName().toString()));
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(params);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parameter file " + params, e);
    }
    MlpNetwork network = MlpNetwork.decode(layerSizes, bytes, DjlRuntime.device("cpu"));
    return new SquashedGaussianPolicy(savedGame, saved, network);
  }
}
