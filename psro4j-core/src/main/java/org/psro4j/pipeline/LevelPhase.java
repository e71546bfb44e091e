package org.psro4j.pipeline;

/** Where a Pipeline PSRO level stands (McAleer et al. 2020). */
public enum LevelPhase {
  /** Training (leased to a worker or waiting for one). */
  ACTIVE,
  /** Submitted; waits for its entries against the fixed policies before it is fixed. */
  EVALUATING,
  /** In the fixed population for good. */
  FIXED
}
