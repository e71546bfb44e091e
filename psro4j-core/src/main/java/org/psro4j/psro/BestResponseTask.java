package org.psro4j.psro;

import java.util.Objects;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;

/**
 * One request to a {@link BestResponseOracle}.
 *
 * @param game the game
 * @param player the learning player
 * @param opponents the distribution of co-players to respond to
 * @param seed the seed of this request (split from the run's root seed)
 * @param warmStart a policy to start from (e.g. the previous best response), or {@code null}
 * @param label a name for the new policy, e.g. {@code p0_it7}
 */
public record BestResponseTask(
    Game game, int player, Opponents opponents, long seed, Policy warmStart, String label) {

  public BestResponseTask {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(opponents, "opponents");
    if (player < 0 || player >= game.numPlayers()) {
      throw new IllegalArgumentException("player " + player + " is not a player of " + game);
    }
  }
}
