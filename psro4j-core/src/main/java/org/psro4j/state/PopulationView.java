package org.psro4j.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.psro4j.policy.Policy;

/**
 * An immutable view of every player's population: one {@link PolicySlot} per strategy, in the
 * meta-game's order. Growing or replacing gives a new view (the old one stays valid), so a driver
 * can hand its state out while it keeps running.
 */
public final class PopulationView {

  private final List<List<PolicySlot>> slots;

  private PopulationView(List<List<PolicySlot>> slots) {
    List<List<PolicySlot>> copy = new ArrayList<>();
    for (List<PolicySlot> s : slots) {
      copy.add(List.copyOf(s));
    }
    this.slots = Collections.unmodifiableList(copy);
  }

  /** Empty populations for {@code players} players. */
  public static PopulationView empty(int players) {
    List<List<PolicySlot>> s = new ArrayList<>();
    for (int p = 0; p < players; p++) {
      s.add(List.of());
    }
    return new PopulationView(s);
  }

  /** A view of the given slots; each slot's reference must name its player and position. */
  public static PopulationView of(List<List<PolicySlot>> slots) {
    for (int p = 0; p < slots.size(); p++) {
      for (int k = 0; k < slots.get(p).size(); k++) {
        PolicyRef ref = slots.get(p).get(k).ref();
        if (ref.player() != p || ref.slot() != k) {
          throw new IllegalArgumentException(
              "slot " + k + " of player " + p + " holds reference " + ref);
        }
      }
    }
    return new PopulationView(slots);
  }

  /** This view with {@code policy} appended to {@code player}'s population at version 0. */
  public PopulationView with(int player, Policy policy, SlotRole role) {
    List<List<PolicySlot>> s = new ArrayList<>(slots);
    List<PolicySlot> grown = new ArrayList<>(slots.get(player));
    grown.add(new PolicySlot(new PolicyRef(player, grown.size(), 0), role, policy));
    s.set(player, grown);
    return new PopulationView(s);
  }

  /**
   * This view with the active slot {@code ref} holding {@code policy} as its next version (or fixed
   * from now on when {@code role} is {@link SlotRole#FIXED}).
   */
  public PopulationView replaced(PolicyRef ref, Policy policy, SlotRole role) {
    PolicySlot old = slot(ref.player(), ref.slot());
    if (!old.ref().equals(ref)) {
      throw new IllegalArgumentException(
          "stale reference " + ref + "; the slot holds " + old.ref());
    }
    if (old.role() != SlotRole.ACTIVE) {
      throw new IllegalArgumentException("slot " + ref + " is fixed; only active slots change");
    }
    List<List<PolicySlot>> s = new ArrayList<>(slots);
    List<PolicySlot> changed = new ArrayList<>(slots.get(ref.player()));
    changed.set(ref.slot(), new PolicySlot(ref.next(), role, policy));
    s.set(ref.player(), changed);
    return new PopulationView(s);
  }

  /** This view with every slot's role set to {@code role} (policies and refs unchanged). */
  public PopulationView withRole(SlotRole role) {
    List<List<PolicySlot>> out = new java.util.ArrayList<>();
    for (int p = 0; p < players(); p++) {
      out.add(slots(p).stream().map(x -> new PolicySlot(x.ref(), role, x.policy())).toList());
    }
    return of(out);
  }

  /** Number of players. */
  public int players() {
    return slots.size();
  }

  /** Player {@code player}'s slots. */
  public List<PolicySlot> slots(int player) {
    return slots.get(player);
  }

  /** One slot. */
  public PolicySlot slot(int player, int slot) {
    return slots.get(player).get(slot);
  }

  /** The policy a reference names; fails when the slot has moved on to another version. */
  public Policy policy(PolicyRef ref) {
    PolicySlot s = slot(ref.player(), ref.slot());
    if (!s.ref().equals(ref)) {
      throw new IllegalArgumentException("stale reference " + ref + "; the slot holds " + s.ref());
    }
    return s.policy();
  }

  /** Player {@code player}'s policies in slot order. */
  public List<Policy> of(int player) {
    return slots.get(player).stream().map(PolicySlot::policy).toList();
  }

  /** Every player's policies in slot order. */
  public List<List<Policy>> all() {
    List<List<Policy>> out = new ArrayList<>();
    for (int p = 0; p < players(); p++) {
      out.add(of(p));
    }
    return Collections.unmodifiableList(out);
  }

  /** Every player's population size. */
  public int[] sizes() {
    int[] s = new int[players()];
    for (int p = 0; p < s.length; p++) {
      s[p] = slots.get(p).size();
    }
    return s;
  }

  /** The policies at one slot per player. */
  public Policy[] profile(int[] indices) {
    Objects.requireNonNull(indices, "indices");
    Policy[] out = new Policy[indices.length];
    for (int p = 0; p < indices.length; p++) {
      out[p] = slots.get(p).get(indices[p]).policy();
    }
    return out;
  }

  /** Whether {@code player}'s population holds {@code policy} (by equality). */
  public boolean contains(int player, Policy policy) {
    for (PolicySlot s : slots.get(player)) {
      if (s.policy().equals(policy)) {
        return true;
      }
    }
    return false;
  }
}
