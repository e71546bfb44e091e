package org.psro4j.rl.algo;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A settings record as a name → value map (numbers, booleans and strings as they are, nested
 * records as maps, anything else by its string form), for a run's provenance in {@code
 * config.json}: every setting with its default filled in.
 */
final class RecordMaps {

  private RecordMaps() {}

  static Map<String, Object> of(Record settings) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (RecordComponent c : settings.getClass().getRecordComponents()) {
      Object v;
      try {
        v = c.getAccessor().invoke(settings);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read setting " + c.getName(), e);
      }
      out.put(snake(c.getName()), simple(v));
    }
    return out;
  }

  private static Object simple(Object v) {
    if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String) {
      return v;
    }
    if (v instanceof Record r) {
      return of(r);
    }
    if (v instanceof int[] a) {
      return java.util.Arrays.stream(a).boxed().toList();
    }
    return v.toString();
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
