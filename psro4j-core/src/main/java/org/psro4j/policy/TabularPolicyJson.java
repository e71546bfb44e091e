package org.psro4j.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.psro4j.game.Game;
import org.psro4j.game.Games;

/**
 * The JSON form of a {@link TabularPolicy}:
 *
 * <pre>{@code
 * {"version": 1, "game": "kuhn_poker(players=2)",
 *  "info_states": {"0": {"legal_actions": [0, 1], "probabilities": [0.5, 0.5]}, ...}}
 * }</pre>
 */
final class TabularPolicyJson {

  // NaN is parsed (not rejected by the parser) so the error can name the information state.
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private TabularPolicyJson() {}

  static TabularPolicy read(Path file, Game expected) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return parse(text, file.toString(), expected);
  }

  static TabularPolicy parse(String json, String source, Game expected) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new IllegalArgumentException(
          source + ": not valid JSON" + where + ": " + firstLine(e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + ": expected a JSON object");
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isIntegralNumber()) {
      throw new IllegalArgumentException(source + ": missing integer field 'version'");
    }
    if (version.asInt() != TabularPolicy.FORMAT_VERSION) {
      throw new IllegalArgumentException(
          source
              + ": unsupported version "
              + version
              + " (this psro4j reads version "
              + TabularPolicy.FORMAT_VERSION
              + ")");
    }
    JsonNode gameNode = root.get("game");
    if (gameNode == null || !gameNode.isTextual()) {
      throw new IllegalArgumentException(source + ": missing string field 'game'");
    }
    String game = gameNode.asText();
    if (expected != null && !canonical(game).equals(expected.toString())) {
      throw new IllegalArgumentException(
          source + ": policy is for game '" + game + "', not '" + expected + "'");
    }
    JsonNode infoStates = root.get("info_states");
    if (infoStates == null || !infoStates.isObject()) {
      throw new IllegalArgumentException(source + ": missing object field 'info_states'");
    }
    TabularPolicy.Builder builder = TabularPolicy.builder(game);
    for (Iterator<Map.Entry<String, JsonNode>> it = infoStates.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode entry = e.getValue();
      try {
        builder.put(key, actions(key, entry), probabilities(key, entry));
      } catch (IllegalArgumentException bad) {
        throw new IllegalArgumentException(source + ": " + bad.getMessage());
      }
    }
    return builder.build();
  }

  private static int[] actions(String key, JsonNode entry) {
    JsonNode node = entry.get("legal_actions");
    if (node == null || !node.isArray()) {
      throw new IllegalArgumentException(
          "information state " + TabularPolicy.quote(key) + " has no array 'legal_actions'");
    }
    int[] out = new int[node.size()];
    for (int i = 0; i < out.length; i++) {
      JsonNode a = node.get(i);
      if (!a.isIntegralNumber() || !a.canConvertToInt()) {
        throw new IllegalArgumentException(
            "information state "
                + TabularPolicy.quote(key)
                + ": legal action "
                + a
                + " is not an integer");
      }
      out[i] = a.intValue();
    }
    return out;
  }

  private static double[] probabilities(String key, JsonNode entry) {
    JsonNode node = entry.get("probabilities");
    if (node == null || !node.isArray()) {
      throw new IllegalArgumentException(
          "information state " + TabularPolicy.quote(key) + " has no array 'probabilities'");
    }
    double[] out = new double[node.size()];
    for (int i = 0; i < out.length; i++) {
      JsonNode p = node.get(i);
      if (!p.isNumber()) {
        throw new IllegalArgumentException(
            "information state "
                + TabularPolicy.quote(key)
                + ": probability "
                + p
                + " is not a number");
      }
      out[i] = p.doubleValue();
    }
    return out;
  }

  private static String canonical(String game) {
    try {
      return Games.resolve(game).toString();
    } catch (IllegalArgumentException unknown) {
      return game;
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  static String toJson(TabularPolicy policy) {
    StringWriter out = new StringWriter();
    try {
      writeTo(policy, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static void write(TabularPolicy policy, Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path temp = org.psro4j.io.AtomicFiles.newTempSibling(target);
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        writeTo(policy, out);
      }
      org.psro4j.io.AtomicFiles.moveOver(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void writeTo(TabularPolicy policy, Writer out) throws IOException {
    // One line per information state: arrays stay inline, objects are indented.
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);
    printer.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(printer);
      g.writeStartObject();
      g.writeNumberField("version", TabularPolicy.FORMAT_VERSION);
      g.writeStringField("game", policy.game());
      g.writeObjectFieldStart("info_states");
      for (String key : policy.infoStates()) {
        g.writeObjectFieldStart(key);
        g.writeArrayFieldStart("legal_actions");
        for (int a : policy.legalActions(key)) {
          g.writeNumber(a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("probabilities");
        for (double p : policy.probabilities(key)) {
          g.writeNumber(p);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }
}
