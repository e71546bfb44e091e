package org.psro4j.solvers;

import org.psro4j.metagame.MetaSolver;

class UniformSolverTest extends MetaSolverContractTest {

  @Override
  MetaSolver createSolver() {
    return new UniformSolver();
  }
}
