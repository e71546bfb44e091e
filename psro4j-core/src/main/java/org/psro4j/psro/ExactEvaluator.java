package org.psro4j.psro;

import java.util.IdentityHashMap;
import java.util.Map;
import org.psro4j.exact.GameTree;
import org.psro4j.exact.ProfileEvaluator;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;

/**
 * Exact meta-game entries: the expected returns of a profile, summing over every chance outcome.
 * Each population policy is read once into a {@link ProfileEvaluator} (its own reach at every
 * terminal), after which an entry costs O(players × terminals) with no tree pass. Evaluations are
 * serialised: adding a policy is not thread-safe, and an entry costs microseconds.
 */
public final class ExactEvaluator implements PayoffEvaluator {

  private final ProfileEvaluator profiles;
  private final Map<Policy, Integer>[] indices;

  /** An exact evaluator for {@code game}; fails with a clear message if it cannot be walked. */
  @SuppressWarnings("unchecked")
  public ExactEvaluator(Game game) {
    GameTree tree = ExactBestResponse.requireWalkable(game, "exact evaluation (--episodes 0)");
    this.profiles = new ProfileEvaluator(tree);
    this.indices = new Map[tree.numPlayers()];
    for (int p = 0; p < indices.length; p++) {
      indices[p] = new IdentityHashMap<>();
    }
  }

  @Override
  public String name() {
    return "exact";
  }

  @Override
  public synchronized Evaluation evaluate(Game game, Policy[] profile, long seed) {
    int[] at = new int[profile.length];
    for (int p = 0; p < profile.length; p++) {
      Policy policy = profile[p];
      int player = p;
      at[p] = indices[p].computeIfAbsent(policy, k -> profiles.add(player, k));
    }
    double[] mean = profiles.returns(at);
    return new Evaluation(mean, new double[mean.length], 0);
  }
}
