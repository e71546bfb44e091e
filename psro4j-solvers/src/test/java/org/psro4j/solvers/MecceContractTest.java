package org.psro4j.solvers;

import org.psro4j.metagame.MetaSolver;

class MecceContractTest extends MetaSolverContractTest {

  @Override
  MetaSolver createSolver() {
    return MetaSolvers.create("mecce");
  }

  @Override
  double requiredGap() {
    return 1e-7;
  }
}
