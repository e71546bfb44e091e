package org.psro4j.rl.nn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.psro4j.game.Game;
import org.psro4j.io.AtomicFiles;
import org.psro4j.policy.Policy;
import org.psro4j.policy.PolicyCodec;

/**
 * Saves a {@link ConvPolicy} as a JSON header ({@code kind=neural_conv}, format version, game,
 * observation spec, board shape, convolution widths, parameter file name) plus a sibling DJL
 * parameter file ({@code NAME.params}). Loading checks the game, the observation spec and the board
 * shape against the header and fails with a message naming the mismatch.
 */
public final class ConvPolicyCodec implements PolicyCodec {

  /** The {@code kind} this codec writes. */
  public static final String KIND = "neural_conv";

  /** The header format version. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public boolean handles(Policy policy) {
    return policy instanceof ConvPolicy;
  }

  @Override
  public void write(Policy policy, Game game, Path file) {
    ConvPolicy conv = (ConvPolicy) policy;
    ObjectNode header = MlpPolicyFiles.header(KIND, FORMAT_VERSION, conv.game(), game);
    ObjectNode obs = header.putObject("observation");
    obs.put("tensor", conv.spec().tensor());
    obs.put("size", conv.spec().size());
    obs.put("num_actions", conv.spec().numActions());
    ObjectNode arch = header.putObject("architecture");
    arch.put("type", "conv");
    BoardShape shape = conv.network().shape();
    arch.put("rows", shape.rows());
    arch.put("columns", shape.columns());
    arch.put("planes", shape.planes());
    arch.put("globals", shape.globals());
    ArrayNode blocks = arch.putArray("action_channels");
    for (int c : shape.actionChannels()) {
      blocks.add(c);
    }
    ArrayNode widths = arch.putArray("channels");
    for (int c : conv.network().channels()) {
      widths.add(c);
    }
    Path params = MlpPolicyFiles.paramsFile(file);
    header.put("parameters", params.getFileName().toString());
    try {
      AtomicFiles.write(params, conv.network().encodeParameters());
      AtomicFiles.write(
          file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(header) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write policy " + file, e);
    }
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
    if (!"conv".equals(arch.path("type").asText())) {
      throw new IllegalArgumentException(
          "policy file " + file + " has architecture " + arch + "; this codec reads conv networks");
    }
    BoardShape shape =
        new BoardShape(
            arch.path("rows").asInt(),
            arch.path("columns").asInt(),
            arch.path("planes").asInt(),
            arch.path("globals").asInt(),
            ints(arch.path("action_channels")));
    BoardShape current = BoardShape.of(game);
    if (!shape.equals(current)) {
      throw new IllegalArgumentException(
          "policy file " + file + " was saved for " + shape + "; " + game + " has " + current);
    }
    int[] channels = ints(arch.path("channels"));
    Path params =
        file.resolveSibling(
            json.path("parameters")
                .asText(MlpPolicyFiles.paramsFile(file).getFileName().toString()));
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(params);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parameter file " + params, e);
    }
    ConvNetwork network = ConvNetwork.decode(shape, channels, bytes, DjlRuntime.device("cpu"));
    return new ConvPolicy(savedGame, saved, network);
  }

  private static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asInt();
    }
    return out;
  }
}
