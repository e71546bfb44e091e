package org.psro4j.game;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.psro4j.games.BuiltInGames;

/**
 * The game registry: {@code Games.load("kuhn_poker(players=3)")} builds a game from its string;
 * unknown names or parameters fail with a message listing what exists.
 */
public final class Games {

  private static final Map<String, GameSpec> REGISTRY = new TreeMap<>();

  static {
    BuiltInGames.SPECS.forEach(Games::register);
    for (GameProvider provider : ServiceLoader.load(GameProvider.class)) {
      provider.games().forEach(Games::register);
    }
  }

  private Games() {}

  /** Adds a game to the registry; a name may be registered once. */
  public static synchronized void register(GameSpec spec) {
    if (REGISTRY.putIfAbsent(spec.name(), spec) != null) {
      throw new IllegalStateException("game " + spec.name() + " is registered twice");
    }
  }

  /** Every registered game, by name. */
  public static synchronized List<GameSpec> registered() {
    return List.copyOf(REGISTRY.values());
  }

  /** The spec of {@code name}, or an exception listing the registered names. */
  public static synchronized GameSpec spec(String name) {
    GameSpec spec = REGISTRY.get(name);
    if (spec == null) {
      throw new IllegalArgumentException(
          "unknown game '" + name + "'; registered games: " + String.join(", ", REGISTRY.keySet()));
    }
    return spec;
  }

  /** Resolves a game string's parameters against the spec: types checked, defaults filled in. */
  public static GameParameters resolve(String gameString) {
    GameParameters raw = GameParameters.parse(gameString);
    GameSpec spec = spec(raw.gameName());
    Map<String, ParameterSpec> known = new LinkedHashMap<>();
    spec.parameters().forEach(p -> known.put(p.name(), p));
    List<String> unknown = new ArrayList<>(raw.values().keySet());
    unknown.removeAll(known.keySet());
    if (!unknown.isEmpty()) {
      String accepted =
          known.isEmpty()
              ? "it takes no parameters"
              : "it takes "
                  + known.values().stream()
                      .map(
                          p ->
                              p.name()
                                  + " ("
                                  + p.typeName()
                                  + ", default "
                                  + p.defaultValue()
                                  + ")")
                      .collect(Collectors.joining(", "));
      throw new IllegalArgumentException(
          "game " + spec.name() + " has no parameter '" + unknown.getFirst() + "'; " + accepted);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (ParameterSpec p : spec.parameters()) {
      Object given = raw.values().get(p.name());
      values.put(p.name(), given == null ? p.defaultValue() : p.parse(spec.name(), (String) given));
    }
    return new GameParameters(spec.name(), values);
  }

  /** Builds the game named by {@code gameString}, e.g. {@code leduc_poker(players=3)}. */
  public static Game load(String gameString) {
    GameParameters params = resolve(gameString);
    return spec(params.gameName()).factory().apply(params);
  }
}
