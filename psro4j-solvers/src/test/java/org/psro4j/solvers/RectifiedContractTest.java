package org.psro4j.solvers;

import org.psro4j.metagame.MetaSolver;

class RectifiedContractTest extends MetaSolverContractTest {

  @Override
  MetaSolver createSolver() {
    return new RectifiedNash();
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
