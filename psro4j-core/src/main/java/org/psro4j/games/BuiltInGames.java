package org.psro4j.games;

import java.util.List;
import org.psro4j.game.GameSpec;
import org.psro4j.games.kuhn.KuhnPoker;

/** The games registered in core; one line per game. */
public final class BuiltInGames {

  /** Every game core provides. */
  public static final List<GameSpec> SPECS = List.of(KuhnPoker.SPEC);

  private BuiltInGames() {}
}
