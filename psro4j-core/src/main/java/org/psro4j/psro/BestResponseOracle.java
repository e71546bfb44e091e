package org.psro4j.psro;

import org.psro4j.game.Game;

/**
 * Computes a (possibly approximate) best response for one player against a distribution of
 * co-players: exact tree walks for small games, reinforcement learning otherwise.
 */
public interface BestResponseOracle {

  /** A short name, e.g. {@code exact} or {@code ppo}. */
  String name();

  /**
   * Throws {@link IllegalArgumentException} with a message saying why, when this oracle cannot
   * handle {@code game} (e.g. too large to walk).
   */
  default void checkSupports(Game game) {}

  /**
   * Every setting of this oracle with its default filled in, for a run's provenance ({@code
   * config.json}); empty when it has none.
   */
  default java.util.Map<String, Object> resolvedOptions() {
    return java.util.Map.of();
  }

  /** Trains or computes the best response. */
  OracleResult bestResponse(BestResponseTask task);
}
