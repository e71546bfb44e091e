package org.psro4j.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.psro4j.game.Game;

/** Saves and loads any policy whose kind has a {@link PolicyCodec}. */
public final class PolicyFiles {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<PolicyCodec> CODECS = new ArrayList<>();

  static {
    CODECS.add(new TabularPolicyCodec());
    ServiceLoader.load(PolicyCodec.class).forEach(CODECS::add);
  }

  private PolicyFiles() {}

  /** Writes {@code policy} to {@code file}; fails if no codec handles its type. */
  public static void write(Policy policy, Game game, Path file) {
    for (PolicyCodec codec : CODECS) {
      if (codec.handles(policy)) {
        codec.write(policy, game, file);
        return;
      }
    }
    throw new IllegalArgumentException(
        "cannot save a policy of type " + policy.getClass().getSimpleName() + " (no codec)");
  }

  /**
   * Writes {@code policy} to {@code file} and records in it how the policy was made ({@code
   * "provenance"}: e.g. the run iteration, the oracle, the slot), which readers ignore.
   */
  public static void write(Policy policy, Game game, Path file, JsonNode provenance) {
    write(policy, game, file);
    try {
      JsonNode root = JSON.readTree(file.toFile());
      if (root instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
        o.set("provenance", provenance);
        org.psro4j.io.AtomicFiles.write(
            file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add provenance to " + file, e);
    }
  }

  /**
   * Writes {@code file} as another name for the policy already saved in {@code saved} (a file of
   * the same directory): the same header, naming the same sibling files, with {@code provenance};
   * nothing else is written, so a policy held by several slots is saved once.
   */
  public static void alias(Path saved, Path file, JsonNode provenance) {
    if (!java.util.Objects.equals(
        saved.toAbsolutePath().getParent(), file.toAbsolutePath().getParent())) {
      throw new IllegalArgumentException(
          file + " can stand for " + saved + " only in its directory");
    }
    try {
      JsonNode root = JSON.readTree(saved.toFile());
      if (!(root instanceof com.fasterxml.jackson.databind.node.ObjectNode o)) {
        throw new IllegalArgumentException("policy file " + saved + " is not a JSON object");
      }
      o.set("provenance", provenance);
      org.psro4j.io.AtomicFiles.write(
          file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read policy file " + saved, e);
    }
  }

  /** Reads the policy in {@code file} for {@code game}; the message names the file if bad. */
  public static Policy read(Game game, Path file) {
    JsonNode json;
    try {
      json = JSON.readTree(file.toFile());
    } catch (java.io.FileNotFoundException e) {
      throw new UncheckedIOException(new NoSuchFileException(file.toString()));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "policy file " + file + " is not valid JSON: " + firstLine(e));
    }
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException("policy file " + file + " does not hold a JSON object");
    }
    if (OpenSpielPolicyFormat.matches(json)) {
      return OpenSpielPolicyFormat.read(game, file, json);
    }
    String kind = json.path("kind").asText("tabular");
    for (PolicyCodec codec : CODECS) {
      if (codec.kind().equals(kind)) {
        return codec.read(game, file, json);
      }
    }
    throw new IllegalArgumentException("policy file " + file + " has unknown kind '" + kind + "'");
  }

  /** Whether {@code file} exists. */
  public static boolean exists(Path file) {
    return Files.isRegularFile(file);
  }

  private static String firstLine(IOException e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
