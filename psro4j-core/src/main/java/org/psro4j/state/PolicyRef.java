package org.psro4j.state;

/**
 * A versioned reference to a population policy: player {@code player}'s slot {@code slot} (its
 * index in that player's population and meta-game strategies) at version {@code version}. A fixed
 * slot keeps version 0; an active slot's version grows each time its policy is replaced.
 *
 * @param player the player
 * @param slot the slot index in the player's population
 * @param version the policy version held in the slot
 */
public record PolicyRef(int player, int slot, int version) {

  public PolicyRef {
    if (player < 0 || slot < 0 || version < 0) {
      throw new IllegalArgumentException(
          "policy reference (player "
              + player
              + ", slot "
              + slot
              + ", version "
              + version
              + ") must be non-negative");
    }
  }

  /** The reference to the next version of this slot. */
  public PolicyRef next() {
    return new PolicyRef(player, slot, version + 1);
  }

  @Override
  public String toString() {
    return "p" + player + "/" + slot + "@v" + version;
  }
}
