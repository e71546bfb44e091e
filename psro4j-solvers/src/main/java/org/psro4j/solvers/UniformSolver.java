package org.psro4j.solvers;

import java.util.Arrays;
import org.psro4j.metagame.EmpiricalGame;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.metagame.MetaStrategy;

/**
 * The uniform meta-solver: every player mixes its population uniformly (fictitious play's target,
 * the "uniform" of OpenSpiel's PSRO). O(Σ k_p) plus the NashConv evaluation.
 */
public final class UniformSolver implements MetaSolver {

  @Override
  public String name() {
    return "uniform";
  }

  @Override
  public MetaStrategy solve(EmpiricalGame game) {
    EmpiricalGame snapshot = GameChecks.complete(game);
    double[][] marginals = new double[snapshot.players()][];
    for (int p = 0; p < marginals.length; p++) {
      marginals[p] = new double[snapshot.size(p)];
      Arrays.fill(marginals[p], 1.0 / snapshot.size(p));
    }
    return MetaStrategy.ofMarginals(name(), snapshot, marginals);
  }
}
