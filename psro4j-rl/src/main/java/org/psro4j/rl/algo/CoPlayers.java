package org.psro4j.rl.algo;

import org.psro4j.policy.Policy;

/**
 * A co-player profile as a map key: profiles are equal when every seat holds the same policy object
 * (policies such as {@code TabularPolicy} define value equality, but a population may hold two
 * equal policies as different members).
 */
record CoPlayers(Policy[] policies) {

  /** Whether {@code a} and {@code b} hold the same objects in every seat but {@code skip}. */
  static boolean same(Policy[] a, Policy[] b, int skip) {
    if (a.length != b.length) {
      return false;
    }
    for (int q = 0; q < a.length; q++) {
      if (q != skip && a[q] != b[q]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CoPlayers c && same(policies, c.policies, -1);
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (Policy p : policies) {
      h = 31 * h + System.identityHashCode(p);
    }
    return h;
  }

  @Override
  public String toString() {
    return "CoPlayers" + java.util.Arrays.toString(policies);
  }
}
