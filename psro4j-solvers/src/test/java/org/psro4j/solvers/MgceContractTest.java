package org.psro4j.solvers;

import org.psro4j.metagame.MetaSolver;

class MgceContractTest extends MetaSolverContractTest {

  @Override
  MetaSolver createSolver() {
    return MetaSolvers.create("mgce");
  }

  @Override
  double requiredGap() {
    return 1e-7;
  }
}
