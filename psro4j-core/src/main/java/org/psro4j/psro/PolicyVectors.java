package org.psro4j.psro;

import java.util.IdentityHashMap;
import java.util.Map;
import org.psro4j.exact.GameTree;
import org.psro4j.exact.TreeStrategies;
import org.psro4j.policy.Policy;

/**
 * A game's tree with each population policy's strategy-vector slots cached, so that the exact
 * evaluator, oracle and gaps of a run read every policy once instead of once per meta-game entry.
 * Policies are immutable, so they are keyed by identity. Thread-safe.
 */
final class PolicyVectors {

  private final GameTree tree;
  private final Map<Policy, double[]>[] cache;

  private static final Map<GameTree, PolicyVectors> SHARED = new java.util.WeakHashMap<>();

  /**
   * The cache of {@code tree}, shared by the exact evaluator, oracle and gaps of a run so that each
   * policy is read once (trees are compared by identity; GameTree.of caches them per game).
   */
  static PolicyVectors of(GameTree tree) {
    synchronized (SHARED) {
      return SHARED.computeIfAbsent(tree, PolicyVectors::new);
    }
  }

  @SuppressWarnings("unchecked")
  private PolicyVectors(GameTree tree) {
    this.tree = tree;
    this.cache = new Map[tree.numPlayers()];
    for (int p = 0; p < cache.length; p++) {
      cache[p] = new IdentityHashMap<>();
    }
  }

  GameTree tree() {
    return tree;
  }

  /** {@code player}'s slots of {@code policy} (a full-length vector, zero elsewhere). */
  double[] slots(int player, Policy policy) {
    synchronized (cache[player]) {
      double[] v = cache[player].get(policy);
      if (v == null) {
        v = new double[tree.numSlots()];
        TreeStrategies.fill(tree, player, policy, v);
        cache[player].put(policy, v);
      }
      return v;
    }
  }

  /** The strategy vector of a profile; {@code null} entries (the learner) stay zero. */
  double[] strategy(Policy[] profile) {
    double[] s = new double[tree.numSlots()];
    for (int p = 0; p < profile.length; p++) {
      if (profile[p] == null) {
        continue;
      }
      int from = tree.slotOffset(tree.firstInfoState(p));
      int to = tree.slotOffset(tree.firstInfoState(p + 1));
      System.arraycopy(slots(p, profile[p]), from, s, from, to - from);
    }
    return s;
  }
}
