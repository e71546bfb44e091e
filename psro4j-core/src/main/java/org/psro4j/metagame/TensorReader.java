package org.psro4j.metagame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.function.IntFunction;

/** Nested JSON arrays ↔ flat row-major payoff tables, with errors that name the bad place. */
final class TensorReader {

  private TensorReader() {}

  /** The strategy counts implied by a nested array of the given depth (the first element path). */
  static int[] shapeOf(JsonNode table, int depth, String path) {
    int[] shape = new int[depth];
    JsonNode node = table;
    StringBuilder where = new StringBuilder(path);
    for (int d = 0; d < depth; d++) {
      if (node == null || !node.isArray()) {
        throw new IllegalArgumentException(
            where + " must be an array over player " + d + "'s strategies, got " + describe(node));
      }
      if (node.isEmpty()) {
        throw new IllegalArgumentException(where + " is empty: player " + d + " needs a strategy");
      }
      shape[d] = node.size();
      node = node.get(0);
      where.append("[0]");
    }
    return shape;
  }

  /**
   * Reads a nested table of the given shape into row-major order; {@code null} entries become NaN
   * when {@code allowNull}, otherwise they are errors, as are NaN and infinite numbers.
   */
  static double[] read(JsonNode table, int[] shape, String path, boolean allowNull) {
    int total = 1;
    for (int k : shape) {
      total *= k;
    }
    double[] out = new double[total];
    fill(table, shape, 0, 0, total, path, allowNull, out);
    return out;
  }

  private static void fill(
      JsonNode node,
      int[] shape,
      int depth,
      int offset,
      int span,
      String path,
      boolean allowNull,
      double[] out) {
    if (depth == shape.length) {
      if (node != null && node.isNull() && allowNull) {
        out[offset] = Double.NaN;
        return;
      }
      if (node == null || !node.isNumber()) {
        throw new IllegalArgumentException(path + " must be a number, got " + describe(node));
      }
      double v = node.asDouble();
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(path + " is " + v + "; payoffs must be finite");
      }
      out[offset] = v;
      return;
    }
    if (node == null || !node.isArray()) {
      throw new IllegalArgumentException(
          path
              + " must be an array over player "
              + depth
              + "'s "
              + shape[depth]
              + " strategies, got "
              + describe(node));
    }
    if (node.size() != shape[depth]) {
      throw new IllegalArgumentException(
          path
              + " has "
              + node.size()
              + " entries, expected "
              + shape[depth]
              + " (player "
              + depth
              + " has "
              + shape[depth]
              + " strategies)");
    }
    int child = span / shape[depth];
    for (int i = 0; i < shape[depth]; i++) {
      fill(
          node.get(i),
          shape,
          depth + 1,
          offset + i * child,
          child,
          path + "[" + i + "]",
          allowNull,
          out);
    }
  }

  /** A nested array of the game's shape whose leaves are {@code leaf.apply(flatIndex)}. */
  static JsonNode write(EmpiricalGame game, IntFunction<JsonNode> leaf) {
    return build(game, 0, 0, leaf);
  }

  private static JsonNode build(
      EmpiricalGame game, int player, int offset, IntFunction<JsonNode> leaf) {
    if (player == game.players()) {
      return leaf.apply(offset);
    }
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (int s = 0; s < game.size(player); s++) {
      array.add(build(game, player + 1, offset + s * game.stride(player), leaf));
    }
    return array;
  }

  /** "[i][j]..." for a profile. */
  static String where(int[] profile) {
    StringBuilder b = new StringBuilder();
    for (int s : profile) {
      b.append('[').append(s).append(']');
    }
    return b.toString();
  }

  private static String describe(JsonNode node) {
    if (node == null) {
      return "nothing";
    }
    if (node.isArray()) {
      return "an array of " + node.size();
    }
    return node.isNumber() ? "the number " + node.asText() : node.toString();
  }
}
