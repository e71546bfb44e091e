package org.psro4j.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.psro4j.io.AtomicFiles;

/**
 * Writes and reads a {@link SessionState} as a directory: one {@code NAME.params} file per array,
 * then {@code session.json} ({@code kind}, {@code version}, {@code fields}, and the array file
 * names), each written atomically; the JSON goes last, so a directory whose JSON names its files is
 * complete.
 */
public final class SessionStateFiles {

  /** The JSON file in a session-state directory. */
  public static final String JSON_FILE = "session.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private SessionStateFiles() {}

  /** Writes {@code state} into {@code directory} (created if needed). */
  public static void write(Path directory, SessionState state) {
    ObjectNode root = JSON.createObjectNode();
    root.put("kind", state.kind());
    root.put("version", state.version());
    root.set("fields", state.fields());
    ObjectNode files = root.putObject("arrays");
    for (Map.Entry<String, byte[]> e : state.arrays().entrySet()) {
      String file = e.getKey() + ".params";
      AtomicFiles.write(directory.resolve(file), e.getValue());
      files.put(e.getKey(), file);
    }
    try {
      AtomicFiles.write(
          directory.resolve(JSON_FILE),
          JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write session state to " + directory, e);
    }
  }

  /** Reads the state {@link #write} wrote into {@code directory}. */
  public static SessionState read(Path directory) {
    Path json = directory.resolve(JSON_FILE);
    JsonNode root;
    try {
      root = JSON.readTree(json.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read session state " + json, e);
    }
    if (!root.path("kind").isTextual() || !root.path("fields").isObject()) {
      throw new IllegalArgumentException(json + " is not a session state (no kind or fields)");
    }
    Map<String, byte[]> arrays = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.path("arrays").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      Path file = directory.resolve(e.getValue().asText());
      try {
        arrays.put(e.getKey(), Files.readAllBytes(file));
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot read session array " + file, ex);
      }
    }
    return new SessionState(
        root.path("kind").asText(),
        root.path("version").asInt(-1),
        (ObjectNode) root.path("fields"),
        arrays);
  }
}
