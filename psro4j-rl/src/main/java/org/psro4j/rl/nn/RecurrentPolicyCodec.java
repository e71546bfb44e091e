package org.psro4j.rl.nn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Saves a {@link RecurrentPolicy} as a JSON header ({@code kind=neural_recurrent}, format version,
 * game, observation spec, core type and sizes, parameter file name) plus a sibling DJL parameter
 * file ({@code NAME.params}, DJL's {@code NDList} encoding). Loading checks the game, the
 * observation spec and the architecture against the header and fails naming the mismatch.
 */
public final class RecurrentPolicyCodec implements PolicyCodec {

  /** The {@code kind} this codec writes. */
  public static final String KIND = "neural_recurrent";

  /** The header format version. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public boolean handles(Policy policy) {
    return policy instanceof RecurrentPolicy;
  }

  @Override
  public void write(Policy policy, Game game, Path file) {
    RecurrentPolicy r = (RecurrentPolicy) policy;
    ObjectNode header = MlpPolicyFiles.header(KIND, FORMAT_VERSION, r.game(), game);
    ObjectNode obs = header.putObject("observation");
    obs.put("tensor", r.spec().tensor());
    obs.put("size", r.spec().size());
    obs.put("num_actions", r.spec().numActions());
    ObjectNode arch = header.putObject("architecture");
    arch.put("type", r.core().type());
    arch.put("input_size", r.core().inputSize());
    arch.put("hidden_size", r.core().hiddenSize());
    arch.put("output_size", r.core().outputSize());
    header.put("head", "softmax");
    Path params = MlpPolicyFiles.paramsFile(file);
    header.put("parameters", params.getFileName().toString());
    try {
      AtomicFiles.write(params, StateArrays.encode(r.core().parameters()));
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
    MlpPolicyFiles.checkObservation(file, saved, ObservationSpec.forRecurrent(game), game);
    JsonNode arch = json.path("architecture");
    int hidden = arch.path("hidden_size").asInt();
    if (arch.path("input_size").asInt() != saved.size()
        || arch.path("output_size").asInt() != saved.numActions()
        || hidden < 1) {
      throw new IllegalArgumentException(
          "policy file " + file + " has architecture " + arch + " that does not fit " + saved);
    }
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
    RecurrentCore core =
        RecurrentCore.create(
            arch.path("type").asText(),
            saved.size(),
            hidden,
            saved.numActions(),
            0L,
            DjlRuntime.device("cpu"));
    try {
      StateArrays.decodeInto(bytes, core.parameters(), "parameter file " + params);
    } catch (RuntimeException e) {
      core.close();
      throw e;
    }
    return new RecurrentPolicy(savedGame, saved, core);
  }
}
