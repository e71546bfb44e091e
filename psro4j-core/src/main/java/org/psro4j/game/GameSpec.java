package org.psro4j.game;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A registered game: name, one-line description, parameters with defaults and the factory that
 * builds it from resolved parameters. Registration is one line: {@code
 * Games.register(KuhnPoker.SPEC)} or a {@link GameProvider}.
 *
 * @param name the registry name
 * @param description one line for {@code psro4j games}
 * @param parameters the accepted parameters, in canonical order
 * @param factory builds the game; throws {@link IllegalArgumentException} on a bad value
 */
public record GameSpec(
    String name,
    String description,
    List<ParameterSpec> parameters,
    Function<GameParameters, Game> factory) {

  public GameSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(factory, "factory");
  }
}
