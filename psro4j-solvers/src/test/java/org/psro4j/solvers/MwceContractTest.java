package org.psro4j.solvers;

import org.psro4j.metagame.MetaSolver;

class MwceContractTest extends MetaSolverContractTest {

  @Override
  MetaSolver createSolver() {
    return MetaSolvers.create("mwce");
  }

  @Override
  double requiredGap() {
    return 1e-7;
  }
}
