package org.psro4j.solvers;

import org.psro4j.metagame.MetaSolver;

class AlphaRankContractTest extends MetaSolverContractTest {

  @Override
  MetaSolver createSolver() {
    // The ε-limit is scale-free; finite α is in payoff units (see AlphaRankTest for it).
    return new AlphaRank(Double.POSITIVE_INFINITY, 50, 0.01, AlphaRank.Population.AUTO);
  }
}
