package org.psro4j.cli.ssa;

import java.util.List;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaStrategy;
import org.psro4j.solvers.MetaSolvers;
import org.psro4j.ssa.evaluation.MatchupTable;

/**
 * The equilibrium of a heuristic matchup table, solved as a two-player meta-game: Nash (zero-sum
 * LP) for the zero-sum flavour; for the general-sum flavour a coarse correlated equilibrium
 * (max-Gini CCE, the JPSRO choice) unless another solver is named.
 *
 * @param game the meta-game solved (heuristic names, means, variances and sample counts)
 * @param strategy the solver's result
 * @param why one line saying which solver ran and why
 * @param value each side's expected return under the equilibrium
 */
record MatchupEquilibrium(EmpiricalGame game, MetaStrategy strategy, String why, double[] value) {

  /** Solves {@code table} with {@code solver}, or by flavour when it is {@code auto}. */
  static MatchupEquilibrium solve(MatchupTable table, boolean zeroSum, String solver) {
    String name = solver;
    String why;
    if ("auto".equals(solver)) {
      name = zeroSum ? "nash" : "cce";
      why =
          zeroSum
              ? "nash: zero-sum flavour, maximin strategies by linear programming"
              : "cce: general-sum flavour, so a max-Gini coarse correlated equilibrium (as in"
                  + " JPSRO) rather than one of possibly many Nash equilibria";
    } else if (!MetaSolvers.names().contains(solver)) {
      throw new IllegalArgumentException(
          "--solver "
              + solver
              + " is not auto or one of "
              + String.join(", ", MetaSolvers.names()));
    } else {
      why = solver + ": chosen with --solver";
    }
    EmpiricalGame game = metaGame(table);
    MetaStrategy strategy = MetaSolvers.create(name).solve(game);
    double[] joint = strategy.jointDistribution();
    double[] value = new double[2];
    for (int flat = 0; flat < joint.length; flat++) {
      for (int p = 0; p < 2; p++) {
        value[p] += joint[flat] * game.payoff(p, flat);
      }
    }
    return new MatchupEquilibrium(game, strategy, why, value);
  }

  /** The table as an empirical game with each entry's mean, variance and episode count. */
  static EmpiricalGame metaGame(MatchupTable table) {
    EmpiricalGame game = new EmpiricalGame(2);
    List<String> names = table.heuristics();
    for (int p = 0; p < 2; p++) {
      for (String name : names) {
        game.addStrategy(p, name);
      }
    }
    int n = names.size();
    double episodes = table.episodes();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double blueSe = table.blueStandardError()[i][j];
        double redSe = table.redStandardError()[i][j];
        game.setSampled(
            new int[] {i, j},
            new double[] {table.blueMean()[i][j], table.redMean()[i][j]},
            new double[] {blueSe * blueSe * episodes, redSe * redSe * episodes},
            table.episodes());
      }
    }
    return game.snapshot();
  }
}
