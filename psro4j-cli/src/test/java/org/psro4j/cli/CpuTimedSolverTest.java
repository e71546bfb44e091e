package org.psro4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.psro4j.metagame.MetaSolver;
import org.psro4j.solvers.MetaSolvers;

/** The bench's CPU-timing wrapper hides nothing of the solver it times. */
class CpuTimedSolverTest {

  @Test
  void passesOnTheFallbackCountOfTheSolverItTimes() {
    MetaSolver withFallback = MetaSolvers.withFallback(MetaSolvers.create("mgcce"), notice -> {});
    assertThat(new CpuTimedSolver(withFallback).fallbackCount()).isEqualTo(OptionalInt.of(0));
    assertThat(new CpuTimedSolver(MetaSolvers.create("nash")).fallbackCount()).isEmpty();
  }
}
