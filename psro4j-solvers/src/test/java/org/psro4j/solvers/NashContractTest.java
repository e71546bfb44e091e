package org.psro4j.solvers;

import org.psro4j.metagame.MetaSolver;

class NashContractTest extends MetaSolverContractTest {

  @Override
  MetaSolver createSolver() {
    return new NashSolver();
  }

  @Override
  boolean handlesMultiplayer() {
    return false;
  }

  @Override
  double requiredGap() {
    return 1e-9;
  }
}
