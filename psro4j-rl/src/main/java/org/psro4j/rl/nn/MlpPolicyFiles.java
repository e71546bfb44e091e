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
import org.psro4j.game.Games;
import org.psro4j.io.AtomicFiles;

/**
 * The file layout {@link NeuralPolicyCodec} and {@link SquashedGaussianPolicyCodec} share: a JSON
 * header opening with {@code kind}, {@code version} and {@code game} and closing with the name of a
 * sibling DJL parameter file, and the checks that fail with a message naming the mismatch.
 */
final class MlpPolicyFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MlpPolicyFiles() {}

  /** A header holding {@code kind}, {@code version} and {@code game}, after checking the game. */
  static ObjectNode header(String kind, int version, String trainedFor, Game game) {
    if (!trainedFor.equals(game.toString())) {
      throw new IllegalArgumentException("policy was trained for " + trainedFor + ", not " + game);
    }
    ObjectNode header = JSON.createObjectNode();
    header.put("kind", kind);
    header.put("version", version);
    header.put("game", trainedFor);
    return header;
  }

  /** Adds the architecture object of a relu MLP to {@code header} and returns it. */
  static ObjectNode putArchitecture(ObjectNode header) {
    ObjectNode arch = header.putObject("architecture");
    arch.put("type", "mlp");
    arch.put("activation", "relu");
    return arch;
  }

  /** Adds {@code network}'s layer sizes to {@code arch}. */
  static void putLayerSizes(ObjectNode arch, MlpNetwork network) {
    ArrayNode layers = arch.putArray("layer_sizes");
    for (int s : network.layerSizes()) {
      layers.add(s);
    }
  }

  /** Names the parameter file in {@code header}, then writes it and the header at {@code file}. */
  static void write(Path file, ObjectNode header, MlpNetwork network) {
    Path params = paramsFile(file);
    header.put("parameters", params.getFileName().toString());
    try {
      AtomicFiles.write(params, network.encodeParameters());
      AtomicFiles.write(
          file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(header) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write policy " + file, e);
    }
  }

  /** Checks the header's version and game; returns the game it was saved for. */
  static String checkVersionAndGame(Path file, JsonNode json, int formatVersion, Game game) {
    int version = json.path("version").asInt(-1);
    if (version != formatVersion) {
      throw new IllegalArgumentException(
          "policy file " + file + " has format version " + version + ", expected " + formatVersion);
    }
    String savedGame = json.path("game").asText("");
    if (!savedGame.equals(game.toString()) && !canonical(savedGame).equals(game.toString())) {
      throw new IllegalArgumentException(
          "policy file " + file + " was saved for game " + savedGame + ", not " + game);
    }
    return game.toString();
  }

  /**
   * The canonical form of a saved game string, so that a file saved before the game gained a
   * parameter (whose default keeps the old game) still loads; the string itself if it does not
   * load.
   */
  private static String canonical(String savedGame) {
    try {
      return Games.load(savedGame).toString();
    } catch (RuntimeException e) {
      return savedGame;
    }
  }

  /** Fails unless the saved observation spec is the one {@code game} gives now. */
  static void checkObservation(
      Path file, ObservationSpec saved, ObservationSpec current, Game game) {
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
  }

  /**
   * The architecture's layer sizes, checked to take {@code saved}'s tensor and give {@code outputs}
   * values ({@code why} explains that count in the message, or is empty).
   */
  static int[] layerSizes(
      Path file, JsonNode arch, ObservationSpec saved, int outputs, String why) {
    int[] layerSizes = new int[arch.path("layer_sizes").size()];
    for (int i = 0; i < layerSizes.length; i++) {
      layerSizes[i] = arch.path("layer_sizes").get(i).asInt();
    }
    if (layerSizes.length < 2
        || layerSizes[0] != saved.size()
        || layerSizes[layerSizes.length - 1] != outputs) {
      throw new IllegalArgumentException(
          "policy file "
              + file
              + " has layer sizes "
              + Arrays.toString(layerSizes)
              + " that do not fit "
              + saved
              + why);
    }
    return layerSizes;
  }

  /** The network of {@code layerSizes} from the parameter file the header names, on the CPU. */
  static MlpNetwork readNetwork(Path file, JsonNode json, int[] layerSizes) {
    Path params =
        file.resolveSibling(
            json.path("parameters").asText(paramsFile(file).getFileName().toString()));
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(params);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parameter file " + params, e);
    }
    return MlpNetwork.decode(layerSizes, bytes, DjlRuntime.device("cpu"));
  }

  /** The parameter file beside {@code file}: {@code x.json -> x.params}. */
  static Path paramsFile(Path file) {
    String name = file.getFileName().toString();
    String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    return file.resolveSibling(stem + ".params");
  }
}
