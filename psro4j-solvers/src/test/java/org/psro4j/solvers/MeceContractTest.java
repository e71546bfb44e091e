package org.psro4j.solvers;

import org.psro4j.metagame.MetaSolver;

class MeceContractTest extends MetaSolverContractTest {

  @Override
  MetaSolver createSolver() {
    return MetaSolvers.create("mece");
  }

  @Override
  double requiredGap() {
    return 1e-7;
  }
}
