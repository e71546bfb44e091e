package org.psro4j.solvers;

import org.psro4j.metagame.MetaSolver;

class PrdContractTest extends MetaSolverContractTest {

  @Override
  MetaSolver createSolver() {
    return new ProjectedReplicatorDynamics(20_000, 1e-3, 1e-6);
  }
}
