package org.psro4j.game;

import java.util.List;

/**
 * Service-provider interface through which modules outside core (e.g. {@code psro4j-ssa}) register
 * games; listed in {@code META-INF/services/org.psro4j.game.GameProvider}.
 */
public interface GameProvider {

  /** The games this module provides. */
  List<GameSpec> games();
}
