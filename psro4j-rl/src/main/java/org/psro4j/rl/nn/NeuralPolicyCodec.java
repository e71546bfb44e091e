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

  private static final ObjectMapper JSON = new ObjectMapper();

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
    if (!neural.game().equals(game.toString())) {
      throw new IllegalArgumentException(
          "policy was trained for " + neural.game() + ", not " + game);
    }
    Path params = paramsFile(file);
    ObjectNode header = JSON.createObjectNode();
    header.put("kind", KIND);
    header.put("version", FORMAT_VERSION);
    header.put("game", neural.game());
    ObjectNode obs = header.putObject("observation");
    obs.put("tensor", neural.spec().tensor());
    obs.put("size", neural.spec().size());
    obs.put("num_actions", neural.spec().numActions());
    ObjectNode arch = header.putObject("architecture");
    arch.put("type", "mlp");
    arch.put("activation", "relu");
    ArrayNode layers = arch.putArray("layer_sizes");
    for (int s : neural.network().layerSizes()) {
      layers.add(s);
    }
    header.put("head", neural.head().name().toLowerCase(java.util.Locale.ROOT));
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
    ObservationSpec saved =
        new ObservationSpec(
            obs.path("tensor").asText(), obs.path("size").asInt(), obs.path("num_actions").asInt());
    ObservationSpec current = ObservationSpec.of(game);
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
    if (!"mlp".equals(arch.path("type").asText())
        || !"relu".equals(arch.path("activation").asText())) {
      throw new IllegalArgumentException(
          "policy file " + file + " has architecture " + arch + "; this codec reads relu MLPs");
    }
    int[] layerSizes = new int[arch.path("layer_sizes").size()];
    for (int i = 0; i < layerSizes.length; i++) {
      layerSizes[i] = arch.path("layer_sizes").get(i).asInt();
    }
    if (layerSizes.length < 2
        || layerSizes[0] != saved.size()
        || layerSizes[layerSizes.length - 1] != saved.numActions()) {
      throw new IllegalArgumentException(
          "policy file "
              + file
              + " has layer sizes "
              + Arrays.toString(layerSizes)
              + " that do not fit "
              + saved);
    }
    NeuralPolicy.Head head;
    try {
      head =
          NeuralPolicy.Head.valueOf(json.path("head").asText().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "policy file " + file + " has unknown head '" + json.path("head").asText() + "'");
    }
    Path params =
        file.resolveSibling(
            json.path("parameters").asText(paramsFile(file).getFileName().toString()));
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(params);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parameter file " + params, e);
    }
    MlpNetwork network = MlpNetwork.decode(layerSizes, bytes, DjlRuntime.device("cpu"));
    return new NeuralPolicy(savedGame, saved, head, network);
  }

  /** The parameter file beside {@code file}: {@code x.json -> x.params}. */
  static Path paramsFile(Path file) {
    String name = file.getFileName().toString();
    String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    return file.resolveSibling(stem + ".params");
  }
}
