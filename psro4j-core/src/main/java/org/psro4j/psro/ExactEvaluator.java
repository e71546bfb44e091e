package org.psro4j.psro;

import org.psro4j.exact.ExpectedReturns;
import org.psro4j.exact.GameTree;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;

/**
 * Exact meta-game entries: the expected returns of a profile by one pass over the game tree,
 * summing over every chance outcome. Policies' strategy vectors are cached per run.
 */
public final class ExactEvaluator implements PayoffEvaluator {

  private final PolicyVectors vectors;

  /** An exact evaluator for {@code game}; fails with a clear message if it cannot be walked. */
  public ExactEvaluator(Game game) {
    GameTree tree = ExactBestResponse.requireWalkable(game, "exact evaluation (--episodes 0)");
    this.vectors = PolicyVectors.of(tree);
  }

  @Override
  public String name() {
    return "exact";
  }

  @Override
  public Evaluation evaluate(Game game, Policy[] profile, long seed) {
    double[] mean = ExpectedReturns.of(vectors.tree(), vectors.strategy(profile));
    return new Evaluation(mean, new double[mean.length], 0);
  }
}
