package org.psro4j.cli.run;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.psro4j.cli.BadInputException;
import org.psro4j.cli.JsonMessages;
import org.psro4j.cli.UserPaths;

/**
 * Reads a settings file for {@code run --config}: the same keys a run's {@code config.json} holds
 * (so a run's own config.json is a valid settings file; its provenance keys are ignored), whole
 * numbers where a count is meant, and every mistake one line naming the file and the key.
 */
final class ConfigFile {

  /** Keys a run writes into config.json that are provenance, not settings. */
  static final List<String> PROVENANCE =
      List.of("version", "psro4j_version", "git_commit", "resolved", "environment");

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ConfigFile() {}

  /** The settings in {@code file}. */
  static RunConfig read(Path file) {
    UserPaths.inputFile("--config", file);
    JsonNode node;
    try {
      node = JSON.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new BadInputException(
          "--config " + file + " is not valid JSON: " + JsonMessages.describe(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse("--config " + file, node);
  }

  /** The settings in {@code node}; {@code where} names the file in messages. */
  static RunConfig parse(String where, JsonNode node) {
    if (!(node instanceof ObjectNode o)) {
      throw new BadInputException(
          where + " must hold a JSON object of settings, not " + describe(node));
    }
    ObjectNode settings = o.deepCopy();
    settings.remove(PROVENANCE);
    PipelineConfig.group(settings, where);
    try {
      return JSON.treeToValue(settings, RunConfig.class);
    } catch (UnrecognizedPropertyException e) {
      throw new BadInputException(
          where
              + ": unknown setting '"
              + e.getPropertyName()
              + "'; known: "
              + Stream.concat(
                      e.getKnownPropertyIds().stream().map(String::valueOf),
                      e.getReferringClass() == RunConfig.class
                          ? PipelineConfig.keys().stream()
                          : Stream.empty())
                  .sorted()
                  .collect(Collectors.joining(", ")));
    } catch (InvalidFormatException e) {
      throw new BadInputException(
          where + ": " + key(e) + " = " + e.getValue() + " is not " + expected(e));
    } catch (MismatchedInputException e) {
      throw new BadInputException(where + ": " + key(e) + " must be " + expected(e));
    } catch (JacksonException e) {
      throw new BadInputException(where + ": " + JsonMessages.describe(e));
    }
  }

  private static String key(MismatchedInputException e) {
    String path =
        e.getPath().stream()
            .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("."));
    return path.isEmpty() ? "the value" : "'" + path + "'";
  }

  private static String expected(MismatchedInputException e) {
    Class<?> type = e.getTargetType();
    if (type == null) {
      return "of the right type";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (java.util.Map.class.isAssignableFrom(type)) {
      return "an object of key/value strings";
    }
    return "of the right type";
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing (the file is empty)";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isArray()) {
      return "an array";
    }
    return "the value " + node;
  }
}
