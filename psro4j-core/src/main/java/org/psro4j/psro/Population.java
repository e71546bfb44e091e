package org.psro4j.psro;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.psro4j.policy.Policy;

/** Each player's growing list of policies and their names; mutable, owned by a driver. */
public final class Population {

  private final List<List<Policy>> policies = new ArrayList<>();
  private final List<List<String>> names = new ArrayList<>();

  /** An empty population for {@code players} players. */
  public Population(int players) {
    for (int p = 0; p < players; p++) {
      policies.add(new ArrayList<>());
      names.add(new ArrayList<>());
    }
  }

  /** Number of players. */
  public int players() {
    return policies.size();
  }

  /** Adds a policy for {@code player}; returns its index. */
  public int add(int player, Policy policy, String name) {
    policies.get(player).add(policy);
    names.get(player).add(name);
    return policies.get(player).size() - 1;
  }

  /** Player {@code player}'s policies (read-only view). */
  public List<Policy> of(int player) {
    return Collections.unmodifiableList(policies.get(player));
  }

  /** Every player's policies (read-only views). */
  public List<List<Policy>> all() {
    List<List<Policy>> out = new ArrayList<>();
    for (int p = 0; p < players(); p++) {
      out.add(of(p));
    }
    return Collections.unmodifiableList(out);
  }

  /** Player {@code player}'s policy names. */
  public List<String> names(int player) {
    return Collections.unmodifiableList(names.get(player));
  }

  /** Every player's population size. */
  public int[] sizes() {
    int[] s = new int[players()];
    for (int p = 0; p < s.length; p++) {
      s[p] = policies.get(p).size();
    }
    return s;
  }

  /** The policies at one index per player. */
  public Policy[] profile(int[] indices) {
    Policy[] out = new Policy[indices.length];
    for (int p = 0; p < indices.length; p++) {
      out[p] = policies.get(p).get(indices[p]);
    }
    return out;
  }
}
