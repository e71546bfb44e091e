package org.psro4j.rl.neupl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.psro4j.io.AtomicFiles;
import org.psro4j.rl.nn.ConditionalMlp;
import org.psro4j.rl.nn.ObservationSpec;

/**
 * How a {@link FrozenPopulation} is stored: its architecture, version and population sizes as a
 * JSON object, its parameters in a sibling binary file (a magic line, then each array as a length
 * and big-endian floats). Never Java serialization.
 */
public final class FrozenPopulationFiles {

  private static final byte[] MAGIC =
      "psro4j-neupl-params-1\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final ObjectMapper JSON = new ObjectMapper();

  private FrozenPopulationFiles() {}

  /** The network's architecture, version and sizes as JSON (without the parameters). */
  public static ObjectNode describe(FrozenPopulation frozen) {
    PopulationNetworkSpec spec = frozen.spec();
    ObjectNode node = JSON.createObjectNode();
    ObjectNode obs = node.putObject("observation");
    obs.put("tensor", spec.observation().tensor());
    obs.put("size", spec.observation().size());
    obs.put("num_actions", spec.observation().numActions());
    ArrayNode hidden = node.putArray("hidden");
    for (int h : spec.hidden()) {
      hidden.add(h);
    }
    node.put("players", spec.players());
    node.put("capacity", spec.capacity());
    node.put("embedding_size", spec.embeddingSize());
    node.put("conditioning", spec.conditioning().name().toLowerCase(Locale.ROOT));
    if (spec.recurrent()) {
      node.put("core", spec.core());
      node.put("core_size", spec.coreSize());
    }
    if (spec.seatInputs() > 0) {
      node.put("seat_inputs", spec.seatInputs());
    }
    node.put("network_version", frozen.version());
    ArrayNode sizes = node.putArray("sizes");
    for (int s : frozen.sizes()) {
      sizes.add(s);
    }
    return node;
  }

  /**
   * The frozen network {@link #describe} and {@link #writeValues} saved; {@code file} for errors.
   */
  public static FrozenPopulation read(Path file, JsonNode node, float[][] values) {
    try {
      JsonNode obs = node.path("observation");
      ObservationSpec observation =
          new ObservationSpec(
              obs.path("tensor").asText(),
              obs.path("size").asInt(),
              obs.path("num_actions").asInt());
      int[] hidden = ints(node.path("hidden"));
      ConditionalMlp.Conditioning conditioning =
          ConditionalMlp.Conditioning.valueOf(
              node.path("conditioning").asText().toUpperCase(Locale.ROOT));
      PopulationNetworkSpec spec =
          new PopulationNetworkSpec(
              observation,
              hidden,
              node.path("players").asInt(),
              node.path("capacity").asInt(),
              node.path("embedding_size").asInt(),
              conditioning,
              node.path("core").asText(PopulationNetworkSpec.NO_CORE),
              node.path("core_size").asInt(0),
              node.path("seat_inputs").asInt(0));
      return new FrozenPopulation(
          spec, node.path("network_version").asInt(-1), ints(node.path("sizes")), values);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("population network in " + file + ": " + e.getMessage());
    }
  }

  private static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asInt();
    }
    return out;
  }

  /** Writes parameter arrays to {@code file} atomically. */
  public static void writeValues(Path file, float[][] values) {
    AtomicFiles.write(file, encode(values));
  }

  /** The binary encoding of parameter arrays. */
  public static byte[] encode(float[][] values) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeInt(values.length);
      for (float[] v : values) {
        out.writeInt(v.length);
        for (float f : v) {
          out.writeFloat(f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Reads parameter arrays written by {@link #writeValues}; a damaged file fails naming it. */
  public static float[][] readValues(Path file) {
    try {
      return decode(Files.readAllBytes(file), file);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read parameter file " + file + ": " + e.getMessage());
    }
  }

  /** Decodes {@link #encode}'s bytes; {@code source} names them in errors. */
  public static float[][] decode(byte[] bytes, Path source) {
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
      byte[] magic = in.readNBytes(MAGIC.length);
      if (!java.util.Arrays.equals(magic, MAGIC)) {
        throw new IllegalArgumentException("parameter file " + source + " is not a NeuPL network");
      }
      int count = in.readInt();
      if (count < 0 || count > 1024) {
        throw new IllegalArgumentException("parameter file " + source + " is damaged");
      }
      float[][] values = new float[count][];
      for (int i = 0; i < count; i++) {
        int n = in.readInt();
        if (n < 0 || n > bytes.length / 4) {
          throw new IllegalArgumentException("parameter file " + source + " is damaged");
        }
        values[i] = new float[n];
        for (int j = 0; j < n; j++) {
          values[i][j] = in.readFloat();
        }
      }
      if (in.read() != -1) {
        throw new IllegalArgumentException("parameter file " + source + " has trailing bytes");
      }
      return values;
    } catch (java.io.EOFException e) {
      throw new IllegalArgumentException("parameter file " + source + " is truncated");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
