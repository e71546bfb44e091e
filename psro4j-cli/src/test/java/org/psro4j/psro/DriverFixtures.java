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
    return Psro.builder(game)
        .solver(MetaSolvers.create(solver))
        .settings(new DriverSettings(iterations, epsilon, 0, 42L, 1, true))
        .initialPopulation(uniform(game))
        .build();
  }

  static Jpsro jpsro(String gameString, String solver, int iterations, double epsilon, boolean ce) {
    Game game = Games.load(gameString);
    Jpsro driver =
        Jpsro.builder(game)
            .solver(MetaSolvers.create(solver))
            .settings(new DriverSettings(iterations, epsilon, 0, 42L, 1, true))
            .initialPopulation(uniform(game))
            .build();
    // The CE/CCE choice comes from the solver's solution concept now.
    if (driver.gapName().equals("ce_gap") != ce) {
      throw new IllegalArgumentException("solver " + solver + " does not give ce=" + ce);
    }
    return driver;
  }
}
