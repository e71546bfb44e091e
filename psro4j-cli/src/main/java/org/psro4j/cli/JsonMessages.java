package org.psro4j.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Jackson's error messages for users: no Java type names ({@code java.lang.Integer},
 * {@code RunConfig}), no parser feature names, the line and column where the error is.
 */
public final class JsonMessages {

  private static final Pattern TYPE = Pattern.compile("`([\\w.$]+)(?:<[^`]*>)?(?:\\[\\])?`");
  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
  private static final Pattern ADVICE =
      Pattern.compile("\\s*(\\(|;\\s*)?(enable|disable|to allow)[^)]*(Feature|feature)[^)]*\\)?");

  private JsonMessages() {}

  /** One line describing {@code e}, with its position when known. */
  public static String describe(JacksonException e) {
    String m = e.getOriginalMessage();
    String first = m == null ? "malformed JSON" : m.lines().findFirst().orElse("malformed JSON");
    first = clean(first);
    JsonLocation loc = e.getLocation();
    if (loc != null && loc.getLineNr() > 0) {
      first += " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }
    return first;
  }

  /** {@code message} with Java type names replaced by what a user calls them. */
  public static String clean(String message) {
    String located = SOURCE.matcher(message).replaceAll("line $1, column $2");
    located = located.replaceAll("\\s*\\[Source:[^\\]]*\\]", "");
    Matcher t = TYPE.matcher(located);
    StringBuilder out = new StringBuilder();
    while (t.find()) {
      t.appendReplacement(out, Matcher.quoteReplacement(friendly(t.group(1))));
    }
    t.appendTail(out);
    String s = ADVICE.matcher(out.toString()).replaceAll("");
    return s.replaceAll("\\b(java\\.lang\\.|java\\.util\\.|org\\.psro4j\\.[\\w.]+\\.)", "").strip();
  }

  private static String friendly(String type) {
    String simple = type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
    return switch (simple) {
      case "Integer", "int", "Long", "long" -> "an integer";
      case "Double", "double", "Float", "float" -> "a number";
      case "Boolean", "boolean" -> "true or false";
      case "String" -> "a string";
      case "Map", "LinkedHashMap", "TreeMap", "HashMap", "ObjectNode" -> "an object";
      case "List", "ArrayList", "ArrayNode" -> "an array";
      default -> "a settings object";
    };
  }
}
