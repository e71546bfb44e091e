package org.psro4j.psro;

import org.psro4j.exact.GameTree;
import org.psro4j.game.Game;
import org.psro4j.policy.Policy;

/**
 * Exact meta-game entries: the expected returns of a profile, summing over every chance outcome.
 * Each population policy is read once into the run's shared {@link PolicyVectors} (its own reach at
 * every terminal), after which an entry costs O(players × terminals) with no tree pass.
 */
public final class ExactEvaluator implements PayoffEvaluator {

  private final Game game;
  private final PolicyVectors vectors;

  /** An exact evaluator for {@code game}; fails with a clear message if it cannot be walked. */
  public ExactEvaluator(Game game) {
    GameTree tree = ExactBestResponse.requireWalkable(game, "exact evaluation (--episodes 0)");
    this.game = game;
    this.vectors = PolicyVectors.of(tree);
  }

  @Override
  public String name() {
    return "exact";
  }

  /**
   * The exact returns of {@code profile}; {@code game} must be the game this evaluator was built
   * for (compared by its canonical string), else the message names both.
   */
  @Override
  public Evaluation evaluate(Game game, Policy[] profile, long seed) {
    if (game != this.game && !game.toString().equals(this.game.toString())) {
      throw new IllegalArgumentException(
          "this exact evaluator was built for " + this.game + ", not " + game);
    }
    if (profile.length != game.numPlayers()) {
      throw new IllegalArgumentException(
          "a profile of "
              + game
              + " has "
              + game.numPlayers()
              + " policies, not "
              + profile.length);
    }
    double[] mean = vectors.returns(profile);
    return new Evaluation(mean, new double[mean.length], 0);
  }
}
