package org.psro4j.state;

import java.util.Objects;
import org.psro4j.policy.Policy;

/**
 * One population slot: its versioned reference, its role and the policy it holds at that version.
 * The slot's name is the meta-game's strategy name (the one place names live).
 *
 * @param ref the versioned reference
 * @param role fixed or active
 * @param policy the policy at {@code ref.version()}
 */
public record PolicySlot(PolicyRef ref, SlotRole role, Policy policy) {

  public PolicySlot {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(policy, "policy");
  }
}
