package org.psro4j.solvers;

import org.psro4j.metagame.MetaSolver;

class MwcceContractTest extends MetaSolverContractTest {

  @Override
  MetaSolver createSolver() {
    return MetaSolvers.create("mwcce");
  }

  @Override
  double requiredGap() {
    return 1e-7;
  }
}
