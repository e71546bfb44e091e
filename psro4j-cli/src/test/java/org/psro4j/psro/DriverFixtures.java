package org.psro4j.psro;

import org.psro4j.game.Game;
import org.psro4j.game.Games;
import org.psro4j.policy.TabularPolicy;
import org.psro4j.solvers.MetaSolvers;

/**
 * Builds drivers for tests. The driver tests live in the CLI module because they need real
 * meta-solvers, which sit in psro4j-solvers, above core.
 */
final class DriverFixtures {

  private DriverFixtures() {}

  static Population uniform(Game game) {
    Population pop = new Population(game.numPlayers());
    TabularPolicy u = TabularPolicy.uniform(game);
    for (int p = 0; p < game.numPlayers(); p++) {
      pop.add(p, u, "p" + p + "_uniform");
    }
    return pop;
  }

  static Psro psro(String gameString, String solver, int iterations, double epsilon) {
    Game game = Games.load(gameString);
    return new Psro(
        game,
        MetaSolvers.create(solver),
        new ExactBestResponse(),
        new ExactEvaluator(game),
        new DriverSettings(iterations, epsilon, 0, 42L, 1, true),
        uniform(game),
        null,
        TrainingTarget.PROBABILISTIC,
        3);
  }

  static Jpsro jpsro(String gameString, String solver, int iterations, double epsilon, boolean ce) {
    Game game = Games.load(gameString);
    return new Jpsro(
        game,
        MetaSolvers.create(solver),
        new ExactBestResponse(),
        new ExactEvaluator(game),
        new DriverSettings(iterations, epsilon, 0, 42L, 1, true),
        uniform(game),
        null,
        ce);
  }
}
