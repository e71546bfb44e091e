package org.psro4j.exact;

import org.psro4j.policy.TabularPolicy;

/**
 * An exact best response: the deterministic policy of {@code player} (a table over that player's
 * information states only) and the expected return it earns against the fixed co-players.
 *
 * @param player the responding player
 * @param policy one action with probability 1 at each of the player's information states
 * @param value the player's expected return when playing {@code policy}
 */
public record BestResponseResult(int player, TabularPolicy policy, double value) {}
