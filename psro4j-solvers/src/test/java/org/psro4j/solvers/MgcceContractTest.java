package org.psro4j.solvers;

import org.psro4j.metagame.MetaSolver;

class MgcceContractTest extends MetaSolverContractTest {

  @Override
  MetaSolver createSolver() {
    return MetaSolvers.create("mgcce");
  }

  @Override
  double requiredGap() {
    return 1e-7;
  }
}
