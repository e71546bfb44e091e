package org.psro4j.psro;

import java.lang.ref.WeakReference;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.psro4j.exact.GameTree;
import org.psro4j.exact.ProfileEvaluator;
import org.psro4j.exact.TreeStrategies;
import org.psro4j.policy.Policy;

/**
 * A game's tree with each population policy read once: its strategy-vector slots and its own reach
 * at every terminal, so that the exact evaluator, oracle and gaps of a run share one cache instead
 * of reading every policy once per meta-game entry. Policies are immutable, so they are keyed by
 * identity. Thread-safe.
 *
 * <p>Lifetime: the run's exact evaluator, gaps and oracle hold their instance; the registry that
 * lets them find each other holds it only weakly, so when the run is gone the cache (and the
 * policies it keys, neural ones with their native memory) can be freed.
 */
final class PolicyVectors {

  private static final Map<GameTree, WeakReference<PolicyVectors>> SHARED = new WeakHashMap<>();

  private final GameTree tree;
  private final ProfileEvaluator evaluator;
  private final Map<Policy, double[]>[] slots;
  private final Map<Policy, double[]>[] reaches;

  /**
   * The cache of {@code tree} that the exact evaluator, oracle and gaps of a run share while any of
   * them holds it (trees are compared by identity; GameTree.of caches them per game).
   */
  static PolicyVectors of(GameTree tree) {
    synchronized (SHARED) {
      WeakReference<PolicyVectors> ref = SHARED.get(tree);
      PolicyVectors v = ref == null ? null : ref.get();
      if (v == null) {
        v = new PolicyVectors(tree);
        SHARED.put(tree, new WeakReference<>(v));
      }
      return v;
    }
  }

  @SuppressWarnings("unchecked")
  private PolicyVectors(GameTree tree) {
    this.tree = tree;
    this.evaluator = new ProfileEvaluator(tree);
    this.slots = new Map[tree.numPlayers()];
    this.reaches = new Map[tree.numPlayers()];
    for (int p = 0; p < slots.length; p++) {
      slots[p] = new IdentityHashMap<>();
      reaches[p] = new IdentityHashMap<>();
    }
  }

  GameTree tree() {
    return tree;
  }

  /** {@code player}'s slots of {@code policy} (a full-length vector, zero elsewhere). */
  double[] slots(int player, Policy policy) {
    synchronized (slots[player]) {
      double[] v = slots[player].get(policy);
      if (v == null) {
        v = new double[tree.numSlots()];
        TreeStrategies.fill(tree, player, policy, v);
        slots[player].put(policy, v);
      }
      return v;
    }
  }

  /** {@code player}'s own reach at every terminal under {@code policy}. */
  double[] terminalReach(int player, Policy policy) {
    double[] strategy = slots(player, policy);
    synchronized (reaches[player]) {
      return reaches[player].computeIfAbsent(
          policy, k -> evaluator.terminalReach(player, strategy));
    }
  }

  /** Every player's exact expected return under a full profile, from the cached reaches. */
  double[] returns(Policy[] profile) {
    double[][] members = new double[profile.length][];
    for (int p = 0; p < profile.length; p++) {
      members[p] = terminalReach(p, profile[p]);
    }
    return evaluator.returnsOf(members);
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
