package org.psro4j.psro;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The oracle registry: {@code exact} and {@code random_search} (a baseline for continuous games)
 * from core, plus every {@link OracleProvider} found.
 */
public final class Oracles {

  private Oracles() {}

  /** Every available oracle name. */
  public static List<String> names() {
    List<String> out = new ArrayList<>(List.of("exact", "random_search"));
    for (OracleProvider p : ServiceLoader.load(OracleProvider.class)) {
      out.addAll(p.names());
    }
    return out;
  }

  /** Creates oracle {@code name}; unknown names fail with a message listing the known ones. */
  public static BestResponseOracle create(String name, Map<String, String> options) {
    if ("exact".equals(name)) {
      if (!options.isEmpty()) {
        throw new IllegalArgumentException(
            "the exact oracle takes no options, got " + options.keySet());
      }
      return new ExactBestResponse();
    }
    if ("random_search".equals(name)) {
      return RandomSearchBestResponse.fromOptions(options);
    }
    for (OracleProvider p : ServiceLoader.load(OracleProvider.class)) {
      if (p.names().contains(name)) {
        return p.create(name, options);
      }
    }
    throw new IllegalArgumentException(
        "unknown oracle '" + name + "'; known: " + String.join(", ", names()));
  }
}
